import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { appDatabase } from './app-database';
import { clientAddress, trustedProxies } from './client-address';

/** The app's database, as the environment configures it (see README, "Database"). */
export const database = () =>
	appDatabase({
		DATABASE_URL: env.DATABASE_URL,
		EFFECTWIJZER_DATA_DIR: env.EFFECTWIJZER_DATA_DIR,
		EFFECTWIJZER_DEMO: env.EFFECTWIJZER_DEMO
	});

let proxies: ReturnType<typeof trustedProxies> | undefined;

/** The proxies the environment trusts (README, "Behind a proxy"); a wrong setting stops the start. */
export const trustedProxySetting = () =>
	(proxies ??= trustedProxies(env.EFFECTWIJZER_TRUSTED_PROXIES));

/** Who sent the request: the connecting address, or what a trusted proxy says it was. */
export function requesterAddress(event: Pick<RequestEvent, 'getClientAddress' | 'request'>) {
	return clientAddress(
		event.getClientAddress(),
		event.request.headers.get('x-forwarded-for'),
		trustedProxySetting()
	);
}
