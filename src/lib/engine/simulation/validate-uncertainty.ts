import { ONE, ZERO, type Dec } from '../decimal';
import type { Scenario, UncertainInput } from '../model';
import { DISCOUNT_RATE_INPUT, fieldInput, unitCostInput } from '../input-id';
import type { Problem } from '../problems';
import { caseLines } from '../timeline';
import { EFFECT_ADJUSTMENTS } from '../vocabulary';

const FRACTION_FIELDS = [
	'probabilityWithout',
	'probability',
	'probabilityWith',
	...EFFECT_ADJUSTMENTS
];

/** The inputs of a scenario that a distribution may be put on, and whether each is a fraction. */
export function uncertainInputIds(scenario: Scenario): Map<string, 'fraction' | 'amount' | 'rate'> {
	const ids = new Map<string, 'fraction' | 'amount' | 'rate'>([[DISCOUNT_RATE_INPUT, 'rate']]);
	for (const id of scenario.unitCosts.keys()) ids.set(unitCostInput(id), 'amount');
	scenario.cases.forEach((c, i) => {
		for (const { item, path } of caseLines(c, `cases[${i}]`).effects) {
			const onTimeline = path.includes('.timelines.');
			for (const field of FRACTION_FIELDS) {
				if (field === (onTimeline ? 'probabilityWithout' : 'probability')) continue;
				// What still happens with the intervention is certain on its own timeline.
				if (field === 'probabilityWith' && path.includes('.timelines.intervention')) continue;
				ids.set(fieldInput(onTimeline ? 'event' : 'effect', c.id, item.id, field), 'fraction');
			}
		}
	});
	return ids;
}

function bounds(d: UncertainInput['distribution']): Dec[] {
	return d.kind === 'beta' ? [] : d.kind === 'uniform' ? [d.low, d.high] : [d.low, d.mode, d.high];
}

/** Every problem of the uncertainty section: unknown inputs, bounds out of order or out of range. */
export function validateUncertainty(scenario: Scenario): Problem[] {
	// a scenario without uncertainty has nothing to check: building every input's id for a
	// 5,000-case portfolio cost three quarters of a second
	if (!scenario.uncertainty?.length) return [];
	const ids = uncertainInputIds(scenario);
	const problems: Problem[] = [];
	(scenario.uncertainty ?? []).forEach(({ input, distribution }, i) => {
		const at = (field: string) => `uncertainty[${i}].${field}`;
		const kind = ids.get(input);
		if (!kind) problems.push({ path: at('input'), code: 'unknown-input', params: { id: input } });
		if (distribution.kind === 'beta') {
			for (const key of ['alpha', 'beta'] as const)
				if (!distribution[key].isPositive() || distribution[key].isZero())
					problems.push({
						path: at(`distribution.${key}`),
						code: 'not-positive',
						params: { value: distribution[key].toString() }
					});
			if (kind && kind !== 'fraction')
				problems.push({
					path: at('distribution.kind'),
					code: 'unknown-input',
					params: { id: `${input} (beta: fractions only)` }
				});
			return;
		}
		const values = bounds(distribution);
		if (values.some((v, j) => j > 0 && v.lt(values[j - 1]!)))
			problems.push({ path: at('distribution'), code: 'distribution-order', params: {} });
		const names = distribution.kind === 'uniform' ? ['low', 'high'] : ['low', 'mode', 'high'];
		values.forEach((value, j) => {
			const path = at(`distribution.${names[j]}`);
			if (kind === 'fraction' && (value.lt(ZERO) || value.gt(ONE)))
				problems.push({ path, code: 'fraction-out-of-range', params: { value: value.toString() } });
			else if (value.isNegative() && !value.isZero())
				problems.push({ path, code: 'negative', params: { value: value.toString() } });
		});
	});
	return problems;
}
