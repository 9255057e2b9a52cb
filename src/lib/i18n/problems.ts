import type { Problem, ProblemCode } from '../engine';
import type { Lang } from './lang';

type Params = Problem['params'];
type Wording = Record<Lang, (params: Params) => string>;

/** The one place every problem is worded, in Dutch and English; each says how to fix it. */
const WORDING: Record<ProblemCode, Wording> = {
	'fraction-out-of-range': {
		nl: (p) => `moet tussen 0 en 1 liggen (0 = 0%, 1 = 100%), maar is ${p.value}`,
		en: (p) => `must lie between 0 and 1 (0 = 0%, 1 = 100%), but is ${p.value}`
	},
	negative: {
		nl: (p) => `mag niet negatief zijn, maar is ${p.value}`,
		en: (p) => `may not be negative, but is ${p.value}`
	},
	'not-positive': {
		nl: (p) => `moet groter dan 0 zijn, maar is ${p.value}`,
		en: (p) => `must be greater than 0, but is ${p.value}`
	},
	'not-whole': {
		nl: (p) => `moet een geheel getal van ten minste ${p.min} zijn, maar is ${p.value}`,
		en: (p) => `must be a whole number of at least ${p.min}, but is ${p.value}`
	},
	'duplicate-id': {
		nl: (p) => `de id "${p.id}" komt twee keer voor; geef elke regel een eigen id`,
		en: (p) => `the id "${p.id}" occurs twice; give every entry its own id`
	},
	'unknown-unit-cost': {
		nl: (p) => `kengetal "${p.id}" staat niet in de catalogus of in de eigen kengetallen`,
		en: (p) => `unit cost "${p.id}" is in neither the catalog nor the scenario's own unit costs`
	},
	'unknown-parent': {
		nl: (p) => `het effect "${p.id}" waar dit uit volgt bestaat niet in deze casus`,
		en: (p) => `the effect "${p.id}" this one follows from does not exist in this case`
	},
	'chain-cycle': {
		nl: (p) => `de keten rond "${p.id}" loopt rond; een effect kan niet uit zichzelf volgen`,
		en: (p) => `the chain around "${p.id}" loops; an effect cannot follow from itself`
	},
	'index-year-missing': {
		nl: (p) =>
			`de prijsindex ${p.index} heeft geen cijfer voor ${p.year}; kies een prijsjaar dat erin staat`,
		en: (p) => `price index ${p.index} has no figure for ${p.year}; choose a price year it covers`
	},
	'invalid-input': { nl: (p) => String(p.nl), en: (p) => String(p.en) },
	'forecast-not-consecutive': {
		nl: (p) =>
			`de prognose moet aansluiten op de index: verwacht ${p.expectedYear}, gevonden ${p.year}`,
		en: (p) =>
			`the forecast must follow on from the index: expected ${p.expectedYear}, found ${p.year}`
	},
	'unknown-input': {
		nl: (p) =>
			`"${p.id}" is geen invoer van dit scenario; gebruik unitCost:ID, effect:CASUS/EFFECT:VELD, event:CASUS/GEBEURTENIS:VELD of assumption:discountRate`,
		en: (p) =>
			`"${p.id}" is not an input of this scenario; use unitCost:ID, effect:CASE/EFFECT:FIELD, event:CASE/EVENT:FIELD or assumption:discountRate`
	},
	'distribution-order': {
		nl: () => 'de grenzen moeten oplopen: laag ≤ meest waarschijnlijk ≤ hoog',
		en: () => 'the bounds must rise: low ≤ mode ≤ high'
	},
	'beyond-horizon': {
		nl: (p) =>
			p.unit === 'year'
				? `jaar ${p.value} valt na de horizon van ${p.horizon} jaar (het laatste jaar is ${p.last}) en telt dan niet mee; verleng de horizon of kies een eerder jaar`
				: `maand ${p.value} valt na de horizon van ${p.horizon} jaar (de laatste maand is ${p.last}) en telt dan niet mee; verleng de horizon of kies een eerdere maand`,
		en: (p) =>
			`${p.unit} ${p.value} falls after the horizon of ${p.horizon} years (the last ${p.unit} is ${p.last}) and would not count; lengthen the horizon or choose an earlier ${p.unit}`
	},
	'malformed-json': {
		nl: (p) => `geen geldige JSON: ${p.detailNl}`,
		en: (p) => `not valid JSON: ${p.detailEn}`
	}
};

/** What is wrong and how to fix it, without the path: for a message beside the field itself. */
export function problemMessage(problem: Problem, lang: Lang): string {
	return WORDING[problem.code][lang](problem.params);
}

export function describeProblem(problem: Problem, lang: Lang): string {
	const where =
		problem.caseId === undefined
			? ''
			: lang === 'nl'
				? ` (casus ${problem.caseId})`
				: ` (case ${problem.caseId})`;
	return `${problem.path}${where}: ${problemMessage(problem, lang)}`;
}
