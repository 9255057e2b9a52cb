import { D, type Dec } from '../decimal';
import { gamma } from './random';

/** How an uncertain input varies (docs/method.md, "Uncertainty"). */
export type Distribution =
	| { kind: 'triangular'; low: Dec; mode: Dec; high: Dec }
	| { kind: 'pert'; low: Dec; mode: Dec; high: Dec }
	| { kind: 'uniform'; low: Dec; high: Dec }
	| { kind: 'beta'; alpha: Dec; beta: Dec };

const THREE = new D(3);
const FOUR = new D(4);
const SIX = new D(6);
const TWO = new D(2);

/** The exact mean, for the deterministic check the simulation must agree with. */
export function mean(distribution: Distribution): Dec {
	switch (distribution.kind) {
		case 'triangular':
			return distribution.low.plus(distribution.mode).plus(distribution.high).dividedBy(THREE);
		case 'pert':
			return distribution.low
				.plus(distribution.mode.times(FOUR))
				.plus(distribution.high)
				.dividedBy(SIX);
		case 'uniform':
			return distribution.low.plus(distribution.high).dividedBy(TWO);
		case 'beta':
			return distribution.alpha.dividedBy(distribution.alpha.plus(distribution.beta));
	}
}

/** A sampler in floating point: fast, and only ever compared with the exact mean. */
export function sampler(distribution: Distribution): (random: () => number) => number {
	switch (distribution.kind) {
		case 'triangular': {
			const [a, m, b] = [distribution.low, distribution.mode, distribution.high].map((x) =>
				x.toNumber()
			) as [number, number, number];
			const split = b === a ? 0 : (m - a) / (b - a);
			return (random) => {
				const u = random();
				return u < split
					? a + Math.sqrt(u * (b - a) * (m - a))
					: b - Math.sqrt((1 - u) * (b - a) * (b - m));
			};
		}
		case 'pert': {
			const [a, m, b] = [distribution.low, distribution.mode, distribution.high].map((x) =>
				x.toNumber()
			) as [number, number, number];
			if (b === a) return () => a;
			const alpha = 1 + (4 * (m - a)) / (b - a);
			const beta = 1 + (4 * (b - m)) / (b - a);
			return (random) => a + (b - a) * betaDraw(alpha, beta, random);
		}
		case 'uniform': {
			const [a, b] = [distribution.low.toNumber(), distribution.high.toNumber()];
			return (random) => a + (b - a) * random();
		}
		case 'beta': {
			const [alpha, beta] = [distribution.alpha.toNumber(), distribution.beta.toNumber()];
			return (random) => betaDraw(alpha, beta, random);
		}
	}
}

function betaDraw(alpha: number, beta: number, random: () => number): number {
	const x = gamma(alpha, random);
	const y = gamma(beta, random);
	return x / (x + y);
}
