import { PGlite } from '@electric-sql/pglite';
import { spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	renameSync,
	rmSync,
	rmdirSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CannotStart } from './cannot-start';

/**
 * How the embedded database runs: one organisation's app on one machine, not a shared server.
 * PostgreSQL's default of 128 MB of shared buffers fills as pages are read and is never given
 * back; 16 MB holds the pages a year report reads again, and the operating system's file cache
 * keeps the rest of the folder at hand (docs/adr/0002-the-embedded-database-is-made-apart-and-runs-small.md).
 */
export const EMBEDDED_START_PARAMS: readonly string[] = [
	...PGlite.defaultStartParams,
	'-c',
	'shared_buffers=16MB'
];

/** Whether the folder still needs a database: absent or empty (the app created it just now). */
function needsDatabase(dataDir: string): boolean {
	if (dataDir.startsWith('memory://') || existsSync(join(dataDir, 'PG_VERSION'))) return false;
	return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

// Run by a node process of its own: argv[1] is PGlite's module (a file URL), argv[2] the folder to fill.
const INITIALISE = `
const { PGlite } = await import(process.argv[1]);
const db = await PGlite.create(process.argv[2]);
await db.close();
`;

/**
 * Creates a new database folder in a short process of its own. PostgreSQL's initdb, run inside
 * the app, keeps a second engine and its WebAssembly memory for as long as the app runs (about
 * 300 MB that are never given back); run apart, they are gone when it exits. The folder is
 * filled beside its place and moved there whole, so an interrupted start leaves no half-made
 * database behind to be opened next time.
 */
export async function prepareEmbeddedFolder(dataDir: string): Promise<void> {
	if (!needsDatabase(dataDir)) return;
	let staging: string | null = null;
	try {
		mkdirSync(dirname(dataDir), { recursive: true });
		staging = mkdtempSync(join(dirname(dataDir), `.${basename(dataDir)}.new-`));
		await initialiseApart(staging);
		if (existsSync(dataDir)) rmdirSync(dataDir);
		renameSync(staging, dataDir);
	} catch (failure) {
		if (staging) rmSync(staging, { recursive: true, force: true });
		const reason = failure instanceof Error ? failure.message : String(failure);
		throw new CannotStart(
			`Kan geen nieuwe database maken in ${dataDir}: ${reason} / Cannot create a new database in ${dataDir}: ${reason}`,
			{ cause: failure }
		);
	}
}

function initialiseApart(folder: string): Promise<void> {
	const pglite = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
	const child = spawn(process.execPath, ['--input-type=module', '-e', INITIALISE, pglite, folder], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let printed = '';
	child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code, signal) => {
			if (code === 0) return resolve();
			const last = printed.trim().split('\n').slice(-3).join(' ').slice(0, 400);
			reject(new Error(last || `initdb ended with ${signal ?? `code ${code}`}`));
		});
	});
}
