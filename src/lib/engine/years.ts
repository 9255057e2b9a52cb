import { ZERO, type Dec } from './decimal';
import type { Payback, ResultLine, YearRow } from './result';
import { countsIn } from './totals';

interface YearSums {
	costs: Dec[];
	benefits: Dec[];
}

const emptySums = (horizon: number): YearSums => ({
	costs: new Array<Dec>(horizon).fill(ZERO),
	benefits: new Array<Dec>(horizon).fill(ZERO)
});

/** Count-weighted undiscounted amounts per year, for the societal and the financial case. */
export class YearTally {
	private readonly societal: YearSums;
	private readonly financial: YearSums;

	constructor(private readonly horizon: number) {
		this.societal = emptySums(horizon);
		this.financial = emptySums(horizon);
	}

	add(line: ResultLine): void {
		if (!line.counted) return;
		const where = countsIn(line);
		const key = line.kind === 'cost' ? 'costs' : 'benefits';
		const end = Math.min(line.startYear + line.durationYears, this.horizon);
		for (let t = line.startYear; t < end; t++) {
			const amount = line.years[t]!.times(line.count);
			if (where.societal) this.societal[key][t] = this.societal[key][t]!.plus(amount);
			if (where.financial) this.financial[key][t] = this.financial[key][t]!.plus(amount);
		}
	}

	/** Rows with discounted and cumulative discounted net value (METHOD.md, payback). */
	rows(discountFactors: readonly Dec[]): YearRow[] {
		let societalCumulative = ZERO;
		let financialCumulative = ZERO;
		return discountFactors.map((discountFactor, year) => {
			const societal = yearFigures(this.societal, year, discountFactor, societalCumulative);
			const financial = yearFigures(this.financial, year, discountFactor, financialCumulative);
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
			if (active && figures.cumulativePresentNet.gte(0)) return row.year;
		}
		return null;
	};
	return { societal: first((row) => row.societal), financial: first((row) => row.financial) };
}
