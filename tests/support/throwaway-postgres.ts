import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

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

/** PostgreSQL refuses to run as root; as root, run it as Debian's postgres user. */
function runAsServerUser(command: string, args: string[]): void {
	const asRoot = process.getuid?.() === 0;
	const [file, argv] = asRoot
		? ['runuser', ['-u', 'postgres', '--', command, ...args]]
		: [command, args];
	const run = spawnSync(file, argv, { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr || run.stdout}`);
}

/**
 * A fresh PostgreSQL cluster in a temporary folder, on a free loopback port, trusting local
 * connections: for the database tests, and for the browser tests that stop and start it.
 */
export class ThrowawayPostgres {
	private constructor(
		private readonly bin: string,
		private readonly dir: string,
		readonly port: number
	) {}

	/** The server's maintenance database; create a database of your own on it. */
	get url(): string {
		return `postgres://effectwijzer@127.0.0.1:${this.port}/postgres`;
	}

	private get data(): string {
		return join(this.dir, 'data');
	}

	static async create(): Promise<ThrowawayPostgres> {
		const dir = mkdtempSync(join(tmpdir(), 'effectwijzer-pg-'));
		if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
		chmodSync(dir, 0o700);
		const server = new ThrowawayPostgres(postgresBin(), dir, await freePort());
		runAsServerUser(join(server.bin, 'initdb'), [
			'-D',
			server.data,
			'-U',
			'effectwijzer',
			'-A',
			'trust',
			'-E',
			'UTF8',
			'--no-sync'
		]);
		server.start();
		return server;
	}

	start(): void {
		runAsServerUser(join(this.bin, 'pg_ctl'), [
			'-D',
			this.data,
			'-l',
			join(this.dir, 'server.log'),
			'-w',
			'start',
			'-o',
			`-c listen_addresses=127.0.0.1 -p ${this.port} -k ${this.dir} -c fsync=off -c max_connections=200`
		]);
	}

	/**
	 * Stops the server as an administrator's restart does: every connection is ended (57P01);
	 * `immediate` as a crash does, without a word to the clients.
	 */
	stop(mode: 'fast' | 'immediate' = 'fast'): void {
		runAsServerUser(join(this.bin, 'pg_ctl'), ['-D', this.data, '-m', mode, '-w', 'stop']);
	}

	remove(): void {
		runAsServerUser(join(this.bin, 'pg_ctl'), ['-D', this.data, '-m', 'immediate', 'stop']);
		rmSync(this.dir, { recursive: true, force: true });
	}
}
