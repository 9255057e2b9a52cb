import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_NODE_FLAGS } from '../scripts/app-node-flags';

const flags = APP_NODE_FLAGS.join(' ');

describe('the V8 settings the app runs with', () => {
	it('are the ones npm start passes to node', () => {
		const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
			scripts: Record<string, string>;
		};
		expect(scripts.start).toBe(`vite build && node ${flags} scripts/serve.js`);
	});

	it('are in the production command the README gives', () => {
		expect(readFileSync('README.md', 'utf8')).toContain(`node ${flags} build`);
	});
});
