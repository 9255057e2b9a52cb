import { error, fail } from '@sveltejs/kit';
import { CATALOG } from '$lib/catalog/catalog';
import { database } from '$lib/server/app';
import { readForm } from '$lib/server/platform/forms';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import { readerLanguage } from '$lib/server/platform/language';
import {
	listOverrides,
	OVERRIDE_FIELDS,
	overrideFormSchema,
	removeOverride,
	setOverride
} from '$lib/server/cases/overrides';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = allowed(locals, url, 'overrides');
	const overrides = await listOverrides(await database(), actor);
	return {
		overrides: overrides.map((entry) => ({
			id: entry.id,
			label: entry.label,
			amount: entry.amount,
			priceYear: entry.priceYear,
			source: entry.source,
			note: entry.note ?? '',
			catalogAmount: CATALOG.entries.find((e) => e.id === entry.id)?.amount ?? null
		})),
		choices: CATALOG.entries.map((e) => ({ id: e.id, label: e.label, unit: e.unit }))
	};
};

export const actions: Actions = {
	set: async ({ locals, url, request, cookies }) => {
		const actor = allowed(locals, url, 'overrides');
		const form = await request.formData();
		const values = Object.fromEntries([...form.keys()].map((k) => [k, String(form.get(k) ?? '')]));
		const read = readForm(overrideFormSchema(readerLanguage(cookies)), form, OVERRIDE_FIELDS);
		if (!read.ok) return fail(400, { values, problems: read.problems });
		const set = await setOverride(await database(), actor, read.value);
		if (!set.ok) return fail(400, { values, problems: set.problems });
		return { set: read.value.unitCostId };
	},
	remove: async ({ locals, url, request }) => {
		const actor = allowed(locals, url, 'overrides');
		const id = String((await request.formData()).get('unitCostId') ?? '');
		if (!(await removeOverride(await database(), actor, id))) error(404, NOT_FOUND);
		return { removed: id };
	}
};
