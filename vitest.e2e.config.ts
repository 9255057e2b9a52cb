import { defineConfig } from 'vitest/config';

/** Browser tests: the built app on a local port, driven through Debian's Chromium. */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/server.ts'],
		setupFiles: ['tests/e2e/no-policy-violations.ts'],
		expect: { requireAssertions: true },
		testTimeout: 30_000,
		hookTimeout: 60_000,
		fileParallelism: false
	}
});
