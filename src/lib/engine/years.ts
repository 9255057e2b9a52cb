import { ONE, ZERO, type Dec } from './decimal';
import type { Payback, ResultLine, YearRow } from './result';
import { inFinancial, inSocietal, type Category } from './totals';

interface YearSums {
	costs: Dec[];
	benefits: Dec[];
}

/** Lines with the same timing and fading share one yearly pattern, so they are summed first. */
interface Span {
	category: Category;
	side: keyof YearSums;
	start: number;
	duration: number;
	dropOff: Dec;
	weightedFirst: Dec;
}

/**
 * Count-weighted undiscounted amounts per year and category. Each line adds its weighted first-year
 * amount to its span once; spans are spread over the years at the end, which keeps a portfolio of
 * thousands of lines to one addition per line.
 */
export class YearTally {
	private readonly spans = new Map<string, Span>();

	constructor(private readonly horizon: number) {}

	add(line: ResultLine, category: Category): void {
		if (!line.counted) return;
		const side = line.kind === 'cost' ? 'costs' : 'benefits';
		const fading = line.dropOff.isZero() ? '' : line.dropOff.toString();
		const key = `${category}|${side}|${line.startYear}|${line.durationYears}|${fading}`;
		const weighted = line.count.eq(ONE)
			? line.firstYearAmount
			: line.firstYearAmount.times(line.count);
		const span = this.spans.get(key);
		if (span) span.weightedFirst = span.weightedFirst.plus(weighted);
		else
			this.spans.set(key, {
				category,
				side,
				start: line.startYear,
				duration: line.durationYears,
				dropOff: line.dropOff,
				weightedFirst: weighted
			});
	}

	private sums(include: (category: Category) => boolean): YearSums {
		const sums: YearSums = {
			costs: new Array<Dec>(this.horizon).fill(ZERO),
			benefits: new Array<Dec>(this.horizon).fill(ZERO)
		};
		for (const span of this.spans.values()) {
			if (!include(span.category)) continue;
			const series = sums[span.side];
			const keep = ONE.minus(span.dropOff);
			let amount = span.weightedFirst;
			for (let t = span.start; t < Math.min(span.start + span.duration, this.horizon); t++) {
				series[t] = series[t]!.plus(amount);
				amount = amount.times(keep);
			}
		}
		return sums;
	}

	/** Rows with discounted and cumulative discounted net value (docs/method.md, "Discounting and totals"). */
	rows(discountFactors: readonly Dec[]): YearRow[] {
		const societalSums = this.sums(inSocietal);
		const financialSums = this.sums(inFinancial);
		let societalCumulative = ZERO;
		let financialCumulative = ZERO;
		return discountFactors.map((discountFactor, year) => {
			const societal = yearFigures(societalSums, year, discountFactor, societalCumulative);
			const financial = yearFigures(financialSums, year, discountFactor, financialCumulative);
			societalCumulative = societal.cumulativePresentNet;
			financialCumulative = financial.cumulativePresentNet;
			return { year, discountFactor, societal, financial };
		});
	}
}

function yearFigures(sums: YearSums, year: number, factor: Dec, cumulativeBefore: Dec) {
	const costs = sums.costs[year]!;
	const benefits = sums.benefits[year]!;
	const net = benefits.minus(costs);
	const presentNet = net.times(factor);
	return {
		costs,
		benefits,
		net,
		presentNet,
		cumulativePresentNet: cumulativeBefore.plus(presentNet)
	};
}

/**
 * The first year whose cumulative discounted net value reaches 0; null when that never happens
 * within the horizon, or when nothing is spent or saved at all.
 */
export function paybackYears(rows: readonly YearRow[]): Payback {
	const first = (pick: (row: YearRow) => YearRow['societal']): number | null => {
		let active = false;
		for (const row of rows) {
			const figures = pick(row);
			active ||= !figures.costs.isZero() || !figures.benefits.isZero();
			const cumulative = figures.cumulativePresentNet;
			if (active && (cumulative.isZero() || !cumulative.isNegative())) return row.year;
		}
		return null;
	};
	return { societal: first((row) => row.societal), financial: first((row) => row.financial) };
}
