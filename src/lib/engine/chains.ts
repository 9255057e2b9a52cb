import type { Dec } from './decimal';
import type { Effect } from './model';

/** An effect's probabilities after multiplying along its chain of parents. */
export interface ChainProbabilities {
	ancestors: string[];
	probabilityWithout: Dec;
	probabilityWith: Dec;
}

/**
 * Multiplies conditional probabilities along "leads to" chains (docs/method.md, "Chains and overlap"):
 * P(child) = p(child | parent) × P(parent), both without and with the intervention, so a household
 * is never counted as both evicted and not. Chains are validated acyclic before this runs.
 */
export function chainProbabilities(effects: readonly Effect[]): Map<string, ChainProbabilities> {
	const byId = new Map(effects.map((effect) => [effect.id, effect]));
	const resolved = new Map<string, ChainProbabilities>();
	const resolve = (effect: Effect): ChainProbabilities => {
		const known = resolved.get(effect.id);
		if (known) return known;
		const parent = effect.parentId === undefined ? undefined : byId.get(effect.parentId);
		let result: ChainProbabilities;
		if (!parent) {
			result = {
				ancestors: [],
				probabilityWithout: effect.probabilityWithout,
				probabilityWith: effect.probabilityWith
			};
		} else {
			const up = resolve(parent);
			result = {
				ancestors: [parent.id, ...up.ancestors],
				probabilityWithout: effect.probabilityWithout.times(up.probabilityWithout),
				probabilityWith: effect.probabilityWith.times(up.probabilityWith)
			};
		}
		resolved.set(effect.id, result);
		return result;
	};
	effects.forEach(resolve);
	return resolved;
}
