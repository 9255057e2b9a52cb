import type { ScenarioInput } from '../schemas/scenario';

/** How often each unit cost is used in these scenarios' lines and events, for the picker's order. */
export function unitCostUsage(
	scenarios: Iterable<Pick<ScenarioInput, 'cases'>>
): Map<string, number> {
	const usage = new Map<string, number>();
	const count = (id: unknown) => {
		if (typeof id === 'string') usage.set(id, (usage.get(id) ?? 0) + 1);
	};
	for (const scenario of scenarios)
		for (const c of scenario.cases ?? []) {
			for (const line of [...(c.costs ?? []), ...(c.effects ?? [])]) count(line.unitCostId);
			for (const event of [...(c.timelines?.intervention ?? []), ...(c.timelines?.reference ?? [])])
				count(event.unitCostId);
		}
	return usage;
}

/** Two counts added up: the browser's own cases and the organisation's. */
export function addUsage(...counts: ReadonlyMap<string, number>[]): Map<string, number> {
	const total = new Map<string, number>();
	for (const usage of counts) for (const [id, n] of usage) total.set(id, (total.get(id) ?? 0) + n);
	return total;
}
