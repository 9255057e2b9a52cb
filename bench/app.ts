import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_NODE_FLAGS } from '../scripts/app-node-flags';
import { startDatabase } from '../src/lib/server/app-database';
import type { Database } from '../src/lib/server/db/database';
import { stopWorkers } from '../src/lib/server/work/pool';

/** Waits until the app answers at the address. */
export async function waitFor(url: string): Promise<void> {
	for (let i = 0; i < 600; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the app did not answer at ${url}`);
}

/** The built app started as npm start starts it, on loopback. */
export function startApp(port: number, env: Record<string, string>): ChildProcess {
	return spawn(process.execPath, [...APP_NODE_FLAGS, 'scripts/serve.js'], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
		stdio: 'ignore'
	});
}

/** A throwaway embedded database for a bench, closed and removed however the bench ends. */
export async function withBenchDatabase(work: (db: Database) => Promise<void>): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'ew-bench-'));
	const db = await startDatabase({ EFFECTWIJZER_DATA_DIR: dir, EFFECTWIJZER_DEMO: 'off' });
	try {
		console.log(`load average before: ${loadLine()}`);
		await work(db);
		console.log(`load average after: ${loadLine()}`);
	} finally {
		await db.close();
		await stopWorkers();
		rmSync(dir, { recursive: true, force: true });
	}
}

const loadLine = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

/** Signs a demo account in to the app at `base`; the session cookie to send along. */
export async function signIn(base: string, email: string): Promise<string> {
	const response = await fetch(`${base}/inloggen`, {
		method: 'POST',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password: 'demo-wachtwoord-2026' }),
		redirect: 'manual'
	});
	return response.headers.get('set-cookie')!.split(';')[0]!;
}
