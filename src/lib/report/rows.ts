import type { Breakdown, Dec, ScenarioResult, Totals } from '../engine';
import { DOMAIN_LABELS, PAYER_GROUP_LABELS, PAYER_LABELS, VALUE_TYPE_LABELS } from '../i18n/labels';
import type { Lang } from '../i18n/lang';

/** One figure of a result, in the long (tidy) form that tables and CSV are both made from. */
export interface FigureRow {
	section: string;
	key: string;
	label: string;
	measure: string;
	value: Dec | null;
}

const TOTAL_MEASURES = ['costs', 'benefits', 'npv', 'bcr'] as const;

function totalsRows(
	section: string,
	key: string,
	label: string,
	prefix: string,
	totals: Totals
): FigureRow[] {
	return TOTAL_MEASURES.map((measure) => ({
		section,
		key,
		label,
		measure: `${prefix}.${measure}`,
		value: totals[measure]
	}));
}

function breakdownRows(
	section: string,
	key: string,
	label: string,
	breakdown: Breakdown
): FigureRow[] {
	return [
		...totalsRows(section, key, label, 'societal', breakdown.societal),
		...totalsRows(section, key, label, 'financial', breakdown.financial),
		{ section, key, label, measure: 'transfers', value: breakdown.transfers }
	];
}

function slices<K extends string>(
	section: string,
	slice: Partial<Record<K, Breakdown>>,
	labels: Record<K, Record<Lang, string>>,
	lang: Lang
): FigureRow[] {
	return (Object.entries(slice) as [K, Breakdown][]).flatMap(([key, breakdown]) =>
		breakdownRows(section, key, labels[key][lang], breakdown)
	);
}

/** Every headline and breakdown figure of a result, in a stable order. */
export function figureRows(result: ScenarioResult, lang: Lang): FigureRow[] {
	return [
		...breakdownRows('total', 'total', lang === 'nl' ? 'Totaal' : 'Total', result.total),
		...slices('payer', result.byPayer, PAYER_LABELS, lang),
		...slices('payerGroup', result.byPayerGroup, PAYER_GROUP_LABELS, lang),
		...slices('domain', result.byDomain, DOMAIN_LABELS, lang),
		...slices('valueType', result.byValueType, VALUE_TYPE_LABELS, lang),
		...result.byCase.flatMap((c) => breakdownRows('case', c.caseId, c.label, c)),
		...result.byYear.flatMap((row) =>
			(['societal', 'financial'] as const).flatMap((view) =>
				(['costs', 'benefits', 'presentNet', 'cumulativePresentNet'] as const).map((measure) => ({
					section: 'year',
					key: String(row.year),
					label: String(row.year),
					measure: `${view}.${measure}`,
					value: row[view][measure]
				}))
			)
		)
	];
}
