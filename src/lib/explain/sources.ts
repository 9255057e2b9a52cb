import type { Bilingual } from '../i18n/lang';
import { CATALOG } from '../catalog/catalog';
import type { ScenarioResult } from '../engine';

export interface UsedSource {
	unitCostId: string;
	label: Bilingual;
	citation: string;
	/** Only for catalog figures; an organisation's own figure cites its own source. */
	url: string | undefined;
	overridden: boolean;
}

/** The sources behind the lines that count in a result, each once, in line order. */
export function usedSources(result: ScenarioResult): UsedSource[] {
	const seen = new Map<string, UsedSource>();
	for (const line of result.lines) {
		if (!line.counted || seen.has(line.unitCost.id)) continue;
		const entry = CATALOG.entries.find((e) => e.id === line.unitCost.id);
		seen.set(line.unitCost.id, {
			unitCostId: line.unitCost.id,
			label: line.unitCost.label,
			citation: line.unitCost.source,
			url: line.unitCost.overridden ? undefined : entry?.source.url,
			overridden: line.unitCost.overridden
		});
	}
	return [...seen.values()];
}
