import { error } from '@sveltejs/kit';
import { TRAINING_CASES } from '$lib/training/cases';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => {
	const trainingCase = TRAINING_CASES.find((c) => c.id === params.id);
	if (!trainingCase)
		error(404, `Geen trainingscasus '${params.id}' / No training case '${params.id}'`);
	return { trainingCase };
};
