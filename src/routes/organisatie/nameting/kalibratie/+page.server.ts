import { error, fail } from '@sveltejs/kit';
import { PRIOR_STRENGTH, type Calibration, type Dec } from '$lib/engine';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import type { MeasuredProbabilityKind } from '$lib/follow-up/measured';
import {
	adoptMeasuredProbability,
	measuredProbabilities,
	measurementOf,
	organisationCalibration,
	readComparison,
	recordComparison,
	removeComparison,
	withdrawMeasuredProbability,
	type MeasuredProbability
} from '$lib/server/follow-ups/measured-probabilities';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'portfolio');
	const db = await database();
	const adopted = new Map(
		(await measuredProbabilities(db, actor.organisationId)).map((m) => [
			`${m.unitCostId}/${m.probability}`,
			m
		])
	);
	const shown = (m: MeasuredProbability | undefined) =>
		m
			? {
					value: m.value.toFixed(),
					provenance: m.provenance,
					grade: m.grade,
					at: m.adoptedAt,
					by: m.adoptedByName
				}
			: null;
	/** One chance of one kind of event: assumed, measured (if it was), adopted (if it is). */
	const chance = (
		unitCostId: string,
		probability: MeasuredProbabilityKind,
		defaultValue: Dec,
		measured: { calibration: Calibration; happened: number; observed: number } | null
	) => ({
		probability,
		defaultValue: defaultValue.toFixed(),
		measured: measured && {
			happened: measured.happened,
			observed: measured.observed,
			mean: measured.calibration.mean,
			interval: measured.calibration.interval,
			grade: measured.calibration.grade
		},
		adopted: shown(adopted.get(`${unitCostId}/${probability}`))
	});
	const rows = await organisationCalibration(db, actor);
	return {
		strength: PRIOR_STRENGTH,
		rows: rows.map((row) => ({
			unitCostId: row.unitCostId,
			event: row.event,
			savedCases: row.savedCases,
			households: row.households.toFixed(),
			unknown: row.unknown,
			comparison: row.without.comparison,
			with: chance(row.unitCostId, 'with', row.defaultValue, measurementOf(row, 'with')),
			without: chance(
				row.unitCostId,
				'without',
				row.without.defaultValue,
				measurementOf(row, 'without')
			)
		}))
	};
};

/** Which chance of which kind of event a button is about. */
async function chosen(request: Request) {
	const form = await request.formData();
	const probability: MeasuredProbabilityKind =
		form.get('probability') === 'without' ? 'without' : 'with';
	return { unitCostId: String(form.get('unitCostId') ?? ''), probability };
}

export const actions: Actions = {
	adopt: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'portfolio');
		const { unitCostId, probability } = await chosen(request);
		const year = new Date().getFullYear();
		const db = await database();
		const adopted = await adoptMeasuredProbability(db, actor, unitCostId, year, probability);
		if (!adopted.ok) return fail(400, { problems: adopted.problems });
		return { adopted: unitCostId };
	},
	withdraw: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'portfolio');
		const { unitCostId, probability } = await chosen(request);
		if (!(await withdrawMeasuredProbability(await database(), actor, unitCostId, probability)))
			error(404, NOT_FOUND);
		return { withdrawn: unitCostId };
	},
	comparison: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'portfolio');
		const db = await database();
		const form = await request.formData();
		const kinds = (await organisationCalibration(db, actor)).map((row) => row.unitCostId);
		const read = readComparison(form, kinds);
		const typed = Object.fromEntries([...form.keys()].map((k) => [k, String(form.get(k) ?? '')]));
		if (!read.ok) return fail(400, { problems: read.problems, typed });
		await recordComparison(db, actor, read.group);
		return { compared: read.group.unitCostId };
	},
	removeComparison: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'portfolio');
		const { unitCostId } = await chosen(request);
		if (!(await removeComparison(await database(), actor, unitCostId))) error(404, NOT_FOUND);
		return { uncompared: unitCostId };
	}
};
