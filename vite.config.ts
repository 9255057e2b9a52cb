import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/** Slow tests start processes or threads: the command line as a user runs it, the backup scripts, the worker pool. */
const SLOW = [
	'tests/backup.test.ts',
	'tests/cli*.test.ts',
	'tests/bad-input.test.ts',
	'tests/heavy-work.test.ts'
];
/** Database tests run on PGlite and on a throwaway PostgreSQL server (tests/support/postgres.ts). */
const DATABASE = ['src/lib/server/**/*.test.ts'];

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		environment: 'node',
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
					exclude: ['tests/e2e/**', ...DATABASE, ...SLOW],
					// pure modules share nothing mutable: one worker per core, not one per file
					isolate: false
				}
			},
			{
				extends: true,
				test: {
					name: 'db',
					include: DATABASE,
					globalSetup: ['tests/support/postgres.ts'],
					// PGlite starts in a few seconds; a loaded CI machine needs more than the default,
					// and a test that saves a few hundred cases took 2 s alone but over 5 s beside the
					// other database files on two cores. The timeout guards against a hang, not speed.
					hookTimeout: 60_000,
					testTimeout: 30_000
				}
			},
			{
				extends: true,
				test: { name: 'slow', include: SLOW, hookTimeout: 60_000 }
			}
		]
	}
});
