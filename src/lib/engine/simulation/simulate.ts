import { compile, type CompiledModel } from './compile';
import { sampler } from './distributions';
import { seededRandom } from './random';
import { validateUncertainty } from './validate-uncertainty';
import { ProblemsError } from '../problems';
import type { Scenario, UncertainInput } from '../model';

export interface Summary {
	mean: number;
	/** Standard error of the mean: the spread of the mean over repeated runs. */
	standardError: number;
	p5: number;
	p50: number;
	p95: number;
}

export interface SimulationResult {
	draws: number;
	seed: number;
	npv: Summary;
	/** Return per euro (BCR); draws with no cost are left out of it. */
	bcr: Summary;
	/** Share of draws with NPV ≥ 0: the odds of at least breaking even. */
	breakEvenOdds: number;
	/** Every draw's NPV, for a histogram. */
	npvDraws: Float64Array;
}

export interface SimulationOptions {
	draws: number;
	seed: number;
	/** Called every `progressEvery` draws; return false to cancel. */
	onProgress?: (done: number) => boolean | void;
	progressEvery?: number;
}

/** Discount factors for one rate, filled into `into` (docs/method.md, "Discounting and totals"). */
function fillDiscountFactors(into: Float64Array, rate: number, yearOne: boolean): void {
	for (let t = 0; t < into.length; t++) into[t] = 1 / (1 + rate) ** (yearOne ? t + 1 : t);
}

/** Where one draw is worked out; allocated once per simulation. */
interface DrawState {
	factors: Float64Array;
	/** Per line: the discounted span of years, when no draw can change it (see `fixSpans`). */
	spans: Float64Array;
	spanFixed: Uint8Array;
	pv: Float64Array;
	pWithout: Float64Array;
	pWith: Float64Array;
	best: Int32Array;
}

/** A line's years, each discounted and weighted by what is left after drop-off. */
function discountedSpan(model: CompiledModel, factors: Float64Array, i: number): number {
	const { values, lines } = model;
	const keep = 1 - values[lines.dropOff[i]!]!;
	const start = lines.start[i]!;
	const end = Math.min(start + lines.duration[i]!, factors.length);
	let span = 0;
	let weight = 1;
	for (let t = start; t < end; t++) {
		span += weight * factors[t]!;
		weight *= keep;
	}
	return span;
}

/**
 * Works out once the spans no draw changes: those of lines whose drop-off is certain, when the
 * discount rate is certain too. Most lines are, and the span was half of each draw's work.
 */
function fixSpans(model: CompiledModel, state: DrawState, randomSlots: ReadonlySet<number>): void {
	if (randomSlots.has(model.rateSlot)) return;
	for (let i = 0; i < state.spans.length; i++) {
		if (randomSlots.has(model.lines.dropOff[i]!)) continue;
		state.spans[i] = discountedSpan(model, state.factors, i);
		state.spanFixed[i] = 1;
	}
}

/** One draw: NPV and the costs, from the current `values` (float arithmetic, for speed). */
function evaluate(model: CompiledModel, state: DrawState): [number, number] {
	const { values, lines } = model;
	const { pv, pWithout, pWith, best } = state;
	const n = lines.isCost.length;
	best.fill(-1);
	for (let i = 0; i < n; i++) {
		let first = lines.constant[i]! * values[lines.amount[i]!]!;
		if (lines.isCost[i] === 0) {
			const parent = lines.parent[i]!;
			const up = parent >= 0 ? pWithout[parent]! : 1;
			const upWith = parent >= 0 ? pWith[parent]! : 1;
			pWithout[i] = values[lines.p[i]!]! * up;
			pWith[i] = values[lines.pWith[i]!]! * upWith;
			const a = lines.adjustments[i]!;
			first *=
				(pWithout[i]! - pWith[i]!) * (1 - values[a]!) * (1 - values[a + 1]!) * (1 - values[a + 2]!);
		}
		pv[i] =
			first *
			(state.spanFixed[i] === 1 ? state.spans[i]! : discountedSpan(model, state.factors, i));
		const group = lines.group[i]!;
		if (group >= 0 && (best[group]! < 0 || pv[i]! > pv[best[group]!]!)) best[group] = i;
	}
	let benefits = 0;
	let costs = 0;
	for (let i = 0; i < n; i++) {
		const group = lines.group[i]!;
		if (group >= 0 && best[group] !== i) continue;
		if (lines.isCost[i] === 1) costs += pv[i]! * lines.count[i]!;
		else benefits += pv[i]! * lines.count[i]!;
	}
	return [benefits - costs, costs];
}

function summarise(values: Float64Array): Summary {
	const sorted = Float64Array.from(values).sort();
	const n = sorted.length;
	let sum = 0;
	for (const v of sorted) sum += v;
	const mean = sum / n;
	let squares = 0;
	for (const v of sorted) squares += (v - mean) ** 2;
	const quantile = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))]!;
	return {
		mean,
		standardError: Math.sqrt(squares / Math.max(1, n - 1) / n),
		p5: quantile(0.05),
		p50: quantile(0.5),
		p95: quantile(0.95)
	};
}

/**
 * Monte Carlo over the uncertain inputs (docs/method.md, "Uncertainty"): N draws from a seeded
 * generator, so a run repeats exactly. Floating point for speed; the exact engine stays the
 * reference, and the tests hold the mean to it. Returns null when cancelled.
 */
export function simulate(
	scenario: Scenario,
	uncertain: readonly UncertainInput[],
	options: SimulationOptions
): SimulationResult | null {
	const problems = validateUncertainty({ ...scenario, uncertainty: [...uncertain] });
	if (problems.length > 0) throw new ProblemsError(problems);
	const model = compile(scenario, uncertain);
	const random = seededRandom(options.seed);
	const slots = Int32Array.from(model.random, ({ slot }) => slot);
	const samplers = model.random.map(({ distribution }) => sampler(distribution));
	const n = model.lines.isCost.length;
	const state: DrawState = {
		factors: new Float64Array(model.horizon),
		spans: new Float64Array(n),
		spanFixed: new Uint8Array(n),
		pv: new Float64Array(n),
		pWithout: new Float64Array(n),
		pWith: new Float64Array(n),
		best: new Int32Array(model.groups)
	};
	const { factors } = state;
	const rateIsRandom = slots.includes(model.rateSlot);
	fillDiscountFactors(factors, model.values[model.rateSlot]!, model.yearOne);
	fixSpans(model, state, new Set(slots));
	const npv = new Float64Array(options.draws);
	const bcr: number[] = [];
	let breakEven = 0;
	const every = options.progressEvery ?? 1000;
	for (let draw = 0; draw < options.draws; draw++) {
		for (let k = 0; k < slots.length; k++) model.values[slots[k]!] = samplers[k]!(random);
		if (rateIsRandom) fillDiscountFactors(factors, model.values[model.rateSlot]!, model.yearOne);
		const [net, costs] = evaluate(model, state);
		npv[draw] = net;
		if (costs !== 0) bcr.push((net + costs) / costs);
		if (net >= 0) breakEven++;
		if (options.onProgress && (draw + 1) % every === 0 && options.onProgress(draw + 1) === false)
			return null;
	}
	return {
		draws: options.draws,
		seed: options.seed,
		npv: summarise(npv),
		bcr: summarise(Float64Array.from(bcr.length > 0 ? bcr : [Number.NaN])),
		breakEvenOdds: breakEven / options.draws,
		npvDraws: npv
	};
}
