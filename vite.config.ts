import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		exclude: ['tests/e2e/**'],
		expect: { requireAssertions: true },
		environment: 'node',
		globalSetup: ['tests/support/postgres.ts'],
		// PGlite starts in a few seconds; a loaded CI machine needs more than the default
		hookTimeout: 60_000
	}
});
