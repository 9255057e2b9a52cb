import { defineConfig } from 'vite';

/**
 * The command line as one bundle (dist/cli/main.js), so `effectwijzer` starts without compiling
 * TypeScript first. `npm ci` builds it (the prepare script); bin/effectwijzer.js falls back to
 * the sources when they are newer than the bundle.
 */
export default defineConfig({
	logLevel: 'warn',
	build: {
		ssr: 'src/cli/main.ts',
		outDir: 'dist/cli',
		emptyOutDir: true,
		target: 'node20',
		minify: false,
		sourcemap: false
	},
	// everything in one file: resolving zod's and decimal.js's modules at start costs more than reading them
	ssr: { noExternal: true }
});
