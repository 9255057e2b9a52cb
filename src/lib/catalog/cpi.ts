import * as z from 'zod/mini';
import { D, indexYearRange, ONE, type Dec, type PriceIndex } from '../engine';
import { decimalSchema } from '../schemas/decimal';
import { citation, sourceSchema } from '../schemas/unit-cost';
import raw from './data/cpi-cbs.json';

const HUNDRED = new D(100);

const cpiTableSchema = z.strictObject({
	/** The table's id at CBS StatLine, such as 83131NED. */
	table: z.string().check(z.regex(/^\d{5}[A-Z]{3}$/)),
	base: z.string().check(z.minLength(1)),
	baseYear: z.int(),
	source: sourceSchema,
	note: z.optional(z.string()),
	yearlyChangePct: z.record(z.string().check(z.regex(/^\d{4}$/)), decimalSchema)
});

/** A price index as the statistics office publishes it: its tables, oldest first, chained. */
export const chainedIndexSchema = z.strictObject({
	id: z.string().check(z.minLength(1)),
	label: z.string().check(z.minLength(1)),
	baseYear: z.int(),
	note: z.optional(z.string()),
	tables: z.array(cpiTableSchema).check(z.minLength(1))
});

export type ChainedIndexData = z.infer<typeof chainedIndexSchema>;

/** Which table a stretch of years of the chained index comes from. */
export interface IndexTable {
	table: string;
	base: string;
	first: number;
	last: number;
	source: string;
}

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

/**
 * The yearly changes of every table as one series. A table must start the year after the one
 * before it ends: an overlap would leave two figures for a year, a gap a year without one.
 */
export function tableChanges(data: ChainedIndexData): {
	changes: Map<number, Dec>;
	tables: IndexTable[];
} {
	const changes = new Map<number, Dec>();
	const tables = data.tables.map((t) => {
		const years = Object.keys(t.yearlyChangePct)
			.map(Number)
			.sort((a, b) => a - b);
		const first = years[0]!;
		const last = years.at(-1)!;
		const before = Math.max(...changes.keys());
		if (changes.size > 0 && first !== before + 1)
			throw new RangeError(`CPI table ${t.table} starts in ${first}, not right after ${before}`);
		for (const year of years) changes.set(year, t.yearlyChangePct[String(year)]!);
		return { table: t.table, base: t.base, first, last, source: citation(t.source) };
	});
	return { changes, tables };
}

function loadCpi(): PriceIndex & { label: string; tables: IndexTable[] } {
	const data = chainedIndexSchema.parse(raw);
	const { changes, tables } = tableChanges(data);
	return {
		id: data.id,
		label: data.label,
		source: tables.map((t) => `${t.source} (${t.first}–${t.last})`).join('; '),
		values: chainIndex(data.baseYear, changes),
		tables
	};
}

/**
 * The CBS consumer price index as shipped with the catalog: its tables chained, 2015 = 100.
 * Its last year is the latest year CBS has published.
 */
export const CBS_CPI = loadCpi();

/**
 * The index extended with a user's forecast of yearly % changes for the years right after it ends.
 * The forecast must run on from the index's last year without gaps; the years it adds are marked
 * so that every report can label them. A forecast year the source has since published gives way
 * to the published figure, so a case saved with a forecast is priced by CBS once CBS has spoken.
 */
export function withForecast(
	index: PriceIndex,
	label: string,
	changes: ReadonlyMap<number, Dec>
): { ok: true; index: PriceIndex } | { ok: false; expectedYear: number; year: number } {
	const values = new Map(index.values);
	let year = indexYearRange(index).last + 1;
	const ahead = [...changes.keys()].filter((y) => y >= year).sort((a, b) => a - b);
	for (const forecastYear of ahead) {
		if (forecastYear !== year) return { ok: false, expectedYear: year, year: forecastYear };
		values.set(year, values.get(year - 1)!.times(ONE.plus(changes.get(year)!.dividedBy(HUNDRED))));
		year++;
	}
	return {
		ok: true,
		index: { ...index, values, forecast: { label, years: new Set(ahead) } }
	};
}

/** The latest year CBS has published a yearly change for: the price year a report uses unless told. */
export const LATEST_PUBLISHED_YEAR = indexYearRange(CBS_CPI).last;

/**
 * Why a report is in the price year it is in, for the line under its assumptions: the latest
 * year CBS has published, or (for a report established earlier) that a later year exists now.
 */
export function priceYearReason(year: number, lang: 'nl' | 'en'): string {
	const table = CBS_CPI.tables.find((t) => t.first <= year && year <= t.last);
	if (year === LATEST_PUBLISHED_YEAR && table)
		return lang === 'nl'
			? `Prijspeil ${year}: het laatste jaar waarvan het CBS de inflatie heeft gepubliceerd (tabel ${table.table})`
			: `Price year ${year}: the latest year for which CBS has published inflation (table ${table.table})`;
	if (year < LATEST_PUBLISHED_YEAR)
		return lang === 'nl'
			? `Prijspeil ${year}; het CBS heeft inmiddels ook ${LATEST_PUBLISHED_YEAR} gepubliceerd`
			: `Price year ${year}; CBS has since published ${LATEST_PUBLISHED_YEAR} as well`;
	return lang === 'nl'
		? `Prijspeil ${year}, met een prognose voor de jaren na ${LATEST_PUBLISHED_YEAR}`
		: `Price year ${year}, with a forecast for the years after ${LATEST_PUBLISHED_YEAR}`;
}
