import * as z from 'zod/mini';
import type { ReturnBand, UsualQuantity } from '../engine';
import { decimalIn } from '../schemas/decimal';
import { paragraphText } from '../schemas/text';
import raw from './data/usual-quantities.json';

const words = z.strictObject({ nl: z.string().check(z.minLength(1)), en: z.string() });
const reason = z.strictObject({ nl: paragraphText(), en: paragraphText() });
const bound = () => decimalIn(0, 1_000_000);

const boundSchema = z.strictObject({
	high: bound(),
	yearHolds: z.optional(bound()),
	reason
});

const usualQuantitiesSchema = z.strictObject({
	version: z.string(),
	description: z.string(),
	byUnit: z.record(z.string(), z.extend(boundSchema, { counts: words })),
	byId: z.record(z.string(), boundSchema),
	returnPerEuro: z.strictObject({
		published: z.strictObject({
			low: bound(),
			high: bound(),
			sources: z.array(z.string()).check(z.minLength(1))
		}),
		askAbove: bound(),
		reason
	})
});

const USUAL = usualQuantitiesSchema.parse(raw);

/** The unit as the catalog writes it, so an organisation's "Per Nacht " finds the same bound. */
const unitKey = (unit: string) => unit.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

const BY_UNIT = new Map(Object.entries(USUAL.byUnit).map(([unit, b]) => [unitKey(unit), b]));

/** What a quantity of this unit counts ("nachten"), where the unit is one the catalog knows. */
export function quantityCounts(unit: string): { nl: string; en: string } | undefined {
	return BY_UNIT.get(unitKey(unit))?.counts;
}

/** The usual quantity per household and year for a unit cost: its own bound, or its unit's. */
export function usualQuantityOf(id: string, unit: string): UsualQuantity | undefined {
	const byUnit = BY_UNIT.get(unitKey(unit));
	if (!byUnit) return undefined;
	const own = USUAL.byId[id];
	const { high, yearHolds, reason } = own ?? byUnit;
	return { counts: byUnit.counts, high, reason, ...(yearHolds ? { yearHolds } : {}) };
}

/** Published returns per euro and the figure above which a case is asked why, with sources. */
export const RETURN_BAND: ReturnBand & { sources: readonly string[] } = {
	low: USUAL.returnPerEuro.published.low,
	high: USUAL.returnPerEuro.published.high,
	askAbove: USUAL.returnPerEuro.askAbove,
	sources: USUAL.returnPerEuro.published.sources,
	reason: USUAL.returnPerEuro.reason
};

/** The units the catalog gives a usual quantity for, for the test that every entry has one. */
export const KNOWN_UNITS: ReadonlySet<string> = new Set(BY_UNIT.keys());

/** The ids given their own bound. */
export const OWN_BOUNDS: readonly string[] = Object.keys(USUAL.byId);
