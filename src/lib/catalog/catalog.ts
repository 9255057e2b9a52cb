import * as z from 'zod';
import type { UnitCost } from '../engine/model';
import { citation, unitCostSchema, type UnitCostEntry } from '../schemas/unit-cost';
import raw from './data/unit-costs.json';

export const catalogSchema = z
	.strictObject({
		version: z.string().min(1),
		date: z.iso.date(),
		description: z.string(),
		entries: z.array(unitCostSchema),
		/** What no source yet supports: listed, never filled with a guess. */
		gaps: z.array(z.strictObject({ topic: z.string().min(1), note: z.string().min(1) })).default([])
	})
	.superRefine((catalog, ctx) => {
		const seen = new Set<string>();
		catalog.entries.forEach((entry, i) => {
			if (seen.has(entry.id))
				ctx.addIssue({
					code: 'custom',
					path: ['entries', i, 'id'],
					message: `duplicate id ${entry.id}`
				});
			seen.add(entry.id);
		});
	});

export type Catalog = z.output<typeof catalogSchema>;

/** The catalog shipped with Effectwijzer, validated when first loaded. */
export const CATALOG: Catalog = catalogSchema.parse(raw);

export function toEngineUnitCost(entry: UnitCostEntry, overridden = false): UnitCost {
	return {
		id: entry.id,
		label: `${entry.label.nl} / ${entry.label.en}`,
		amount: entry.amount,
		unit: entry.unit,
		priceYear: entry.priceYear,
		payer: entry.payer,
		domain: entry.domain,
		valueType: entry.valueType,
		grade: entry.grade,
		source: citation(entry.source),
		overridden
	};
}

/**
 * The unit costs a scenario is priced with: the catalog, with the scenario's own entries added
 * and, where an id is already in the catalog, overriding it (and marked as overridden).
 */
export function unitCostsFor(
	catalog: Catalog,
	own: readonly UnitCostEntry[]
): Map<string, UnitCost> {
	const costs = new Map(catalog.entries.map((entry) => [entry.id, toEngineUnitCost(entry)]));
	for (const entry of own) costs.set(entry.id, toEngineUnitCost(entry, costs.has(entry.id)));
	return costs;
}
