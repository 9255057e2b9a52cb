import { error, fail, redirect } from '@sveltejs/kit';
import { database } from '$lib/server/app';
import { CASE_FIELDS, caseFormSchema } from '$lib/server/case-form';
import { deleteCase, findCase, updateCase } from '$lib/server/cases';
import { exampleCases } from '$lib/server/examples';
import { problem } from '$lib/i18n/form-messages';
import { readForm } from '$lib/server/forms';
import { allowed, NOT_FOUND } from '$lib/server/guard';
import { organisationFigureInputs } from '$lib/server/overrides';
import { typedCase } from '../form-values';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'own-cases');
	const db = await database();
	const saved = await findCase(db, actor, params.id);
	if (!saved) error(404, NOT_FOUND);
	return {
		saved,
		examples: exampleCases(),
		figures: await organisationFigureInputs(db, actor.organisationId)
	};
};

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		const actor = allowed(locals, url, 'own-cases');
		const form = await request.formData();
		const values = typedCase(form);
		const basedOn = Number(form.get('version'));
		if (!Number.isInteger(basedOn) || basedOn < 1)
			return fail(400, {
				values,
				problems: [
					problem(
						'version',
						'Versie: ontbreekt; laad de casus opnieuw',
						'Version: missing; reload the case'
					)
				],
				personalData: undefined
			});
		const read = readForm(caseFormSchema, form, CASE_FIELDS);
		if (!read.ok) return fail(400, { values, problems: read.problems, personalData: undefined });
		const saved = await updateCase(await database(), actor, params.id, basedOn, read.value);
		if (!saved) error(404, NOT_FOUND);
		if (saved.ok) return { saved: saved.version };
		if ('conflict' in saved)
			return fail(409, {
				values,
				problems: saved.problems,
				conflict: saved.conflict,
				personalData: undefined
			});
		return fail(400, { values, problems: saved.problems, personalData: saved.personalData });
	},
	delete: async ({ locals, url, params }) => {
		const actor = allowed(locals, url, 'own-cases');
		if (!(await deleteCase(await database(), actor, params.id))) error(404, NOT_FOUND);
		redirect(303, '/organisatie');
	}
};
