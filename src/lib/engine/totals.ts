import { ZERO, type Dec } from './decimal';
import type { Breakdown, ResultLine, Totals } from './result';
import { BUDGET_HOLDERS } from './vocabulary';

/** C, B, NPV and BCR; a known ratio (the same slice at another scale) saves the division. */
export function totals(costs: Dec, benefits: Dec, knownRatio?: Dec | null): Totals {
	const bcr = costs.isZero() ? null : (knownRatio ?? benefits.dividedBy(costs));
	return { costs, benefits, npv: benefits.minus(costs), bcr };
}

/**
 * Breakdowns of independent portfolios added: costs, benefits, NPV and transfers are each the
 * exact sum of the parts' own figures (so the sum checks against each part as reported), and
 * the ratio is taken from the sums (a ratio of sums, never a sum of ratios).
 */
export function sumBreakdowns(parts: readonly Breakdown[]): Breakdown {
	const add = (pick: (b: Breakdown) => Dec) => parts.reduce((sum, b) => sum.plus(pick(b)), ZERO);
	const view = (pick: (b: Breakdown) => Totals): Totals => {
		const costs = add((b) => pick(b).costs);
		const benefits = add((b) => pick(b).benefits);
		const bcr = costs.isZero() ? null : benefits.dividedBy(costs);
		return { costs, benefits, npv: add((b) => pick(b).npv), bcr };
	};
	return {
		societal: view((b) => b.societal),
		financial: view((b) => b.financial),
		transfers: add((b) => b.transfers),
		lineIds: []
	};
}

/**
 * Where a line's value counts. Each line falls in exactly one category, so it is added once:
 * societal = budgetFiscal + otherResource; financial = budgetFiscal + budgetTransfer;
 * transfers = budgetTransfer + otherTransfer.
 */
export type Category = 'budgetFiscal' | 'otherResource' | 'budgetTransfer' | 'otherTransfer';
const CATEGORIES: Category[] = ['budgetFiscal', 'otherResource', 'budgetTransfer', 'otherTransfer'];

export function categoryOf(line: ResultLine): Category {
	const budget = BUDGET_HOLDERS.has(line.payer);
	if (line.valueType === 'transfer') return budget ? 'budgetTransfer' : 'otherTransfer';
	return line.valueType === 'fiscal' && budget ? 'budgetFiscal' : 'otherResource';
}

export function inSocietal(category: Category): boolean {
	return category === 'budgetFiscal' || category === 'otherResource';
}

export function inFinancial(category: Category): boolean {
	return category === 'budgetFiscal' || category === 'budgetTransfer';
}

type Sums = Record<Category, Dec>;
const zeroSums = (): Sums => ({
	budgetFiscal: ZERO,
	otherResource: ZERO,
	budgetTransfer: ZERO,
	otherTransfer: ZERO
});

/** Costs and benefits split by category: the building block of every total. */
export class CategorySums {
	costs = zeroSums();
	benefits = zeroSums();

	add(kind: ResultLine['kind'], category: Category, amount: Dec): void {
		const sums = kind === 'cost' ? this.costs : this.benefits;
		sums[category] = sums[category].plus(amount);
	}

	societal(side: 'costs' | 'benefits'): Dec {
		return this[side].budgetFiscal.plus(this[side].otherResource);
	}

	financial(side: 'costs' | 'benefits'): Dec {
		return this[side].budgetFiscal.plus(this[side].budgetTransfer);
	}

	merge(other: CategorySums): void {
		for (const category of CATEGORIES) {
			this.costs[category] = this.costs[category].plus(other.costs[category]);
			this.benefits[category] = this.benefits[category].plus(other.benefits[category]);
		}
	}

	/** Transfers avoided minus transfers paid by the intervention. */
	transfers(): Dec {
		const { benefits, costs } = this;
		return benefits.budgetTransfer
			.plus(benefits.otherTransfer)
			.minus(costs.budgetTransfer)
			.minus(costs.otherTransfer);
	}

	static readonly categories = CATEGORIES;
}

/**
 * Running sums of present values for one slice of the result (a payer, a domain, a case...).
 * Totals are always sums of line values, so every shown total reconciles with its parts.
 */
export class Tally {
	readonly sums = new CategorySums();
	readonly lineIds: string[] = [];

	add(line: ResultLine, category: Category, amount: Dec): void {
		if (!line.counted) return;
		this.lineIds.push(line.id);
		this.sums.add(line.kind, category, amount);
	}

	/** Records a line whose amount reaches this tally later, through merge(). */
	note(line: ResultLine): void {
		if (line.counted) this.lineIds.push(line.id);
	}

	merge(sums: CategorySums): void {
		this.sums.merge(sums);
	}

	/** `scaled`: the same lines at another positive scale, whose ratios hold here too. */
	breakdown(scaled?: Breakdown): Breakdown {
		const { sums } = this;
		return {
			societal: totals(sums.societal('costs'), sums.societal('benefits'), scaled?.societal.bcr),
			financial: totals(sums.financial('costs'), sums.financial('benefits'), scaled?.financial.bcr),
			transfers: sums.transfers(),
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
