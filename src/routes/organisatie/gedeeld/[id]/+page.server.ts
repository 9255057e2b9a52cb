import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { versionParam } from '$lib/server/reports/page';
import { recomputeVersion, versionView } from '$lib/server/reports/versions';
import { sharedReport } from '$lib/server/reports/shares';
import { reportEdition } from '$lib/server/reports/html';
import { sharedReportHtml } from './report.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, cookies }) => {
	const actor = allowed(locals, url, 'view-shares');
	// read first: an address that asks for a comparison with no version is refused, never ignored
	const compareWith = versionParam(url, 'vergelijk');
	const { html, lang, share, version, versions } = await sharedReportHtml(
		actor,
		params.id,
		url,
		cookies
	);
	const view = version && (await versionView(await database(), version, versions, compareWith));
	if (version && !view) error(404, NOT_FOUND);
	if (html) locals.servedReport = html;
	return {
		lang,
		title: `${share.year} · ${share.providerName}`,
		id: params.id,
		providerName: share.providerName,
		year: share.year,
		version: version?.number ?? null,
		edition: version ? reportEdition(version.report) : 'none',
		compared: url.searchParams.has('vergelijk'),
		versions,
		status: view?.status ?? null,
		difference: view?.difference ?? null,
		fragment: resolve('/organisatie/gedeeld/[id]/rapport', { id: params.id }),
		csv: resolve('/organisatie/gedeeld/[id]/csv', { id: params.id }),
		xlsx: resolve('/organisatie/gedeeld/[id]/xlsx', { id: params.id })
	};
};

export const actions: Actions = {
	recompute: async ({ locals, url, params }) => {
		const actor = allowed(locals, url, 'view-shares');
		const db = await database();
		const shared = await sharedReport(db, actor, params.id, versionParam(url));
		if (!shared?.version) error(404, NOT_FOUND);
		return { recomputed: await recomputeVersion(db, shared.version) };
	}
};
