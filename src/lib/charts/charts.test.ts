import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeScenario, D, tornado } from '../engine';
import { parseScenario } from '../calculate/calculate';
import { bandScale, cumulativePath, valueScale } from './scales';
import { linesBehind } from './figures';
import {
	cumulativeSeries,
	histogramBins,
	payerBars,
	payerGroups,
	tornadoRows,
	waterfallSteps
} from './series';

function scenarioOf(name: string) {
	const outcome = parseScenario(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
	if (!outcome.ok) throw new Error('example does not validate');
	return outcome.scenario;
}

function example(name: string) {
	const outcome = parseScenario(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
	if (!outcome.ok) throw new Error('example does not validate');
	return computeScenario(outcome.scenario);
}

const box = { width: 220, height: 120, margin: { top: 10, right: 10, bottom: 10, left: 10 } };

describe('chart maths', () => {
	it('draws the cumulative net value as an exact path', () => {
		const points = [
			{ year: 0, value: -100, exact: new D(-100) },
			{ year: 1, value: 50, exact: new D(50) },
			{ year: 2, value: 200, exact: new D(200) }
		];
		// x: years 0–2 onto 10–210; y: −100…200 onto 110…10
		expect(cumulativePath(points, box).d).toBe('M10,110L110,60L210,10');
	});

	it('keeps 0 inside a value scale, so bars start at the axis', () => {
		expect(valueScale([5, 20], [100, 0]).domain()).toEqual([0, 20]);
		expect(valueScale([-30, -5], [100, 0]).domain()).toEqual([-30, 0]);
		expect(valueScale([0, 0], [100, 0]).domain()).toEqual([-1, 1]);
	});

	it('gives every band its own slot', () => {
		const scale = bandScale(['a', 'b'], [0, 100], 0);
		expect([scale('a'), scale('b'), scale.bandwidth()]).toEqual([0, 50, 50]);
	});

	it('walks the waterfall from the investment through what is avoided to the net value', () => {
		const result = example('maatwerk-huurachterstand');
		const steps = waterfallSteps(result);
		expect(steps.map((s) => [s.kind, s.key])).toEqual([
			['investment', 'gemeente-overig'],
			['investment', 'gemeente-wmo'],
			['avoided', 'wonen'],
			['avoided', 'schulden-inkomen'],
			['avoided', 'ggz'],
			['net', 'net']
		]);
		expect(steps[0]).toMatchObject({ from: 0, to: -300 });
		const last = steps.at(-2)!;
		expect(last.to).toBeCloseTo(steps.at(-1)!.to, 9);
		expect(steps.at(-1)!.value.toFixed(2)).toBe('4895.07');
	});

	it("puts the payer who saves most first, and the municipality's total above its budgets", () => {
		const bars = payerBars(example('maatwerk-huurachterstand'));
		expect(bars.map((b) => `${b.level}:${b.key}`)).toEqual([
			'alone:woningcorporatie',
			'group:gemeente',
			'part:gemeente-schuldhulp',
			'part:gemeente-wmo',
			'part:gemeente-overig',
			'alone:zorgverzekeraar'
		]);
		expect(bars[0]).toMatchObject({ invests: -0 });
		// the budget that only invests is the last of the municipality's
		expect(bars[4]).toMatchObject({ invests: -300, saves: 0 });
		expect(bars[1]!.net.toFixed(2)).toBe('1913.84');
	});

	it('compares payers with the municipality’s total above its budgets, in every scenario', () => {
		const results = [example('maatwerk-huurachterstand'), example('jeugd-uithuisplaatsing')];
		const rows = payerGroups(results);
		const group = rows.findIndex((r) => r.key === 'gemeente');
		expect(rows[group]!.level).toBe('group');
		const parts = rows.filter((r) => r.level === 'part' && r.key.startsWith('gemeente-'));
		expect(rows.indexOf(parts[0]!)).toBe(group + 1);
		for (const scenario of [0, 1]) {
			const sum = parts.reduce((total, part) => total.plus(part.nets[scenario]!.exact), new D(0));
			expect(rows[group]!.nets[scenario]!.exact.toFixed(20)).toBe(sum.toFixed(20));
		}
	});

	it('follows the cumulative present value to the total NPV', () => {
		const result = example('jeugd-uithuisplaatsing');
		const series = cumulativeSeries(result, 'societal');
		expect(series[0]!.value).toBeLessThan(0);
		expect(series.at(-1)!.exact.toFixed(2)).toBe(result.total.societal.npv.toFixed(2));
	});

	it('bins simulation draws for a histogram, every draw in exactly one bin', () => {
		const draws = Float64Array.from({ length: 1000 }, (_, i) => (i % 100) - 20);
		const bins = histogramBins(draws, 10);
		expect(bins.reduce((n, b) => n + b.count, 0)).toBe(1000);
		expect(bins[0]!.from).toBe(-20);
		expect(bins.at(-1)!.to).toBeGreaterThanOrEqual(79);
	});

	it('turns tornado bars into numbers, keeping the exact values for the table', () => {
		const bars = tornado(scenarioOf('maatwerk-huurachterstand'));
		const rows = tornadoRows(bars);
		expect(rows[0]!.id).toBe(bars[0]!.input.id);
		expect(rows[0]!.high - rows[0]!.low).toBeCloseTo(
			bars[0]!.high.npv.minus(bars[0]!.low.npv).toNumber(),
			6
		);
	});
});

describe('the lines behind a figure', () => {
	const result = example('maatwerk-huurachterstand');
	const effects = ['uitzetting', 'nachtopvang', 'schuldhulp', 'crisisopname'];
	const costs = ['betaling', 'wijkcoach'];
	it.each([
		['every counted line of the total', { slice: result.total }, [...costs, ...effects]],
		[
			'the investment of the societal case',
			{ slice: result.total, view: 'societal', kind: 'cost' },
			costs
		],
		[
			'what the societal case avoids',
			{ slice: result.total, view: 'societal', kind: 'effect' },
			effects
		],
		// the financial case holds public budgets only: all of this case's payers are public
		['the financial net value', { slice: result.total, view: 'financial' }, [...costs, ...effects]],
		[
			'what the housing corporation saves',
			{ slice: result.byPayer.woningcorporatie, kind: 'effect' },
			['uitzetting']
		],
		[
			'the costs of a payer that only saves',
			{ slice: result.byPayer.woningcorporatie, kind: 'cost' },
			[]
		],
		['a payer that is not in the result', { slice: result.byPayer.werkgever }, []]
	] as const)('%s', (_, selection, expected) => {
		expect([...linesBehind(result, selection)].sort()).toEqual([...expected].sort());
	});
});
