import { error, fail, redirect } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { formVersion, readCaseForm } from '$lib/server/cases/form';
import { deleteCase, findCase, updateCase } from '$lib/server/cases/cases';
import { exampleCases } from '$lib/server/examples';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { organisationFigureInputs } from '$lib/server/cases/overrides';
import { typedCase } from '../form-values';
import { calendarDay } from '$lib/format/dates';
import { measuredUses, withMeasuredChances, type MeasuredChance } from '$lib/follow-up/measured';
import { followUpList } from '$lib/server/follow-ups/follow-ups';
import {
	measuredProbabilities,
	type MeasuredProbability
} from '$lib/server/follow-ups/measured-probabilities';
import type { Actions, PageServerLoad } from './$types';

const asChance = (m: MeasuredProbability): MeasuredChance => ({ ...m, value: m.value.toFixed() });

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'own-cases');
	const db = await database();
	const saved = await findCase(db, actor, params.id);
	if (!saved) error(404, NOT_FOUND);
	const today = calendarDay(new Date());
	const measured = (await measuredProbabilities(db, actor.organisationId)).map(asChance);
	return {
		saved,
		followUps: await followUpList(db, actor, today, saved.id),
		measuredUses: measuredUses(saved.scenario, measured),
		examples: exampleCases(),
		figures: await organisationFigureInputs(db, actor.organisationId)
	};
};

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		const actor = allowed(locals, url, 'own-cases');
		const form = await request.formData();
		const values = typedCase(form);
		const basedOn = formVersion(form);
		if (!basedOn.ok)
			return fail(400, { values, problems: [basedOn.problem], personalData: undefined });
		const read = readCaseForm(form);
		if (!read.ok) return fail(400, { values, problems: read.problems, personalData: undefined });
		const saved = await updateCase(await database(), actor, params.id, basedOn.version, read.value);
		if (!saved) error(404, NOT_FOUND);
		if (saved.ok) return { saved: saved.version };
		if ('conflict' in saved)
			return fail(409, {
				values,
				problems: saved.problems,
				conflict: saved.conflict,
				personalData: undefined
			});
		return fail(400, {
			values,
			problems: saved.problems,
			personalData: saved.personalData,
			plausibility: saved.plausibility
		});
	},
	measured: async ({ locals, url, params, request }) => {
		const actor = allowed(locals, url, 'own-cases');
		const db = await database();
		const saved = await findCase(db, actor, params.id);
		if (!saved) error(404, NOT_FOUND);
		const basedOn = formVersion(await request.formData());
		if (!basedOn.ok) return fail(400, { problems: [basedOn.problem], personalData: undefined });
		const measured = (await measuredProbabilities(db, actor.organisationId)).map(asChance);
		const outcome = await updateCase(db, actor, saved.id, basedOn.version, {
			caseCode: saved.caseCode,
			year: saved.year,
			times: saved.times,
			startedOn: saved.startedOn,
			notes: saved.notes,
			scenario: JSON.stringify(withMeasuredChances(saved.scenario, measured)),
			// the texts are the ones saved before, personal-data check and all
			confirmPersonalData: 'on',
			// and an unusual figure the chances do not change keeps the reason given for it
			findingReasons: Object.fromEntries(saved.confirmedFindings.map((f) => [f.key, f.reason]))
		});
		if (!outcome) error(404, NOT_FOUND);
		if (!outcome.ok)
			return fail(outcome && 'conflict' in outcome ? 409 : 400, {
				problems: outcome.problems,
				personalData: undefined
			});
		return { saved: outcome.version, measured: true };
	},
	delete: async ({ locals, url, params }) => {
		const actor = allowed(locals, url, 'own-cases');
		if (!(await deleteCase(await database(), actor, params.id))) error(404, NOT_FOUND);
		redirect(303, '/organisatie');
	}
};
