import { betaQuantile } from './beta';
import type { ConfidenceGrade } from './vocabulary';

/**
 * Calibrating a probability with an organisation's own follow-ups (docs/method.md, "Follow-up and
 * calibration"): a Beta-Binomial update. The default value (the catalog's or the worker's) is the
 * prior, counted as if it had been seen in `strength` households, on top of Jeffreys' Beta(½, ½)
 * so a default of 0% or 100% still gives a proper prior. Each followed-up household is one
 * Bernoulli observation: the event happened or it did not. Unknown answers are no observation.
 */

/** A belief about a probability: Beta(alpha, beta). */
export interface BetaBelief {
	alpha: number;
	beta: number;
}

/** How many households the default value counts as: stated beside every calibrated value. */
export const PRIOR_STRENGTH = 10;
/** The credible interval shown: 5% of the belief below it, 5% above. */
export const CREDIBLE_LEVEL = 0.9;

export function priorBelief(defaultValue: number, strength = PRIOR_STRENGTH): BetaBelief {
	if (!(defaultValue >= 0 && defaultValue <= 1)) throw new RangeError('default outside [0, 1]');
	if (!(strength >= 0)) throw new RangeError('negative prior strength');
	return { alpha: 0.5 + strength * defaultValue, beta: 0.5 + strength * (1 - defaultValue) };
}

/** The belief after `observed` households of which the event happened in `happened`. */
export function updatedBelief(prior: BetaBelief, happened: number, observed: number): BetaBelief {
	if (!Number.isInteger(happened) || !Number.isInteger(observed) || happened < 0)
		throw new RangeError('counts must be whole and not negative');
	if (happened > observed) throw new RangeError('more happened than were observed');
	return { alpha: prior.alpha + happened, beta: prior.beta + observed - happened };
}

export const beliefMean = ({ alpha, beta }: BetaBelief) => alpha / (alpha + beta);

/** The equal-tailed credible interval at CREDIBLE_LEVEL. */
export function credibleInterval({ alpha, beta }: BetaBelief): [number, number] {
	const tail = (1 - CREDIBLE_LEVEL) / 2;
	return [betaQuantile(tail, alpha, beta), betaQuantile(1 - tail, alpha, beta)];
}

/**
 * How well founded a measured probability is, on the method's 1 (strong) … 5 (a guess) scale:
 * by the half-width of its interval, and grade 1 only for a large measurement (100 households or
 * more). Without observations the default keeps its own grade.
 */
export function gradeOfMeasurement(
	interval: readonly [number, number],
	observed: number,
	defaultGrade: ConfidenceGrade
): ConfidenceGrade {
	if (observed === 0) return defaultGrade;
	const halfWidth = (interval[1] - interval[0]) / 2;
	if (halfWidth <= 0.05) return observed >= 100 ? 1 : 2;
	if (halfWidth <= 0.1) return 3;
	if (halfWidth <= 0.2) return 4;
	return 5;
}

export interface Calibration {
	defaultValue: number;
	strength: number;
	happened: number;
	observed: number;
	prior: BetaBelief;
	posterior: BetaBelief;
	mean: number;
	interval: [number, number];
	grade: ConfidenceGrade;
}

export function calibrate(input: {
	defaultValue: number;
	defaultGrade: ConfidenceGrade;
	happened: number;
	observed: number;
	strength?: number;
}): Calibration {
	const strength = input.strength ?? PRIOR_STRENGTH;
	const prior = priorBelief(input.defaultValue, strength);
	const posterior = updatedBelief(prior, input.happened, input.observed);
	const interval = credibleInterval(posterior);
	return {
		defaultValue: input.defaultValue,
		strength,
		happened: input.happened,
		observed: input.observed,
		prior,
		posterior,
		mean: beliefMean(posterior),
		interval,
		grade: gradeOfMeasurement(interval, input.observed, input.defaultGrade)
	};
}
