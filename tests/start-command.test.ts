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

	it('are in every production command the README gives', () => {
		const readme = readFileSync('README.md', 'utf8');
		const commands = readme.match(/node [^\n]*scripts\/serve\.js/g) ?? [];
		expect(commands.length).toBeGreaterThan(0);
		for (const command of commands) expect(command).toBe(`node ${flags} scripts/serve.js`);
		expect(readme).not.toMatch(/node [^\n]* build\b/);
	});
});
