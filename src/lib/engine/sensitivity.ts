import { computeScenario } from './compute';
import { D, ONE, ZERO, type Dec } from './decimal';
import { DISCOUNT_RATE_INPUT, lineInput, unitCostInput } from './input-id';
import type { Adjustments, Case, Effect, ReferenceEvent, Scenario, UncertainInput } from './model';
import { EFFECT_ADJUSTMENTS, type BilingualText } from './vocabulary';

/** One input that can be moved while the rest is held (docs/method.md, "Uncertainty"). */
export interface SensitivityInput {
	/** unitCost:ID, effect:CASE/EFFECT:FIELD, event:CASE/EVENT:FIELD or assumption:discountRate. */
	id: string;
	kind: 'unitCost' | 'probability' | 'adjustment' | 'discountRate';
	/** The unit cost's name, or the effect's as the user wrote it (the same in both languages). */
	label: BilingualText;
	base: Dec;
	low: Dec;
	high: Dec;
	apply: (scenario: Scenario, value: Dec) => Scenario;
}

const SPREAD = new D('0.25');

const clampFraction = (value: Dec) => D.max(ZERO, D.min(ONE, value));
const spread = (base: Dec, fraction = false) => {
	const [low, high] = [base.times(ONE.minus(SPREAD)), base.times(ONE.plus(SPREAD))];
	return fraction ? { low: clampFraction(low), high: clampFraction(high) } : { low, high };
};

function withCase(scenario: Scenario, index: number, change: (c: Case) => Case): Scenario {
	return { ...scenario, cases: scenario.cases.map((c, i) => (i === index ? change(c) : c)) };
}

function effectInputs(scenario: Scenario, caseIndex: number): SensitivityInput[] {
	const c = scenario.cases[caseIndex]!;
	const setEffect = (j: number, change: (e: Effect) => Effect) => (s: Scenario) =>
		withCase(s, caseIndex, (k) => ({
			...k,
			effects: k.effects.map((e, i) => (i === j ? change(e) : e))
		}));
	const setEvent = (j: number, change: (e: ReferenceEvent) => ReferenceEvent) => (s: Scenario) =>
		withCase(s, caseIndex, (k) => ({
			...k,
			timelines: {
				...k.timelines!,
				reference: k.timelines!.reference.map((e, i) => (i === j ? change(e) : e))
			}
		}));
	const inputs: SensitivityInput[] = [];
	const add = (
		where: string,
		label: BilingualText,
		probability: { field: string; value: Dec; set: (value: Dec) => (s: Scenario) => Scenario },
		adjustments: Adjustments,
		setAdjustment: (key: keyof Adjustments, value: Dec) => (s: Scenario) => Scenario
	) => {
		if (!probability.value.isZero())
			inputs.push({
				id: `${where}:${probability.field}`,
				kind: 'probability',
				label,
				base: probability.value,
				...spread(probability.value, true),
				apply: (s, v) => probability.set(v)(s)
			});
		for (const key of EFFECT_ADJUSTMENTS) {
			const value = adjustments[key];
			if (!value.isZero())
				inputs.push({
					id: `${where}:${key}`,
					kind: 'adjustment',
					// the field it corrects is in the id; the interface words it
					label,
					base: value,
					...spread(value, true),
					apply: (s, v) => setAdjustment(key, v)(s)
				});
		}
	};
	c.effects.forEach((e, j) =>
		add(
			lineInput('effect', c.id, e.id),
			{ nl: e.label, en: e.label },
			{
				field: 'probabilityWithout',
				value: e.probabilityWithout,
				set: (v) => setEffect(j, (x) => ({ ...x, probabilityWithout: v }))
			},
			e.adjustments,
			(key, v) => setEffect(j, (x) => ({ ...x, adjustments: { ...x.adjustments, [key]: v } }))
		)
	);
	c.timelines?.reference.forEach((e, j) =>
		add(
			lineInput('event', c.id, e.id),
			{ nl: e.label, en: e.label },
			{
				field: 'probability',
				value: e.probability,
				set: (v) => setEvent(j, (x) => ({ ...x, probability: v }))
			},
			e.adjustments,
			(key, v) => setEvent(j, (x) => ({ ...x, adjustments: { ...x.adjustments, [key]: v } }))
		)
	);
	return inputs;
}

/** Every input that matters: the unit costs used, probabilities and adjustments, the discount rate. */
export function sensitivityInputs(scenario: Scenario): SensitivityInput[] {
	const used = new Set(
		computeScenario(scenario)
			.lines.filter((l) => l.counted)
			.map((l) => l.unitCost.id)
	);
	const unitCosts: SensitivityInput[] = [...used].map((id) => {
		const cost = scenario.unitCosts.get(id)!;
		const range = cost.low && cost.high ? { low: cost.low, high: cost.high } : spread(cost.amount);
		return {
			id: unitCostInput(id),
			kind: 'unitCost',
			label: cost.label,
			base: cost.amount,
			...range,
			apply: (s, value) => ({
				...s,
				unitCosts: new Map(s.unitCosts).set(id, { ...s.unitCosts.get(id)!, amount: value })
			})
		};
	});
	const rate = scenario.assumptions.discountRate;
	const discount: SensitivityInput[] = rate.isZero()
		? []
		: [
				{
					id: DISCOUNT_RATE_INPUT,
					kind: 'discountRate',
					label: { nl: 'discontovoet', en: 'discount rate' },
					base: rate,
					...spread(rate),
					apply: (s, value) => ({ ...s, assumptions: { ...s.assumptions, discountRate: value } })
				}
			];
	return [
		...unitCosts,
		...scenario.cases.flatMap((_, i) => effectInputs(scenario, i)),
		...discount
	];
}

export interface TornadoBar {
	input: SensitivityInput;
	low: { value: Dec; npv: Dec };
	high: { value: Dec; npv: Dec };
	/** |NPV(high) − NPV(low)|: how far this input alone moves the net value. */
	swing: Dec;
}

const societalNpv = (scenario: Scenario) => computeScenario(scenario).total.societal.npv;

/** Each input moved to its low and its high value with the rest held, ranked by swing in NPV. */
export function tornado(scenario: Scenario): TornadoBar[] {
	return sensitivityInputs(scenario)
		.map((input) => {
			const low = { value: input.low, npv: societalNpv(input.apply(scenario, input.low)) };
			const high = { value: input.high, npv: societalNpv(input.apply(scenario, input.high)) };
			return { input, low, high, swing: high.npv.minus(low.npv).abs() };
		})
		.sort((a, b) => b.swing.comparedTo(a.swing) || a.input.id.localeCompare(b.input.id));
}

/**
 * Where a scenario names no distributions: a triangular one over each input's low, value and
 * high, so a first simulation shows how far the sensitivity ranges reach together.
 */
export function defaultUncertainty(scenario: Scenario): UncertainInput[] {
	return sensitivityInputs(scenario).map((input) => ({
		input: input.id,
		distribution: { kind: 'triangular', low: input.low, mode: input.base, high: input.high }
	}));
}

/**
 * What the calculator's Monte Carlo draws: the scenario's own distributions, and for every other
 * input its default (a measured posterior thus replaces one input's range, not all of them).
 */
export function uncertaintyWithDefaults(scenario: Scenario): UncertainInput[] {
	const own = scenario.uncertainty ?? [];
	const named = new Set(own.map((u) => u.input));
	return [...defaultUncertainty(scenario).filter((u) => !named.has(u.input)), ...own];
}
