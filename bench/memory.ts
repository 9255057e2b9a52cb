// npm run bench:server (part): the embedded app's resident memory, as `npm start` runs it with
// the demo: after its first start on a new folder, after 20 year reports and their downloads,
// and after a later start on the same folder. The target is 300 MB throughout.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../tests/support/free-port';
import { signIn, startApp, waitFor } from './app';

const TARGET_MB = 300;
const REPORTS = 20;
const MANAGER = 'beheer@welzijn-voorbeeldstad.example';

/** Resident and peak resident memory of a process, in MB. */
function memoryOf(pid: number): { resident: number; peak: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)![1]);
	return { resident: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** A year report and its files, as a manager reads and downloads them, `times` over. */
async function readReports(base: string, cookie: string, times: number): Promise<void> {
	const paths = ['', '/rapport', '/xlsx', '/csv'].map((end) => `/organisatie/portfolio/2026${end}`);
	for (let i = 0; i < times; i++)
		for (const path of paths) {
			const response = await fetch(base + path, { headers: { cookie } });
			await response.arrayBuffer();
			if (!response.ok) throw new Error(`${path} answered ${response.status}`);
		}
}

async function started(dataDir: string): Promise<{ app: ChildProcess; base: string; ms: number }> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const begun = performance.now();
	const app = startApp(port, { ORIGIN: base, EFFECTWIJZER_DATA_DIR: dataDir });
	await waitFor(base);
	return { app, base, ms: performance.now() - begun };
}

async function stopped(app: ChildProcess): Promise<void> {
	const exit = new Promise((resolve) => app.once('exit', resolve));
	app.kill('SIGTERM');
	await exit;
}

function line(label: string, mb: { resident: number; peak: number }, extra = ''): void {
	const verdict = mb.resident < TARGET_MB && mb.peak < TARGET_MB ? 'within' : 'OVER';
	console.log(
		`  ${label.padEnd(34)} resident ${mb.resident.toFixed(0).padStart(4)} MB, peak ${mb.peak.toFixed(0).padStart(4)} MB${extra}   target ${TARGET_MB} MB: ${verdict}`
	);
}

const folder = mkdtempSync(join(tmpdir(), 'ew-memory-'));
const dataDir = join(folder, 'data');
try {
	console.log(
		`embedded app's memory (demo seeded); load average before ${loadavg()[0]!.toFixed(2)}`
	);
	const first = await started(dataDir);
	line('first start, new folder', memoryOf(first.app.pid!), `, up in ${first.ms.toFixed(0)} ms`);
	await readReports(first.base, await signIn(first.base, MANAGER), REPORTS);
	line(`after ${REPORTS} year reports and files`, memoryOf(first.app.pid!));
	await stopped(first.app);
	const later = await started(dataDir);
	line('later start, same folder', memoryOf(later.app.pid!), `, up in ${later.ms.toFixed(0)} ms`);
	await readReports(later.base, await signIn(later.base, MANAGER), REPORTS);
	line(`after ${REPORTS} year reports and files`, memoryOf(later.app.pid!));
	await stopped(later.app);
	console.log(`  load average after ${loadavg()[0]!.toFixed(2)}`);
} finally {
	rmSync(folder, { recursive: true, force: true });
}
