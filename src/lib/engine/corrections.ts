import { ZERO } from './decimal';
import type { Adjustments, Scenario } from './model';

/** Every correction for what would have happened anyway set to none; the fading stays. */
const uncorrected = (adjustments: Adjustments): Adjustments => ({
	deadweight: ZERO,
	attribution: ZERO,
	displacement: ZERO,
	dropOff: adjustments.dropOff
});

/**
 * The scenario without deadweight, attribution, displacement and optimism: the maximum the
 * Interventiecalculator shows beside the realistic result, so a reader sees how much the
 * corrections take off (docs/method.md, "Realistic beside maximum"). Drop-off is how an effect
 * fades over the years, not a correction for what would have happened anyway, so it stays.
 */
export function withoutCorrections(scenario: Scenario): Scenario {
	return {
		...scenario,
		assumptions: {
			...scenario.assumptions,
			optimism: { ...scenario.assumptions.optimism, enabled: false }
		},
		cases: scenario.cases.map((c) => ({
			...c,
			effects: c.effects.map((e) => ({ ...e, adjustments: uncorrected(e.adjustments) })),
			...(c.timelines
				? {
						timelines: {
							...c.timelines,
							reference: c.timelines.reference.map((r) => ({
								...r,
								adjustments: uncorrected(r.adjustments)
							}))
						}
					}
				: {})
		}))
	};
}
