import { parseInputId, type SensitivityInput } from '../engine';
import type { Lang } from '../i18n/lang';
import { defineWords } from '../i18n/words';

const WORDS = defineWords({
	nl: {
		kinds: {
			unitCost: 'kengetal',
			probability: 'kans',
			adjustment: 'correctie',
			discountRate: 'rente voor latere jaren'
		} as Record<SensitivityInput['kind'], string>,
		fields: {
			deadweight: 'was toch gebeurd',
			attribution: 'door anderen bereikt',
			displacement: 'verschoven naar elders',
			dropOff: 'neemt af per jaar'
		} as Record<string, string>
	},
	en: {
		kinds: {
			unitCost: 'unit cost',
			probability: 'chance',
			adjustment: 'correction',
			discountRate: 'rate for later years'
		} as Record<SensitivityInput['kind'], string>,
		fields: {
			deadweight: 'would have happened anyway',
			attribution: 'achieved by others',
			displacement: 'moved elsewhere',
			dropOff: 'fades each year'
		} as Record<string, string>
	}
});

/**
 * An input of the sensitivity analysis as a reader names it: "kans: Huisuitzetting",
 * "correctie: Huisuitzetting (was toch gebeurd)", "rente voor latere jaren".
 */
export function inputName(input: SensitivityInput, lang: Lang): string {
	const w = WORDS[lang];
	const kind = w.kinds[input.kind];
	if (input.kind === 'discountRate') return kind;
	const parts = parseInputId(input.id);
	const field = parts && 'field' in parts ? w.fields[parts.field] : undefined;
	const what =
		input.kind === 'adjustment' && field ? `${input.label[lang]} (${field})` : input.label[lang];
	return `${kind}: ${what}`;
}
