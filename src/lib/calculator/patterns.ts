import type { Bilingual } from '../i18n/lang';
import blank from '../../../examples/leeg.json';
import debtSpiral from '../../../examples/schuldenspiraal-boetes.json';
import careToSocialWork from '../../../examples/ggz-naar-buurtteam.json';
import individualToGroup from '../../../examples/individueel-naar-groep.json';
import maatwerk from '../../../examples/maatwerk-huurachterstand.json';
import type { ScenarioInput } from '../schemas/scenario';
import { scenarioOnTimelines } from './timeline-form';

export const PATTERN_IDS = [
	'maatwerk',
	'individual-to-collective',
	'care-to-social-work',
	'debt-spiral',
	'blank'
] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

export const PATTERN_NAMES: Record<PatternId, Bilingual> = {
	maatwerk: {
		nl: 'Maatwerkbetaling voorkomt een keten',
		en: 'A flexible-budget payment prevents a chain'
	},
	'individual-to-collective': {
		nl: 'Van individueel naar collectief',
		en: 'From individual to collective'
	},
	'care-to-social-work': { nl: 'Van zorg naar sociaal werk', en: 'From care to social work' },
	'debt-spiral': {
		nl: 'Schuldenspiraal met boeteverhogingen',
		en: 'Debt spiral with fine surcharges'
	},
	blank: { nl: 'Leeg beginnen', en: 'Start from scratch' }
};

const SOURCES: Record<PatternId, unknown> = {
	maatwerk,
	'individual-to-collective': individualToGroup,
	'care-to-social-work': careToSocialWork,
	'debt-spiral': debtSpiral,
	blank
};

/** A fresh copy of a pattern, told as two timelines: the shipped examples are the patterns. */
export function pattern(id: PatternId): ScenarioInput {
	return scenarioOnTimelines(structuredClone(SOURCES[id]) as ScenarioInput);
}

/** The descriptions the patterns come with: text a worker did not write about their own case. */
export const PATTERN_DESCRIPTIONS: ReadonlySet<string> = new Set(
	Object.values(SOURCES).map((source) => (source as { description?: string }).description ?? '')
);
