import type { ResultLine } from './result';

/**
 * Effects that measure the same change share an overlap group; only the one with the largest
 * present value counts, the others are kept visible but marked as dropped (docs/method.md, "Chains and overlap").
 * Ties keep the first entered, so the outcome never depends on sort stability.
 */
export function dropOverlaps(
	effects: ResultLine[],
	groupOf: (line: ResultLine) => string | undefined
): void {
	const largest = new Map<string, ResultLine>();
	for (const line of effects) {
		const group = groupOf(line);
		if (group === undefined || !line.counted) continue;
		const best = largest.get(group);
		if (!best || line.presentValue.gt(best.presentValue)) largest.set(group, line);
	}
	for (const line of effects) {
		const group = groupOf(line);
		if (group === undefined || !line.counted) continue;
		const kept = largest.get(group)!;
		if (kept === line) continue;
		line.counted = false;
		line.excludedBecause = 'overlap';
		line.overlapKeptId = kept.id;
	}
}
