import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaCdf, betaQuantile } from './beta';
import {
	beliefMean,
	calibrate,
	credibleInterval,
	gradeOfMeasurement,
	priorBelief,
	updatedBelief
} from './calibration';

describe('the Beta distribution', () => {
	// Reference values from scipy.stats.beta.cdf.
	it.each([
		[0.3, 2.5, 7.5, 0.6789434858661821],
		[0.9, 0.5, 0.5, 0.7951672353008665],
		[0.01, 0.5, 10.5, 0.3501563419219086]
	])('P(X ≤ %s) for Beta(%s, %s) is %s', (x, a, b, expected) => {
		expect(betaCdf(x, a, b)).toBeCloseTo(expected, 8);
	});

	it('finds the quantile whose distribution value it was asked for', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.2, max: 200, noNaN: true }),
				fc.double({ min: 0.2, max: 200, noNaN: true }),
				fc.double({ min: 0.01, max: 0.99, noNaN: true }),
				(a, b, q) => {
					// Near 0 or 1 the distribution can be too steep to hit q itself: bracket it instead.
					const x = betaQuantile(q, a, b);
					expect(betaCdf(x - 1e-9, a, b)).toBeLessThanOrEqual(q + 1e-9);
					expect(betaCdf(x + 1e-9, a, b)).toBeGreaterThanOrEqual(q - 1e-9);
				}
			)
		);
	});
});

/**
 * Worked examples: prior = Beta(½ + s × default, ½ + s × (1 − default)), posterior = prior plus
 * the households where it happened (k) and where it did not (n − k); mean = α / (α + β); the 90%
 * interval from scipy.stats.beta.ppf(0.05 / 0.95, α, β).
 */
describe('calibrating a probability with follow-ups (Beta-Binomial)', () => {
	it.each`
		default | s     | k     | n      | priorA | priorB  | postA   | postB   | mean        | low         | high
		${0}    | ${10} | ${2}  | ${31}  | ${0.5} | ${10.5} | ${2.5}  | ${39.5} | ${0.059524} | ${0.014131} | ${0.128526}
		${0.4}  | ${10} | ${0}  | ${0}   | ${4.5} | ${6.5}  | ${4.5}  | ${6.5}  | ${0.409091} | ${0.185116} | ${0.652678}
		${0.4}  | ${10} | ${12} | ${37}  | ${4.5} | ${6.5}  | ${16.5} | ${31.5} | ${0.34375}  | ${0.235856} | ${0.459124}
		${0.1}  | ${10} | ${3}  | ${37}  | ${1.5} | ${9.5}  | ${4.5}  | ${43.5} | ${0.09375}  | ${0.036093} | ${0.170669}
		${0.25} | ${0}  | ${5}  | ${20}  | ${0.5} | ${0.5}  | ${5.5}  | ${15.5} | ${0.261905} | ${0.121508} | ${0.42862}
		${0.05} | ${10} | ${0}  | ${120} | ${1}   | ${10}   | ${1}    | ${130}  | ${0.007634} | ${0.000394} | ${0.022781}
	`(
		'default $default counted as $s households, $k of $n happened: mean $mean, 90% $low–$high',
		({ default: value, s, k, n, priorA, priorB, postA, postB, mean, low, high }) => {
			const result = calibrate({
				defaultValue: value,
				defaultGrade: 4,
				strength: s,
				happened: k,
				observed: n
			});
			expect(result.prior).toEqual({ alpha: priorA, beta: priorB });
			expect(result.posterior).toEqual({ alpha: postA, beta: postB });
			expect(result.mean).toBeCloseTo(mean, 6);
			expect(result.interval[0]).toBeCloseTo(low, 6);
			expect(result.interval[1]).toBeCloseTo(high, 6);
		}
	);

	it('leaves the prior unchanged without observations, whatever the default and strength', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.integer({ min: 0, max: 100 }),
				(value, strength) => {
					const prior = priorBelief(value, strength);
					const result = calibrate({
						defaultValue: value,
						defaultGrade: 3,
						strength,
						happened: 0,
						observed: 0
					});
					expect(result.posterior).toEqual(prior);
					expect(result.grade).toBe(3);
				}
			)
		);
	});

	it('never widens the interval when more observations agree with the estimate', () => {
		// Observations in the belief's own proportion (a : b) keep its mean and add certainty.
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 20 }),
				fc.integer({ min: 1, max: 20 }),
				fc.double({ min: 0.2, max: 5, noNaN: true }),
				fc.integer({ min: 0, max: 30 }),
				fc.integer({ min: 1, max: 30 }),
				(a, b, scale, fewer, extra) => {
					const prior = { alpha: a * scale, beta: b * scale };
					const width = (times: number) => {
						const [low, high] = credibleInterval(updatedBelief(prior, a * times, (a + b) * times));
						return high - low;
					};
					expect(width(fewer + extra)).toBeLessThanOrEqual(width(fewer) + 1e-12);
				}
			)
		);
	});

	it('moves toward what was observed, and only as far as the evidence allows', () => {
		const prior = priorBelief(0.4);
		const after = updatedBelief(prior, 2, 31);
		expect(beliefMean(after)).toBeLessThan(beliefMean(prior));
		expect(beliefMean(after)).toBeGreaterThan(2 / 31);
	});

	it('refuses counts that cannot be', () => {
		const prior = priorBelief(0.2);
		expect(() => updatedBelief(prior, 3, 2)).toThrow(RangeError);
		expect(() => updatedBelief(prior, -1, 2)).toThrow(RangeError);
		expect(() => updatedBelief(prior, 0.5, 2)).toThrow(RangeError);
		expect(() => priorBelief(1.2)).toThrow(RangeError);
	});
});

describe('the grade of a measured probability', () => {
	it.each`
		interval        | n      | fallback | grade
		${[0.2, 0.6]}   | ${0}   | ${4}     | ${4}
		${[0.01, 0.09]} | ${150} | ${4}     | ${1}
		${[0.01, 0.09]} | ${60}  | ${4}     | ${2}
		${[0.1, 0.28]}  | ${37}  | ${4}     | ${3}
		${[0.1, 0.45]}  | ${12}  | ${2}     | ${4}
		${[0.1, 0.6]}   | ${3}   | ${2}     | ${5}
	`(
		'a 90% interval of $interval from $n households is grade $grade',
		({ interval, n, fallback, grade }) => {
			expect(gradeOfMeasurement(interval, n, fallback)).toBe(grade);
		}
	);
});
