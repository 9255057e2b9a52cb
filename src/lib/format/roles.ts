import type { Lang } from '../schemas/messages';

/** Role names as members see them; the server's role ids stay in English. */
export const ROLE_LABELS: Record<string, Record<Lang, string>> = {
	'social-worker': { nl: 'Sociaal werker (eigen casussen)', en: 'Social worker (own cases)' },
	analyst: { nl: 'Analist / manager', en: 'Analyst / manager' },
	'funder-viewer': { nl: 'Financier (gedeelde rapporten)', en: 'Funder viewer (shared reports)' },
	admin: { nl: 'Beheerder', en: 'Administrator' }
};
