import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A throwaway PostgreSQL server on loopback, for running the database tests on it too. */
		postgresUrl: string;
	}
}

/** Debian installs each major version under /usr/lib/postgresql/<n>/bin; take the newest. */
function postgresBin(): string {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)) : [];
	const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
	if (!newest)
		throw new Error(
			"The database tests need Debian's PostgreSQL server: run scripts/ensure-test-packages.sh"
		);
	return join(root, newest, 'bin');
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject()
			);
		});
	});
}

/** PostgreSQL refuses to run as root; as root, run it as Debian's postgres user. */
function runAsServerUser(command: string, args: string[]): void {
	const asRoot = process.getuid?.() === 0;
	const [file, argv] = asRoot
		? ['runuser', ['-u', 'postgres', '--', command, ...args]]
		: [command, args];
	const run = spawnSync(file, argv, { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr || run.stdout}`);
}

/** Starts a fresh cluster in a temporary folder, on a free loopback port, for this test run. */
export default async function setup(project: TestProject) {
	const bin = postgresBin();
	const dir = mkdtempSync(join(tmpdir(), 'effectwijzer-pg-'));
	if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
	chmodSync(dir, 0o700);
	const data = join(dir, 'data');
	const port = await freePort();
	runAsServerUser(join(bin, 'initdb'), [
		'-D',
		data,
		'-U',
		'effectwijzer',
		'-A',
		'trust',
		'-E',
		'UTF8',
		'--no-sync'
	]);
	runAsServerUser(join(bin, 'pg_ctl'), [
		'-D',
		data,
		'-l',
		join(dir, 'server.log'),
		'-w',
		'start',
		'-o',
		`-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`
	]);
	project.provide('postgresUrl', `postgres://effectwijzer@127.0.0.1:${port}/postgres`);
	return () => {
		runAsServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
		rmSync(dir, { recursive: true, force: true });
	};
}
