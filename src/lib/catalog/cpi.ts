import * as z from 'zod/mini';
import { D, indexYearRange, ONE, type Dec, type PriceIndex } from '../engine';
import { decimalSchema } from '../schemas/decimal';
import { citation, sourceSchema } from '../schemas/unit-cost';
import raw from './data/cpi-cbs-83131.json';

const HUNDRED = new D(100);

export const yearlyChangeIndexSchema = z.strictObject({
	id: z.string().check(z.minLength(1)),
	label: z.string().check(z.minLength(1)),
	base: z.string().check(z.minLength(1)),
	baseYear: z.int(),
	source: sourceSchema,
	note: z.optional(z.string()),
	yearlyChangePct: z.record(z.string().check(z.regex(/^\d{4}$/)), decimalSchema)
});

/**
 * Chains yearly % changes into an index with 100 in the base year: I[y] = I[y−1] × (1 + c_y / 100).
 * The years must be consecutive, so no gap is ever bridged silently.
 */
export function chainIndex(baseYear: number, changes: ReadonlyMap<number, Dec>): Map<number, Dec> {
	const years = [...changes.keys()].sort((a, b) => a - b);
	years.forEach((year, i) => {
		if (i > 0 && year !== years[i - 1]! + 1)
			throw new RangeError(`CPI has no change for ${year - 1}`);
	});
	if (!changes.has(baseYear) && !changes.has(baseYear + 1))
		throw new RangeError(`CPI does not reach its base year ${baseYear}`);
	const factor = (year: number) => ONE.plus(changes.get(year)!.dividedBy(HUNDRED));
	const index = new Map<number, Dec>([[baseYear, HUNDRED]]);
	for (let year = baseYear + 1; changes.has(year); year++)
		index.set(year, index.get(year - 1)!.times(factor(year)));
	for (let year = baseYear - 1; changes.has(year + 1) && changes.has(year); year--)
		index.set(year, index.get(year + 1)!.dividedBy(factor(year + 1)));
	return index;
}

function loadCpi(): PriceIndex & { label: string } {
	const data = yearlyChangeIndexSchema.parse(raw);
	const changes = new Map(
		Object.entries(data.yearlyChangePct).map(([year, pct]) => [Number(year), pct])
	);
	return {
		id: data.id,
		label: data.label,
		source: citation(data.source),
		values: chainIndex(data.baseYear, changes)
	};
}

/** The CBS consumer price index, 2015 = 100, as shipped with the catalog. */
export const CBS_CPI = loadCpi();

/**
 * The index extended with a user's forecast of yearly % changes for the years right after it ends.
 * The forecast must start the year after the index's last and run without gaps; the years it adds
 * are marked so that every report can label them.
 */
export function withForecast(
	index: PriceIndex,
	label: string,
	changes: ReadonlyMap<number, Dec>
): { ok: true; index: PriceIndex } | { ok: false; expectedYear: number; year: number } {
	const values = new Map(index.values);
	let year = indexYearRange(index).last + 1;
	for (const forecastYear of [...changes.keys()].sort((a, b) => a - b)) {
		if (forecastYear !== year) return { ok: false, expectedYear: year, year: forecastYear };
		values.set(year, values.get(year - 1)!.times(ONE.plus(changes.get(year)!.dividedBy(HUNDRED))));
		year++;
	}
	return {
		ok: true,
		index: { ...index, values, forecast: { label, years: new Set(changes.keys()) } }
	};
}
