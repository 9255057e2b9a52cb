import { afterAll, expect } from 'vitest';
import { policyViolations } from './browser';

// Every browser test runs with the app's Content-Security-Policy on: whatever it blocked in any
// page of the file is a failure of the file.
afterAll(() => {
	expect(policyViolations).toEqual([]);
});
