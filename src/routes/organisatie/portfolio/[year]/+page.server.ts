import { error, fail } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { versionParam, yearParam } from '$lib/server/reports/page';
import {
	conceptView,
	establishReport,
	frozenVersion,
	recomputeVersion,
	versionView
} from '$lib/server/reports/versions';
import { reportEdition } from '$lib/server/reports/html';
import { fundersReading } from '$lib/server/reports/shares';
import { ownReport } from './report.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params, cookies }) => {
	const actor = allowed(locals, url, 'portfolio');
	// read first: an address that asks for a comparison with no version is refused, never ignored
	const compareWith = versionParam(url, 'vergelijk');
	const { html, lang, report, version, versions } = await ownReport(
		actor,
		params.year,
		url,
		cookies
	);
	const db = await database();
	const view = version
		? await versionView(db, version, versions, compareWith)
		: await conceptView(db, report, versions);
	if (!view) error(404, NOT_FOUND);
	locals.servedReport = html;
	return {
		lang,
		title: `${report.year} · ${report.organisationName}`,
		year: report.year,
		version: version?.number ?? null,
		edition: reportEdition(report),
		readBy: await fundersReading(db, actor, report.year),
		compared: url.searchParams.has('vergelijk'),
		...view,
		fragment: resolve('/organisatie/portfolio/[year]/rapport', { year: params.year }),
		csv: resolve('/organisatie/portfolio/[year]/csv', { year: params.year }),
		xlsx: resolve('/organisatie/portfolio/[year]/xlsx', { year: params.year })
	};
};

export const actions: Actions = {
	establish: async ({ locals, url, params }) => {
		const actor = allowed(locals, url, 'portfolio');
		const year = yearParam(params.year);
		if (year === null) error(404, NOT_FOUND);
		const established = await establishReport(await database(), actor, year);
		if (!established.ok)
			return fail(400, {
				problems: established.problems,
				findings: established.findings ?? []
			});
		return { established: established.version.number };
	},
	recompute: async ({ locals, url, params }) => {
		const actor = allowed(locals, url, 'portfolio');
		const year = yearParam(params.year);
		const number = versionParam(url);
		const db = await database();
		const version =
			year !== null && number !== undefined
				? await frozenVersion(db, actor.organisationId, year, number)
				: null;
		if (!version) error(404, NOT_FOUND);
		return { recomputed: await recomputeVersion(db, version) };
	}
};
