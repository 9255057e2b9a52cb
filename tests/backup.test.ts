import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDatabase } from '../src/lib/server/app-database';
import { markInUse } from '../src/lib/server/db/embedded-files';

const root = mkdtempSync(join(tmpdir(), 'effectwijzer-backup-'));
const dataDir = join(root, 'data');
const env = { ...process.env, EFFECTWIJZER_DATA_DIR: dataDir, DATABASE_URL: '' };
const run = (script: string, ...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
		env,
		encoding: 'utf8'
	});

async function organisations(): Promise<string[]> {
	const db = await startDatabase({ EFFECTWIJZER_DATA_DIR: dataDir, EFFECTWIJZER_DEMO: 'off' });
	const rows = await db.query<{ name: string }>('select name from organisations order by name');
	await db.close();
	return rows.map((r) => r.name);
}

async function addOrganisation(name: string): Promise<void> {
	const db = await startDatabase({ EFFECTWIJZER_DATA_DIR: dataDir, EFFECTWIJZER_DEMO: 'off' });
	await db.query(`insert into organisations (name, kind) values ($1, 'provider')`, [name]);
	await db.close();
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run backup and npm run restore', { timeout: 120_000 }, () => {
	it('restores the database as it was at the backup, keeping the one it replaced', async () => {
		await addOrganisation('Voor de backup');
		const file = join(root, 'backup.tar.gz');
		const backup = run('backup', file);
		expect(backup.stderr).toBe('');
		expect(backup.status).toBe(0);
		await addOrganisation('Na de backup');
		expect(await organisations()).toEqual(['Na de backup', 'Voor de backup']);

		const restore = run('restore', file);
		expect(restore.status).toBe(0);
		expect(restore.stdout).toContain('before-restore');
		expect(await organisations()).toEqual(['Voor de backup']);
		const kept = /kept in (.+)\.$/m.exec(restore.stdout)?.[1];
		expect(kept && existsSync(kept)).toBe(true);
	});

	it('refuses a file that is not a backup, and leaves the database alone', async () => {
		const bogus = join(root, 'bogus.tar.gz');
		writeFileSync(bogus, 'not a backup');
		const restore = run('restore', bogus);
		expect(restore.status).toBe(1);
		expect(restore.stderr).toContain('is geen backup');
		expect(run('restore', join(root, 'missing.tar.gz')).stderr).toContain('bestaat niet');
		expect(await organisations()).toEqual(['Voor de backup']);
	});

	it('refuses to touch the database while the app holds it', async () => {
		const db = await startDatabase({ EFFECTWIJZER_DATA_DIR: dataDir, EFFECTWIJZER_DEMO: 'off' });
		try {
			const backup = run('backup', join(root, 'busy.tar.gz'));
			expect(backup.status).toBe(1);
			expect(backup.stderr).toContain('stop de app eerst');
		} finally {
			await db.close();
		}
	});

	it('refuses to open the database while another app holds it, and ignores a stale mark', async () => {
		const other = spawn('sleep', ['30']);
		try {
			writeFileSync(`${dataDir}.in-use`, String(other.pid));
			await expect(
				startDatabase({ EFFECTWIJZER_DATA_DIR: dataDir, EFFECTWIJZER_DEMO: 'off' })
			).rejects.toThrow(`al in gebruik door proces ${other.pid}`);
		} finally {
			other.kill();
			await new Promise((gone) => other.once('exit', gone));
		}
		// the holder has gone: its mark no longer counts
		expect(await organisations()).toEqual(['Voor de backup']);
	});

	it('replaces an empty mark, as a start on a full disk leaves it, and one of a process gone, saying so', async () => {
		const said: string[] = [];
		for (const mark of ['', '999999999']) {
			writeFileSync(`${dataDir}.in-use`, mark);
			const release = markInUse(dataDir, (message) => said.push(message));
			expect(readFileSync(`${dataDir}.in-use`, 'utf8')).toBe(String(process.pid));
			release();
		}
		expect(said).toHaveLength(2);
		expect(said[0]).toContain('een lege markering');
		expect(said[1]).toContain('door proces 999999999, dat niet meer draait, is vervangen');
	});

	it('leaves no mark behind when it cannot write one, and says why', () => {
		const nowhere = join(root, 'weg', 'data');
		expect(() => markInUse(nowhere, () => {})).toThrow(
			/kan niet als in gebruik worden gemarkeerd \(ENOENT\)/
		);
		expect(existsSync(`${nowhere}.in-use`)).toBe(false);
	});
});
