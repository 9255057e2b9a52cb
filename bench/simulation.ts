import { D, seededRandom, type Scenario, type UncertainInput } from '../src/lib/engine';
import { benchScenario } from './portfolio';

/** The benchmark portfolio with every unit cost (PERT) and every probability (triangular) uncertain. */
export function uncertainPortfolio(cases: number): {
	scenario: Scenario;
	uncertain: UncertainInput[];
} {
	const scenario = benchScenario(cases);
	const unitCosts = new Set(scenario.cases.flatMap((c) => c.effects.map((e) => e.unitCostId)));
	const uncertain: UncertainInput[] = [...unitCosts].map((id) => {
		const amount = scenario.unitCosts.get(id)!.amount;
		return {
			input: `unitCost:${id}`,
			distribution: {
				kind: 'pert',
				low: amount.times('0.75'),
				mode: amount,
				high: amount.times('1.5')
			}
		};
	});
	for (const c of scenario.cases)
		for (const e of c.effects) {
			const p = e.probabilityWithout;
			uncertain.push({
				input: `effect:${c.id}/${e.id}:probabilityWithout`,
				distribution: {
					kind: 'triangular',
					low: p.times('0.5'),
					mode: p,
					high: D.min(p.times('1.5'), new D(1))
				}
			});
		}
	return { scenario, uncertain };
}

/**
 * The same simulation written out by hand over flat Float64Arrays, with no model compilation,
 * no slots and no samplers: the yardstick the engine's simulation is measured against.
 */
export function plainLoop(scenario: Scenario, draws: number, seed: number): number {
	const lines = scenario.cases.flatMap((c) =>
		c.effects.map((e) => ({
			amount: scenario.unitCosts.get(e.unitCostId)!.amount.toNumber(),
			q: e.quantity.toNumber() * 0.8,
			p: e.probabilityWithout.toNumber(),
			pWith: e.probabilityWith.toNumber(),
			start: e.startYear,
			duration: e.durationYears,
			keep: 1 - e.adjustments.dropOff.toNumber(),
			count: c.count.toNumber()
		}))
	);
	const n = lines.length;
	const q = Float64Array.from(lines, (l) => l.q * l.count);
	const p = Float64Array.from(lines, (l) => l.p);
	const pWith = Float64Array.from(lines, (l) => l.pWith);
	const amount = Float64Array.from(lines, (l) => l.amount);
	const start = Int32Array.from(lines, (l) => l.start);
	const end = Int32Array.from(lines, (l) => Math.min(l.start + l.duration, 10));
	const keep = Float64Array.from(lines, (l) => l.keep);
	const factors = Float64Array.from({ length: 10 }, (_, t) => 1 / 1.0225 ** t);
	const random = seededRandom(seed);
	let total = 0;
	for (let draw = 0; draw < draws; draw++) {
		let npv = 0;
		for (let i = 0; i < n; i++) {
			const u = random();
			const a = p[i]! * 0.5;
			const b = Math.min(p[i]! * 1.5, 1);
			const m = p[i]!;
			const split = b === a ? 0 : (m - a) / (b - a);
			const pDraw =
				u < split
					? a + Math.sqrt(u * (b - a) * (m - a))
					: b - Math.sqrt((1 - u) * (b - a) * (b - m));
			let span = 0;
			let weight = 1;
			for (let t = start[i]!; t < end[i]!; t++) {
				span += weight * factors[t]!;
				weight *= keep[i]!;
			}
			npv += q[i]! * amount[i]! * (pDraw - pWith[i]!) * span;
		}
		total += npv;
	}
	return total / draws;
}

/** A line of the deterministic portfolio in plain numbers, read once from the scenario. */
interface PlainLine {
	payer: string;
	start: number;
	end: number;
	/** Its value in its first year, before discounting. */
	value: number;
	keep: number;
}

/**
 * The deterministic portfolio's lines in plain numbers (quantity × households × unit cost ×
 * change in probability × what is attributed; a cost line the same, negative), so the
 * yardstick below measures arithmetic, not reading decimals.
 */
export function plainLines(scenario: Scenario): PlainLine[] {
	const horizon = scenario.assumptions.horizonYears;
	return scenario.cases.flatMap((c) => {
		const count = c.count.toNumber();
		const costs = c.costs.map((cost) => {
			const unit = scenario.unitCosts.get(cost.unitCostId)!;
			const value = -cost.quantity.toNumber() * count * unit.amount.toNumber();
			return { payer: unit.payer, start: cost.year, end: cost.year + 1, value, keep: 1 };
		});
		const effects = c.effects.map((e) => {
			const unit = scenario.unitCosts.get(e.unitCostId)!;
			const value =
				e.quantity.toNumber() *
				count *
				unit.amount.toNumber() *
				(e.probabilityWithout.toNumber() - e.probabilityWith.toNumber()) *
				(1 - e.adjustments.attribution.toNumber());
			const end = Math.min(e.startYear + e.durationYears, horizon);
			const keep = 1 - e.adjustments.dropOff.toNumber();
			return { payer: unit.payer, start: e.startYear, end, value, keep };
		});
		return [...costs, ...effects];
	});
}

/**
 * The portfolio's arithmetic over those lines: each line's value per year, dropping off year by
 * year, discounted, added up by payer and by year. No exact decimals, no lines kept, no
 * provenance: the yardstick the exact engine's deterministic pricing is measured against.
 */
export function plainPortfolio(lines: readonly PlainLine[], horizon: number) {
	const factors = Array.from({ length: horizon }, (_, t) => 1 / 1.0225 ** t);
	const byPayer = new Map<string, number>();
	const byYear = new Float64Array(horizon);
	let npv = 0;
	for (const line of lines) {
		let weight = 1;
		let sum = 0;
		for (let t = line.start; t < line.end; t++) {
			const present = line.value * weight * factors[t]!;
			byYear[t]! += present;
			sum += present;
			weight *= line.keep;
		}
		byPayer.set(line.payer, (byPayer.get(line.payer) ?? 0) + sum);
		npv += sum;
	}
	return { npv, byPayer, byYear };
}
