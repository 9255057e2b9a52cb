import { fail, redirect } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { readCaseForm } from '$lib/server/cases/form';
import { createCase, suggestCaseCode } from '$lib/server/cases/cases';
import { exampleCases } from '$lib/server/examples';
import { allowed } from '$lib/server/platform/guard';
import { organisationFigureInputs } from '$lib/server/cases/overrides';
import { typedCase } from '../form-values';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'own-cases');
	const db = await database();
	const now = new Date();
	const year = now.getFullYear();
	return {
		examples: exampleCases(),
		year,
		today: now.toISOString().slice(0, 10),
		suggestedCode: await suggestCaseCode(db, actor, year),
		figures: await organisationFigureInputs(db, actor.organisationId)
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'own-cases');
		const form = await request.formData();
		const values = typedCase(form);
		const read = readCaseForm(form);
		if (!read.ok) return fail(400, { values, problems: read.problems, personalData: undefined });
		const saved = await createCase(await database(), actor, read.value);
		if (!saved.ok)
			return fail(400, {
				values,
				problems: saved.problems,
				personalData: 'personalData' in saved ? saved.personalData : undefined,
				plausibility: 'plausibility' in saved ? saved.plausibility : undefined
			});
		redirect(
			303,
			`/organisatie/casussen/${saved.id}?opgeslagen=${encodeURIComponent(read.value.caseCode)}`
		);
	}
};
