import { ZERO, type Dec } from './decimal';
import type { Breakdown, ResultLine, Totals } from './result';
import { BUDGET_HOLDERS } from './vocabulary';

export function totals(costs: Dec, benefits: Dec): Totals {
	return {
		costs,
		benefits,
		npv: benefits.minus(costs),
		bcr: costs.isZero() ? null : benefits.dividedBy(costs)
	};
}

/** Which case a line counts in: societal (resources), financial (budgets), or both. */
export function countsIn(line: ResultLine): { societal: boolean; financial: boolean } {
	return {
		societal: line.valueType !== 'transfer',
		financial:
			(line.valueType === 'fiscal' || line.valueType === 'transfer') &&
			BUDGET_HOLDERS.has(line.payer)
	};
}

/**
 * Running sums of present values for one slice of the result (a payer, a domain, a case...).
 * Totals are always sums of line values, so every shown total reconciles with its parts.
 */
export class Tally {
	private societalCosts = ZERO;
	private societalBenefits = ZERO;
	private financialCosts = ZERO;
	private financialBenefits = ZERO;
	private transfers = ZERO;
	readonly lineIds: string[] = [];

	add(line: ResultLine, amount: Dec): void {
		if (!line.counted) return;
		this.lineIds.push(line.id);
		const where = countsIn(line);
		const isCost = line.kind === 'cost';
		if (where.societal) {
			if (isCost) this.societalCosts = this.societalCosts.plus(amount);
			else this.societalBenefits = this.societalBenefits.plus(amount);
		}
		if (where.financial) {
			if (isCost) this.financialCosts = this.financialCosts.plus(amount);
			else this.financialBenefits = this.financialBenefits.plus(amount);
		}
		if (line.valueType === 'transfer')
			this.transfers = this.transfers.plus(isCost ? amount.negated() : amount);
	}

	breakdown(): Breakdown {
		return {
			societal: totals(this.societalCosts, this.societalBenefits),
			financial: totals(this.financialCosts, this.financialBenefits),
			transfers: this.transfers,
			lineIds: this.lineIds
		};
	}
}

/** One Tally per key, created on first use. */
export class TallyMap<K extends string> {
	private readonly tallies = new Map<K, Tally>();

	of(key: K): Tally {
		let tally = this.tallies.get(key);
		if (!tally) this.tallies.set(key, (tally = new Tally()));
		return tally;
	}

	breakdowns(): Partial<Record<K, Breakdown>> {
		const out: Partial<Record<K, Breakdown>> = {};
		for (const [key, tally] of this.tallies) out[key] = tally.breakdown();
		return out;
	}
}
