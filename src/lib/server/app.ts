import { env } from '$env/dynamic/private';
import { appDatabase } from './app-database';

/** The app's database, as the environment configures it (see README, "Database"). */
export const database = () =>
	appDatabase({
		DATABASE_URL: env.DATABASE_URL,
		EFFECTWIJZER_DATA_DIR: env.EFFECTWIJZER_DATA_DIR,
		EFFECTWIJZER_DEMO: env.EFFECTWIJZER_DEMO
	});
