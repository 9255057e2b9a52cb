import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { CODE_PATTERN, normaliseCode } from '$lib/training/live';
import type { PageServerLoad } from './$types';

/** The code typed on a phone (?code=k7qmp): straight on to the round, or why not. */
export const load: PageServerLoad = ({ url }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { typed: '', wrong: false };
	const code = normaliseCode(typed);
	if (CODE_PATTERN.test(code)) redirect(303, resolve('/doe-mee/[code]', { code }));
	return { typed, wrong: true };
};
