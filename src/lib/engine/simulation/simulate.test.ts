import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aCase, cost, d, effect, scenario } from '$test/builders';
import { parseScenario } from '../../calculate/calculate';
import { computeScenario } from '../compute';
import { NO_ADJUSTMENTS } from '../timeline';
import { defaultUncertainty, sensitivityInputs, uncertaintyWithDefaults } from '../sensitivity';
import { mean, sampler, type Distribution } from './distributions';
import type { UncertainInput } from '../model';
import { seededRandom } from './random';
import { simulate } from './simulate';

const simple = scenario(
	[
		aCase('a', {
			count: d(3),
			costs: [cost('c', 'hour', 10)],
			effects: [
				effect('e', 'eviction', 1, '0.5', {
					durationYears: 2,
					adjustments: { ...NO_ADJUSTMENTS, attribution: d('0.2'), dropOff: d('0.1') }
				})
			]
		})
	],
	{}
);

const uncertain: UncertainInput[] = [
	{
		input: 'unitCost:eviction',
		distribution: { kind: 'triangular', low: d(6000), mode: d(8000), high: d(12000) }
	},
	{
		input: 'effect:a/e:probabilityWithout',
		distribution: { kind: 'beta', alpha: d(2), beta: d(2) }
	},
	{
		input: 'effect:a/e:attribution',
		distribution: { kind: 'uniform', low: d('0.1'), high: d('0.3') }
	},
	{ input: 'unitCost:hour', distribution: { kind: 'pert', low: d(40), mode: d(50), high: d(80) } }
];

/** The exact NPV with every uncertain input at its distribution's mean. */
function exactAtMeans(): number {
	const inputs = new Map(sensitivityInputs(simple).map((i) => [i.id, i]));
	const atMeans = uncertain.reduce(
		(s, u) => inputs.get(u.input)!.apply(s, mean(u.distribution)),
		simple
	);
	return computeScenario(atMeans).total.societal.npv.toNumber();
}

describe('Monte Carlo', () => {
	it('agrees with the exact result at the inputs’ means, within its standard error', () => {
		const result = simulate(simple, uncertain, { draws: 20_000, seed: 7 })!;
		expect(Math.abs(result.npv.mean - exactAtMeans())).toBeLessThan(3 * result.npv.standardError);
		expect(result.npv.p5).toBeLessThan(result.npv.p50);
		expect(result.npv.p50).toBeLessThan(result.npv.p95);
		expect(result.breakEvenOdds).toBeGreaterThan(0.9);
	});

	it('repeats exactly from its seed, and differs with another', () => {
		const once = simulate(simple, uncertain, { draws: 500, seed: 11 })!;
		const again = simulate(simple, uncertain, { draws: 500, seed: 11 })!;
		const other = simulate(simple, uncertain, { draws: 500, seed: 12 })!;
		expect(again.npv).toEqual(once.npv);
		expect(other.npv.mean).not.toBe(once.npv.mean);
	});

	it.each(['maatwerk-huurachterstand', 'schuldenspiraal-boetes', 'ggz-naar-buurtteam'])(
		'without uncertainty, every draw of %s is the exact result (chains, timelines, overlap)',
		(name) => {
			const outcome = parseScenario(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
			if (!outcome.ok) throw new Error('example');
			const exact = computeScenario(outcome.scenario).total.societal;
			const result = simulate(outcome.scenario, [], { draws: 3, seed: 1 })!;
			expect(result.npv.mean).toBeCloseTo(exact.npv.toNumber(), 6);
			expect(result.bcr.mean).toBeCloseTo(exact.bcr!.toNumber(), 9);
		}
	);

	it.each([
		['effect:a/e:dropOff', d('0.4')],
		['assumption:discountRate', d('0.06')]
	])('weighs the years again in every draw when %s is uncertain', (input, value) => {
		const discounted = {
			...simple,
			assumptions: { ...simple.assumptions, discountRate: d('0.03') }
		};
		const inputs = new Map(sensitivityInputs(discounted).map((i) => [i.id, i]));
		const exact = computeScenario(inputs.get(input)!.apply(discounted, value)).total.societal.npv;
		const result = simulate(
			discounted,
			[{ input, distribution: { kind: 'uniform', low: value, high: value } }],
			{ draws: 3, seed: 1 }
		)!;
		expect(result.npv.mean).toBeCloseTo(exact.toNumber(), 6);
	});

	it('draws the chance that it still happens from a measured posterior (follow-up calibration)', () => {
		// Beta(4.5, 43.5): a default of 10% counted as 10 households, then 3 of 37 evicted after all.
		const posterior = { kind: 'beta', alpha: d('4.5'), beta: d('43.5') } as const;
		const atMean = scenario(
			[
				aCase('a', {
					count: d(3),
					costs: [cost('c', 'hour', 10)],
					effects: [effect('e', 'eviction', 1, '0.5', { probabilityWith: mean(posterior) })]
				})
			],
			{}
		);
		const exact = computeScenario(atMean).total.societal.npv.toNumber();
		const result = simulate(
			atMean,
			[{ input: 'effect:a/e:probabilityWith', distribution: posterior }],
			{ draws: 20_000, seed: 5 }
		)!;
		// the only uncertain input, so any spread is its draws
		expect(result.npv.p5).toBeLessThan(result.npv.p95);
		expect(Math.abs(result.npv.mean - exact)).toBeLessThan(3 * result.npv.standardError);
	});

	it('draws a named input from its own distribution and every other input from its default', () => {
		const posterior = {
			input: 'effect:a/e:probabilityWith',
			distribution: { kind: 'beta', alpha: d('4.5'), beta: d('43.5') }
		} as const;
		const inputs = uncertaintyWithDefaults({ ...simple, uncertainty: [posterior] });
		const defaults = defaultUncertainty(simple);
		expect(inputs).toEqual([...defaults, posterior]);
		const ownInstead = { input: defaults[0]!.input, distribution: posterior.distribution };
		const replaced = uncertaintyWithDefaults({ ...simple, uncertainty: [ownInstead] });
		expect(replaced.map((u) => u.input).sort()).toEqual(defaults.map((u) => u.input).sort());
		expect(replaced.find((u) => u.input === ownInstead.input)).toEqual(ownInstead);
	});

	it('can be cancelled between draws', () => {
		let seen = 0;
		const result = simulate(simple, uncertain, {
			draws: 10_000,
			seed: 1,
			progressEvery: 100,
			onProgress: (done) => ((seen = done), done < 300)
		});
		expect(result).toBeNull();
		expect(seen).toBe(300);
	});

	it('refuses an input the scenario does not have', () => {
		expect(() =>
			simulate(simple, [{ input: 'unitCost:nope', distribution: uncertain[0]!.distribution }], {
				draws: 1,
				seed: 1
			})
		).toThrow(/uncertainty\[0\]\.input: unknown-input/);
	});
});

describe('distributions', () => {
	const cases: [string, Distribution][] = [
		['triangular', { kind: 'triangular', low: d(0), mode: d(3), high: d(6) }],
		['pert', { kind: 'pert', low: d(0), mode: d(1), high: d(10) }],
		['uniform', { kind: 'uniform', low: d(2), high: d(4) }],
		['beta', { kind: 'beta', alpha: d('0.5'), beta: d(3) }]
	];
	it.each(cases)('%s draws average to its exact mean', (_name, distribution) => {
		const draw = sampler(distribution);
		const random = seededRandom(3);
		let sum = 0;
		for (let i = 0; i < 100_000; i++) sum += draw(random);
		expect(sum / 100_000).toBeCloseTo(mean(distribution).toNumber(), 1);
	});
});
