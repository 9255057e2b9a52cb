import { can } from '$lib/server/platform/access';
import { database } from '$lib/server/app';
import { listCases } from '$lib/server/cases/cases';
import { signedIn } from '$lib/server/platform/guard';
import { portfolioYears } from '$lib/server/reports/portfolio';
import { funderShares } from '$lib/server/reports/shares';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = signedIn(locals, url);
	const db = await database();
	const cases = can(actor, 'own-cases') ? await listCases(db, actor) : null;
	return {
		cases: cases?.map((c) => ({
			id: c.id,
			caseCode: c.caseCode,
			year: c.year,
			times: c.times,
			counts: c.scenario.cases.map((type) => type.count ?? 1),
			label: c.scenario.label,
			ownerName: c.ownerName,
			version: c.version,
			updatedAt: c.updatedAt
		})),
		years: can(actor, 'portfolio') ? await portfolioYears(db, actor) : null,
		shared: can(actor, 'view-shares') ? await funderShares(db, actor) : null
	};
};
