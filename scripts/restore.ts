// npm run restore FILE: replace the embedded database with a backup (stop the app first).
import { DEFAULT_DATA_DIR } from '../src/lib/server/app-database';
import { BackupRefused, restoreEmbedded } from '../src/lib/server/db/embedded-files';

if (process.env.DATABASE_URL) {
	console.error(
		'DATABASE_URL is set: restore PostgreSQL with pg_restore (see README, "Database").'
	);
	process.exit(2);
}
const file = process.argv[2];
if (!file) {
	console.error('Usage: npm run restore FILE');
	process.exit(2);
}
const dataDir = process.env.EFFECTWIJZER_DATA_DIR || DEFAULT_DATA_DIR;
try {
	const kept = await restoreEmbedded(dataDir, file, new Date().toISOString().replace(/[:.]/g, '-'));
	console.log(`Restored ${file} into ${dataDir}.`);
	if (kept) console.log(`The database it replaced is kept in ${kept}.`);
} catch (failure) {
	if (!(failure instanceof BackupRefused)) throw failure;
	console.error(failure.message);
	process.exit(1);
}
