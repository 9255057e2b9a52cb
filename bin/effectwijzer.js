#!/usr/bin/env node
// The command line from its bundle (dist/cli, built by `npm ci` or `npm run build:cli`), which
// starts several times faster than compiling the TypeScript first. Where the sources changed
// after the bundle was built, they run through tsx instead, so the command never runs old code.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'main.js');

/** The time the newest file in the folders changed, in ms. */
function newestChange(folders) {
	let newest = 0;
	for (const folder of folders)
		for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
			if (entry.isFile())
				newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
	return newest;
}

function bundleIsCurrent() {
	try {
		const built = statSync(bundle).mtimeMs;
		return newestChange([join(root, 'src', 'cli'), join(root, 'src', 'lib')]) <= built;
	} catch {
		return false; // no bundle yet
	}
}

let cli;
if (bundleIsCurrent()) cli = await import(bundle);
else {
	const { register } = await import('tsx/esm/api');
	register();
	cli = await import('../src/cli/main.ts');
}
process.exitCode = cli.main(process.argv.slice(2), cli.processIo);
