import { mkdirSync } from 'node:fs';
import { openDatabase, type Database } from './db/database';
import { markInUse } from './db/embedded-files';
import { migrate } from './db/migrate';
import { seedDemo } from './demo';

/** Where the embedded database lives unless EFFECTWIJZER_DATA_DIR says otherwise. */
export const DEFAULT_DATA_DIR = 'data/effectwijzer';

export interface AppDatabaseSettings {
	DATABASE_URL?: string;
	EFFECTWIJZER_DATA_DIR?: string;
	/** `on` or `off`; by default on for the embedded database and off for a server. */
	EFFECTWIJZER_DEMO?: string;
}

/** Opens the database the settings name, migrates it, and seeds the demo into an empty one. */
export async function startDatabase(settings: AppDatabaseSettings): Promise<Database> {
	const url = settings.DATABASE_URL || undefined;
	const dataDir = settings.EFFECTWIJZER_DATA_DIR || DEFAULT_DATA_DIR;
	let release = () => {};
	if (!url) {
		mkdirSync(dataDir, { recursive: true });
		release = markInUse(dataDir);
	}
	const opened = await openDatabase(url ? { url } : { dataDir });
	const db: Database = {
		...opened,
		close: async () => {
			await opened.close();
			release();
		}
	};
	await migrate(db);
	const demo = settings.EFFECTWIJZER_DEMO ?? (url ? 'off' : 'on');
	if (demo === 'on') await seedDemo(db);
	return db;
}

let started: Promise<Database> | null = null;

/** The app's one database, started on first use. */
export function appDatabase(settings: AppDatabaseSettings): Promise<Database> {
	started ??= startDatabase(settings);
	return started;
}
