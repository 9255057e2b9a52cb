import { D, type Breakdown, type Dec, type Totals } from '../engine';
import type { Bilingual } from '../i18n/lang';
import { TERMS } from '../i18n/terms';

/**
 * The measures a year keeps of every breakdown and of every year of its timeline, each named
 * once. What is kept is exactly what adds up: a ratio (return per euro) is a quotient of sums,
 * never a sum, so it is derived where it is shown and never kept. The database's columns
 * (server/sums/columns.ts), the workbook's columns and the CSV's rows follow these lists.
 */

type View = 'societal' | 'financial';

interface BreakdownMeasureSpec {
	name: string;
	/** Where it sits in a Breakdown: a view's costs, benefits or NPV, or the transfers. */
	view: View | null;
	of: 'costs' | 'benefits' | 'npv' | 'transfers';
	label: Bilingual;
}

export const MEASURES = [
	{
		name: 'societalCosts',
		view: 'societal',
		of: 'costs',
		label: { nl: 'Maatschappelijk: investering', en: 'Societal: investment' }
	},
	{
		name: 'societalBenefits',
		view: 'societal',
		of: 'benefits',
		label: { nl: 'Maatschappelijk: vermeden kosten', en: 'Societal: costs avoided' }
	},
	{
		name: 'societalNpv',
		view: 'societal',
		of: 'npv',
		label: { nl: 'Maatschappelijk: netto contante waarde', en: 'Societal: net present value' }
	},
	{
		name: 'financialCosts',
		view: 'financial',
		of: 'costs',
		label: { nl: 'Financieel: investering', en: 'Financial: investment' }
	},
	{
		name: 'financialBenefits',
		view: 'financial',
		of: 'benefits',
		label: { nl: 'Financieel: vermeden kosten', en: 'Financial: costs avoided' }
	},
	{
		name: 'financialNpv',
		view: 'financial',
		of: 'npv',
		label: { nl: 'Financieel: netto contante waarde', en: 'Financial: net present value' }
	},
	{
		name: 'transfers',
		view: null,
		of: 'transfers',
		label: { nl: TERMS.nl.transfers.label, en: TERMS.en.transfers.label }
	}
] as const satisfies readonly BreakdownMeasureSpec[];

export type Measure = (typeof MEASURES)[number];
export type MeasureName = Measure['name'];

/** A measure's value in a breakdown. */
export const measureValue = (breakdown: Omit<Breakdown, 'lineIds'>, measure: Measure): Dec =>
	measure.view === null ? breakdown.transfers : breakdown[measure.view][measure.of];

/** A measure's stable code in files for programs: "societal.costs", "transfers". */
export const measureCode = (measure: Measure): string =>
	measure.view === null ? measure.of : `${measure.view}.${measure.of}`;

/** A breakdown from its kept measures; each view's ratio derived from its sums. */
export function breakdownOfMeasures(value: (name: MeasureName) => Dec): Breakdown {
	const view = (v: View): Totals => {
		const costs = value(`${v}Costs`);
		const benefits = value(`${v}Benefits`);
		return {
			costs,
			benefits,
			npv: value(`${v}Npv`),
			bcr: costs.isZero() ? null : benefits.dividedBy(costs)
		};
	};
	return {
		societal: view('societal'),
		financial: view('financial'),
		transfers: value('transfers'),
		lineIds: []
	};
}

interface YearMeasureSpec {
	name: string;
	view: View;
	of: 'costs' | 'benefits' | 'net' | 'presentNet';
}

/** What a year of the timeline keeps, before discounting is accumulated. */
export const YEAR_MEASURES = (['societal', 'financial'] as const).flatMap((view) =>
	(['costs', 'benefits', 'net', 'presentNet'] as const).map((of) => ({
		name: `${view}${of[0]!.toUpperCase()}${of.slice(1)}` as YearMeasureName,
		view,
		of
	}))
) satisfies readonly YearMeasureSpec[];

export type YearMeasure = (typeof YEAR_MEASURES)[number];
export type YearMeasureName = `${View}${'Costs' | 'Benefits' | 'Net' | 'PresentNet'}`;

/** One year of the timeline as it is kept and added up. */
export interface YearSum {
	year: number;
	societal: { costs: Dec; benefits: Dec; net: Dec; presentNet: Dec };
	financial: { costs: Dec; benefits: Dec; net: Dec; presentNet: Dec };
}

/** A year from its kept measures. */
export function yearOfMeasures(year: number, value: (name: YearMeasureName) => Dec): YearSum {
	const view = (v: View) => ({
		costs: value(`${v}Costs`),
		benefits: value(`${v}Benefits`),
		net: value(`${v}Net`),
		presentNet: value(`${v}PresentNet`)
	});
	return { year, societal: view('societal'), financial: view('financial') };
}

/** A kept measure read back from its exact text; a missing sum is zero. */
export const fromText = (text: unknown): Dec => new D(text == null ? 0 : String(text));
