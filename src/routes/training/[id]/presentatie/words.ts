import { TERMS } from '$lib/i18n/terms';
import { defineWords } from '$lib/i18n/words';
import type { Lang } from '$lib/i18n/lang';
import type { PresenterStep } from '$lib/training/presentation';

export const PRESENTER_WORDS = defineWords({
	nl: {
		presenter: 'Presentatie',
		stepOf: (n: number, of: number) => `Stap ${n} van ${of}`,
		steps: {
			story: 'Het verhaal',
			worker: 'Wat de sociaal werker deed',
			reference: 'Wat er anders was gebeurd',
			payers: 'Wie betaalt, wie bespaart',
			result: 'De uitkomst'
		} satisfies Record<PresenterStep, string>,
		previous: 'Vorige',
		next: 'Volgende',
		keys: 'Pijltjes of spatie: verder en terug · Esc: stoppen (in een invoerveld: terug naar de dia)',
		exit: 'Stoppen',
		asTable: 'Als tabel',
		live: 'Verander live',
		households: TERMS.nl.households.label,
		chance: (label: string) => `Kans: ${label}`
	},
	en: {
		presenter: 'Presentation',
		stepOf: (n: number, of: number) => `Step ${n} of ${of}`,
		steps: {
			story: 'The story',
			worker: 'What the social worker did',
			reference: 'What would have happened',
			payers: 'Who pays, who saves',
			result: 'The result'
		} satisfies Record<PresenterStep, string>,
		previous: 'Previous',
		next: 'Next',
		keys: 'Arrows or space: on and back · Esc: stop (in a field: back to the slide)',
		exit: 'Stop',
		asTable: 'As a table',
		live: 'Change live',
		households: 'Number of households',
		chance: (label: string) => `Chance: ${label}`
	}
}) satisfies Record<Lang, unknown>;
