import * as z from 'zod/mini';
import { coversYear, indexYearRange, type UnitCost } from '../engine';
import type { Bilingual } from '../i18n/lang';
import { citation, textSchema, unitCostSchema, type UnitCostEntry } from '../schemas/unit-cost';
import { paragraphText } from '../schemas/text';
import raw from './data/unit-costs.json';
import { CBS_CPI } from './cpi';
import { usualQuantityOf } from './usual-quantities';

/** What no source yet supports: listed, never filled with a guess. */
export const gapSchema = z.strictObject({
	topic: textSchema,
	note: z.strictObject({ nl: paragraphText(), en: paragraphText() })
});

export const catalogSchema = z.strictObject({
	version: z.string().check(z.minLength(1)),
	date: z.iso.date(),
	description: z.string(),
	entries: z.array(unitCostSchema),
	/**
	 * Entries taken out of the catalog: no longer offered, but still priced for a case saved
	 * with one, so a release never breaks a saved case. Each says when and why.
	 */
	withdrawn: z._default(
		z.array(
			z.extend(unitCostSchema, {
				withdrawnIn: z.string().check(z.minLength(1)),
				reason: z.strictObject({ nl: paragraphText(), en: paragraphText() })
			})
		),
		[]
	),
	gaps: z._default(z.array(gapSchema), [])
});

export type Catalog = z.output<typeof catalogSchema>;

/** One problem of a catalog's content, placed by CSV line and column or by JSON path. */
export interface CatalogProblem {
	line: number | null;
	column: string | null;
	message: Bilingual;
}

export interface PlacedEntry {
	entry: UnitCostEntry;
	line: number | null;
	/** JSON path of the entry, for a catalog read from JSON. */
	at: string | null;
}

/** What every catalog must be free of, in any format: duplicate ids and unindexable price years. */
export function catalogProblems(entries: readonly PlacedEntry[]): CatalogProblem[] {
	const problems: CatalogProblem[] = [];
	const seen = new Set<string>();
	const { first, last } = indexYearRange(CBS_CPI);
	const place = (line: number | null, at: string | null, field: string, column: string) => ({
		line,
		column: at ? `${at}.${field}` : column
	});
	for (const { entry, line, at } of entries) {
		if (seen.has(entry.id))
			problems.push({
				...place(line, at, 'id', 'id'),
				message: {
					nl: `de id "${entry.id}" komt dubbel voor`,
					en: `the id "${entry.id}" occurs twice`
				}
			});
		seen.add(entry.id);
		if (!coversYear(CBS_CPI, entry.priceYear))
			problems.push({
				...place(line, at, 'priceYear', 'price_year'),
				message: {
					nl: `prijsjaar ${entry.priceYear} valt buiten de CPI (${first}–${last})`,
					en: `price year ${entry.priceYear} lies outside the CPI (${first}–${last})`
				}
			});
	}
	return problems;
}

function loadCatalog(): Catalog {
	const catalog = catalogSchema.parse(raw);
	const problems = catalogProblems([
		...catalog.entries.map((entry, i) => ({ entry, line: null, at: `entries.${i}` })),
		...catalog.withdrawn.map((entry, i) => ({ entry, line: null, at: `withdrawn.${i}` }))
	]);
	if (problems.length > 0)
		throw new Error(problems.map((p) => `${p.column}: ${p.message.en}`).join('; '));
	return catalog;
}

/**
 * The catalog shipped with Effectwijzer, validated when first loaded: what pricing needs. Its
 * notes and gaps are in `published.ts`, for the pages and files that show them, so the
 * calculator's first load does not carry them.
 */
export const CATALOG: Catalog = loadCatalog();

export function toEngineUnitCost(entry: UnitCostEntry, overridden = false): UnitCost {
	const usual = usualQuantityOf(entry.id, entry.unit);
	return {
		id: entry.id,
		label: entry.label,
		amount: entry.amount,
		unit: entry.unit,
		priceYear: entry.priceYear,
		payer: entry.payer,
		domain: entry.domain,
		valueType: entry.valueType,
		grade: entry.grade,
		source: citation(entry.source),
		overridden,
		...(entry.faceValue ? { faceValue: true } : {}),
		...(entry.low ? { low: entry.low } : {}),
		...(entry.high ? { high: entry.high } : {}),
		...(usual ? { usual } : {}),
		...(entry.hours?.length
			? {
					hours: entry.hours.map((h) => ({
						profession: h.profession,
						hours: h.hours,
						source: citation(h.source ?? entry.source)
					}))
				}
			: {})
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
	const costs = new Map(
		[...catalog.withdrawn, ...catalog.entries].map((entry) => [entry.id, toEngineUnitCost(entry)])
	);
	for (const entry of own) costs.set(entry.id, toEngineUnitCost(entry, costs.has(entry.id)));
	return costs;
}
