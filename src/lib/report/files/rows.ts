import {
	DOMAINS,
	PAYER_GROUPS,
	PAYERS,
	VALUE_TYPES,
	type Breakdown,
	type Dec,
	type ScenarioResult,
	type YearRow
} from '../../engine';
import {
	DOMAIN_LABELS,
	PAYER_GROUP_LABELS,
	PAYER_LABELS,
	VALUE_TYPE_LABELS
} from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import { MEASURES, measureCode, measureValue } from '../../portfolio/measures';

/** One figure of a result, in the long (tidy) form that tables and CSV are both made from. */
export interface FigureRow {
	section: string;
	key: string;
	label: string;
	measure: string;
	value: Dec | null;
}

/** A breakdown's kept measures, each view's ratio after its net present value. */
function breakdownRows(
	section: string,
	key: string,
	label: string,
	breakdown: Omit<Breakdown, 'lineIds'>
): FigureRow[] {
	return MEASURES.flatMap((measure) => {
		const value: Dec | null = measureValue(breakdown, measure);
		const row = { section, key, label, measure: measureCode(measure), value };
		// a ratio is derived from its view's sums, never kept (portfolio/measures.ts)
		return measure.of === 'npv'
			? [row, { ...row, measure: `${measure.view}.bcr`, value: breakdown[measure.view].bcr }]
			: [row];
	});
}

/** A result's slices in the vocabulary's order, whatever order they were added up in. */
function slices<K extends string>(
	section: string,
	slice: Partial<Record<K, Breakdown>>,
	order: readonly K[],
	labels: Record<K, Record<Lang, string>>,
	lang: Lang
): FigureRow[] {
	return order.flatMap((key) => {
		const breakdown = slice[key];
		return breakdown ? breakdownRows(section, key, labels[key][lang], breakdown) : [];
	});
}

const PAYER_GROUP_ORDER = Object.keys(PAYER_GROUPS) as (keyof typeof PAYER_GROUPS)[];

/** The headline and the breakdowns by payer, public body, domain and kind of value. */
export function headRows(result: ScenarioResult, lang: Lang): FigureRow[] {
	return [
		...breakdownRows('total', 'total', lang === 'nl' ? 'Totaal' : 'Total', result.total),
		...slices('payer', result.byPayer, PAYERS, PAYER_LABELS, lang),
		...slices('payerGroup', result.byPayerGroup, PAYER_GROUP_ORDER, PAYER_GROUP_LABELS, lang),
		...slices('domain', result.byDomain, DOMAINS, DOMAIN_LABELS, lang),
		...slices('valueType', result.byValueType, VALUE_TYPES, VALUE_TYPE_LABELS, lang)
	];
}

/** A case as its rows need it: which one, and its breakdown. */
export type CaseBreakdown = { caseId: string; label: string } & Omit<Breakdown, 'lineIds'>;

/** Each case's breakdown, in the order given. */
export const caseRows = (cases: readonly CaseBreakdown[]): FigureRow[] =>
	cases.flatMap((c) => breakdownRows('case', c.caseId, c.label, c));

/** Each year of the timeline, societal and financial. */
export const yearFigureRows = (years: readonly YearRow[]): FigureRow[] =>
	years.flatMap((row) =>
		(['societal', 'financial'] as const).flatMap((view) =>
			(['costs', 'benefits', 'presentNet', 'cumulativePresentNet'] as const).map((measure) => ({
				section: 'year',
				key: String(row.year),
				label: String(row.year),
				measure: `${view}.${measure}`,
				value: row[view][measure]
			}))
		)
	);

/** Every headline and breakdown figure of a result, in a stable order. */
export function figureRows(result: ScenarioResult, lang: Lang): FigureRow[] {
	return [...headRows(result, lang), ...caseRows(result.byCase), ...yearFigureRows(result.byYear)];
}
