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
