import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CannotStart } from './cannot-start';
import { openDatabase } from './database';
import { prepareEmbeddedFolder } from './embedded-folder';

let parent: string;
beforeEach(() => void (parent = mkdtempSync(join(tmpdir(), 'ew-folder-'))));
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('a new embedded database folder', () => {
	it('is made apart and opened small: only the finished folder is left, sized for one app', async () => {
		const dataDir = join(parent, 'nog-niet', 'data');
		await prepareEmbeddedFolder(dataDir);
		expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
		expect(readdirSync(join(parent, 'nog-niet'))).toEqual(['data']);
		const db = await openDatabase({ dataDir });
		const [buffers] = await db.query<{ shared_buffers: string }>('show shared_buffers');
		await db.close();
		expect(buffers!.shared_buffers).toBe('16MB');
		// a second start finds its database and leaves the folder as it is
		writeFileSync(join(dataDir, 'marker'), 'kept');
		await prepareEmbeddedFolder(dataDir);
		expect(readdirSync(dataDir)).toContain('marker');
	});

	it('leaves a folder alone that holds files but no database', async () => {
		const other = join(parent, 'other');
		mkdirSync(other);
		writeFileSync(join(other, 'notes.txt'), 'not a database');
		await prepareEmbeddedFolder(other);
		expect(readdirSync(other)).toEqual(['notes.txt']);
	});

	it('stops the start naming the folder, in both languages, when it cannot be made', async () => {
		const file = join(parent, 'a-file');
		writeFileSync(file, 'a file where a folder should be');
		const dataDir = join(file, 'data');
		const failure = await prepareEmbeddedFolder(dataDir).catch((e: unknown) => e);
		expect(failure).toBeInstanceOf(CannotStart);
		expect((failure as Error).message).toContain(`Kan geen nieuwe database maken in ${dataDir}`);
		expect((failure as Error).message).toContain(`Cannot create a new database in ${dataDir}`);
		expect(readdirSync(parent)).toEqual(['a-file']);
	});
});
