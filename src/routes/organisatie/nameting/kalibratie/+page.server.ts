import { error, fail } from '@sveltejs/kit';
import { PRIOR_STRENGTH } from '$lib/engine';
import { database } from '$lib/server/app';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import {
	adoptMeasuredProbability,
	measuredProbabilities,
	organisationCalibration,
	withdrawMeasuredProbability
} from '$lib/server/measured-probabilities';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'portfolio');
	const db = await database();
	const adopted = new Map(
		(await measuredProbabilities(db, actor.organisationId)).map((m) => [m.unitCostId, m])
	);
	const rows = await organisationCalibration(db, actor);
	return {
		strength: PRIOR_STRENGTH,
		rows: rows.map((row) => {
			const measured = adopted.get(row.unitCostId);
			return {
				unitCostId: row.unitCostId,
				event: row.event,
				savedCases: row.savedCases,
				households: row.households.toFixed(),
				defaultValue: row.defaultValue.toFixed(),
				defaultGrade: row.defaultGrade,
				happened: row.happened,
				observed: row.observed,
				unknown: row.unknown,
				mean: row.calibration.mean,
				interval: row.calibration.interval,
				grade: row.calibration.grade,
				adopted: measured
					? {
							value: measured.value.toFixed(),
							provenance: measured.provenance,
							grade: measured.grade,
							at: measured.adoptedAt,
							by: measured.adoptedByName
						}
					: null
			};
		})
	};
};

const unitCostOf = async (request: Request) =>
	String((await request.formData()).get('unitCostId') ?? '');

export const actions: Actions = {
	adopt: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'portfolio');
		const unitCostId = await unitCostOf(request);
		const year = new Date().getFullYear();
		const adopted = await adoptMeasuredProbability(await database(), actor, unitCostId, year);
		if (!adopted.ok) return fail(400, { problems: adopted.problems });
		return { adopted: unitCostId };
	},
	withdraw: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'portfolio');
		const unitCostId = await unitCostOf(request);
		if (!(await withdrawMeasuredProbability(await database(), actor, unitCostId)))
			error(404, NOT_FOUND);
		return { withdrawn: unitCostId };
	}
};
