import { database } from '$lib/server/app';
import { auditLog } from '$lib/server/platform/audit';
import { allowed } from '$lib/server/platform/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'audit');
	return { entries: await auditLog(await database(), actor) };
};
