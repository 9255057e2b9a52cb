// npm run backup [FILE]: the embedded database as one file (stop the app first).
import { mkdirSync } from 'node:fs';
import { DEFAULT_DATA_DIR } from '../src/lib/server/app-database';
import { backupEmbedded, BackupRefused } from '../src/lib/server/db/embedded-files';

if (process.env.DATABASE_URL) {
	console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump (see README, "Database").');
	process.exit(2);
}
const dataDir = process.env.EFFECTWIJZER_DATA_DIR || DEFAULT_DATA_DIR;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = process.argv[2] ?? `backups/effectwijzer-${stamp}.tar.gz`;
if (!process.argv[2]) mkdirSync('backups', { recursive: true });
try {
	await backupEmbedded(dataDir, file);
	console.log(`Backup: ${file}`);
} catch (failure) {
	if (!(failure instanceof BackupRefused)) throw failure;
	console.error(failure.message);
	process.exit(1);
}
