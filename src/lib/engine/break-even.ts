import { computeScenario } from './compute';
import { D, ONE, ZERO, type Dec } from './decimal';
import type { Scenario } from './model';
import type { SensitivityInput } from './sensitivity';

export interface BreakEven {
	/** The input's value at which the societal NPV is 0; null when it is not reached in the range. */
	value: Dec | null;
	/** linear: solved exactly, NPV being a straight line in the input; bisection otherwise. */
	method: 'linear' | 'bisection';
	assumed: Dec;
}

const TWO = new D(2);
const TOLERANCE = new D('1e-12');
const npvAt = (scenario: Scenario, input: SensitivityInput, value: Dec) =>
	computeScenario(input.apply(scenario, value)).total.societal.npv;

/** Fractions range over [0, 1]; amounts and rates from 0 to a hundred times their value. */
export function defaultRange(input: SensitivityInput): [Dec, Dec] {
	if (input.kind === 'probability' || input.kind === 'adjustment') return [ZERO, ONE];
	return [ZERO, D.max(input.base.times(100), ONE)];
}

/**
 * The value of one input at which NPV = 0 (docs/method.md, "Uncertainty"): exact where NPV is linear in
 * it (checked at the midpoint), by bisection otherwise. For a success probability this is the
 * break-even success, C divided by the present value of one success.
 */
export function breakEven(
	scenario: Scenario,
	input: SensitivityInput,
	range = defaultRange(input)
): BreakEven {
	const [low, high] = range;
	const atLow = npvAt(scenario, input, low);
	const atHigh = npvAt(scenario, input, high);
	const middle = low.plus(high).dividedBy(TWO);
	const atMiddle = npvAt(scenario, input, middle);
	const base = { assumed: input.base };
	if (atMiddle.minus(atLow.plus(atHigh).dividedBy(TWO)).abs().lte(TOLERANCE)) {
		if (atHigh.eq(atLow)) return { ...base, value: atLow.isZero() ? low : null, method: 'linear' };
		const value = low.minus(atLow.times(high.minus(low)).dividedBy(atHigh.minus(atLow)));
		const inside = value.gte(low) && value.lte(high);
		return { ...base, value: inside ? value : null, method: 'linear' };
	}
	return { ...base, value: bisect(scenario, input, low, high, atLow, atHigh), method: 'bisection' };
}

function bisect(
	scenario: Scenario,
	input: SensitivityInput,
	low: Dec,
	high: Dec,
	atLow: Dec,
	atHigh: Dec
): Dec | null {
	if (atLow.isZero()) return low;
	if (atHigh.isZero()) return high;
	if (atLow.isNegative() === atHigh.isNegative()) return null;
	let [a, b, fa] = [low, high, atLow];
	for (
		let step = 0;
		step < 200 &&
		b
			.minus(a)
			.abs()
			.gt(TOLERANCE.times(D.max(ONE, b.abs())));
		step++
	) {
		const m = a.plus(b).dividedBy(TWO);
		const fm = npvAt(scenario, input, m);
		if (fm.isZero()) return m;
		if (fm.isNegative() === fa.isNegative()) [a, fa] = [m, fm];
		else b = m;
	}
	return a.plus(b).dividedBy(TWO);
}
