import { describe, expect, it } from 'vitest';
import { coversYear, D, DOMAINS, indexAmount, PAYERS } from '../engine';
import { parseScenario } from '../calculate/calculate';
import { CATALOG } from './catalog';
import { PUBLISHED_CATALOG } from './published';
import { labelWithUnit } from './catalog-view';
import { isLastResort, refusedHost, sourceProblem } from './source-policy';
import raw from './data/cpi-cbs.json';
import {
	CBS_CPI,
	chainIndex,
	chainedIndexSchema,
	LATEST_PUBLISHED_YEAR,
	priceYearReason,
	tableChanges,
	withForecast
} from './cpi';

describe('the shipped catalog', () => {
	it('has a version and a date', () => {
		expect(PUBLISHED_CATALOG.version).toMatch(/\S/);
		expect(PUBLISHED_CATALOG.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it.each(PUBLISHED_CATALOG.entries.map((entry) => [entry.id, entry] as const))(
		'%s is sourced, known and indexable',
		(_id, entry) => {
			expect(entry.source.title.length).toBeGreaterThan(0);
			expect(entry.source.publisher.length).toBeGreaterThan(0);
			expect(PAYERS).toContain(entry.payer);
			expect(DOMAINS).toContain(entry.domain);
			expect(coversYear(CBS_CPI, entry.priceYear)).toBe(true);
			if (entry.status === 'derived' || entry.grade >= 4)
				expect(entry.note, 'a proxy or weak figure says why').toBeTruthy();
			if (entry.low && entry.high) expect(entry.low.lte(entry.high)).toBe(true);
		}
	);

	/** An internal key as the reference tables spell it: "homecare_guidance_hour". */
	const INTERNAL_KEY = /\b[a-z]+(?:_[a-z0-9]+)+\b/;
	/** English words that slipped into a Dutch line, as they did from the reference tables. */
	const ENGLISH =
		/\b(?:hour|costs?|visit|average|including|incl\.|daytime|disabled|productivity|nursing|guidance|theft|care day)\b/i;
	const occurrences = (text: string, part: string) =>
		text.toLowerCase().split(part.toLowerCase()).length - 1;

	it.each(PUBLISHED_CATALOG.entries.map((entry) => [entry.id, entry] as const))(
		'%s says its label, unit and source in words, once',
		(_id, entry) => {
			const dutch = [entry.label.nl, entry.unit, entry.source.title, entry.source.locator ?? ''];
			for (const line of dutch) {
				expect(line, 'no internal key').not.toMatch(INTERNAL_KEY);
				expect(line, 'no English in a Dutch line').not.toMatch(ENGLISH);
			}
			if (entry.note !== undefined) {
				expect(typeof entry.note, 'the note in both languages').toBe('object');
				const note = entry.note as { nl: string; en: string };
				expect(note.nl, 'no English in the Dutch note').not.toMatch(ENGLISH);
				expect(note.nl, 'no internal key in the Dutch note').not.toMatch(/\b[a-z]+\.[a-z-]+\b/);
			}
			expect(entry.label.en, 'no internal key').not.toMatch(INTERNAL_KEY);
			const shown = labelWithUnit(entry.label.nl, entry.unit);
			expect(occurrences(shown, entry.unit), `"${shown}" names its unit once`).toBe(1);
		}
	);

	it('covers every domain a neighbourhood team meets with at least 130 unit costs', () => {
		expect(PUBLISHED_CATALOG.entries.length).toBeGreaterThanOrEqual(130);
		for (const domain of DOMAINS)
			expect(
				PUBLISHED_CATALOG.entries.some((e) => e.domain === domain),
				domain
			).toBe(true);
		const ids = PUBLISHED_CATALOG.entries.map((e) => e.id);
		for (const needed of [
			'wonen.huisuitzetting',
			'wonen.griffierecht-huurzaak-verhuurder',
			'wonen.nachtopvang-nacht',
			'wonen.nachtopvang-jaar',
			'schulden.schuldhulptraject',
			'schulden.beschermingsbewind',
			'schulden.deurwaarder-dagvaarding',
			'schulden.deurwaarder-loonbeslag',
			'inkomen.bijstand-alleenstaande-maand',
			'inkomen.bijstand-alleenstaande-jaar',
			'zorg.huisartsconsult',
			'zorg.seh-bezoek',
			'zorg.ambulancerit',
			'ggz.crisisopname-dag',
			'zorg.respijtzorg-etmaal',
			'jeugd.uithuisplaatsing-jaar',
			'onderwijs.basisonderwijs-dag',
			'werk.productiviteitsuur',
			'sociaalwerk.uur',
			'informeel.vrijwilligersuur'
		])
			expect(ids).toContain(needed);
	});

	it.each(PUBLISHED_CATALOG.entries.map((entry) => [entry.id, entry] as const))(
		'%s cites the document itself, not a copy or a newspaper',
		(_id, entry) => {
			expect(sourceProblem(entry)).toBeNull();
		}
	);

	it('keeps a figure known only from a newspaper as a last resort, graded 5 and saying why', () => {
		expect(PUBLISHED_CATALOG.entries.filter(isLastResort).map((e) => e.id)).toEqual([
			'jeugd.uithuisplaatsing-jaar'
		]);
	});

	it('refuses a mirror, a newspaper or a missing address, and a newspaper above grade 5', () => {
		const entry = PUBLISHED_CATALOG.entries.find((e) => e.id === 'wonen.huisuitzetting')!;
		const citing = (url: string | undefined, grade = entry.grade) =>
			sourceProblem({ ...entry, grade, source: { ...entry.source, url } });
		expect(citing('https://issuu.com/someone/docs/report')).toMatch(/issuu\.com \(mirror\)/);
		expect(citing('https://www.nrc.nl/nieuws/2015/08/01/x')).toMatch(/nrc\.nl \(news\)/);
		expect(citing('https://sporteneconomie.blogspot.com/2013/11/x.html')).toMatch(/blog/);
		expect(citing(undefined)).toMatch(/no address/);
		expect(citing('https://www.nrc.nl/nieuws/2015/08/01/x', 5)).toBeNull();
		expect(refusedHost('https://www.rijksoverheid.nl/actueel')).toBeNull();
	});

	it("counts the hours of a unit that is an hour of one profession's work, and only those", () => {
		const withHours = PUBLISHED_CATALOG.entries.filter((e) => e.hours?.length);
		for (const entry of withHours) {
			expect(entry.unit, entry.id).toBe('per uur');
			expect(entry.hours!.map((h) => h.hours.toString())).toEqual(['1']);
		}
		expect(withHours.map((e) => e.id)).toContain('sociaalwerk.uur');
		expect(withHours.length).toBeGreaterThanOrEqual(8);
	});

	it('keeps what it withdrew priceable for saved cases, with when and why', () => {
		const current = new Set(PUBLISHED_CATALOG.entries.map((e) => e.id));
		expect(PUBLISHED_CATALOG.withdrawn.length).toBeGreaterThan(0);
		for (const entry of PUBLISHED_CATALOG.withdrawn) {
			expect(current.has(entry.id), entry.id).toBe(false);
			expect(entry.withdrawnIn).toMatch(/\S/);
			expect(entry.reason.nl).toMatch(/\S/);
		}
		const saved = {
			format: 'effectwijzer-scenario/1',
			id: 'saved-before-2026.12',
			label: 'saved before the police hour was withdrawn',
			assumptions: { priceYear: 2024, horizonYears: 1 },
			cases: [
				{
					id: 'c',
					label: 'c',
					count: 1,
					costs: [],
					effects: [
						{
							id: 'e',
							label: 'politie',
							unitCostId: 'veiligheid.politie-uur',
							quantity: 2,
							probabilityWithout: 1
						}
					]
				}
			]
		};
		const outcome = parseScenario(saved);
		expect(
			outcome.ok && outcome.scenario.unitCosts.get('veiligheid.politie-uur')?.amount.toString()
		).toBe('70');
	});

	it('lists its gaps, in both languages, instead of filling them with guesses', () => {
		const topics = PUBLISHED_CATALOG.gaps.map((g) => g.topic.nl);
		expect(topics).toContain('Integraal uurtarief sociaal werker');
		expect(topics).toContain('Onderzoek door de Raad voor de Kinderbescherming');
		for (const gap of PUBLISHED_CATALOG.gaps) {
			expect(gap.note.nl).not.toMatch(ENGLISH);
			expect(gap.note.en).toMatch(/\S/);
		}
	});

	it('prices with the same figures it publishes, the notes and gaps kept out of the calculator', () => {
		const withoutNote = PUBLISHED_CATALOG.entries.map(({ note: _note, ...entry }) => entry);
		expect(CATALOG.entries).toEqual(withoutNote);
		expect(CATALOG.entries.some((entry) => entry.note !== undefined)).toBe(false);
		expect(CATALOG.gaps).toEqual([]);
		expect(PUBLISHED_CATALOG.entries.filter((entry) => entry.note).length).toBeGreaterThan(50);
	});
});

describe('the CBS consumer price index', () => {
	it('is 100 in its base year', () => {
		expect(CBS_CPI.values.get(2015)?.toString()).toBe('100');
	});

	it('indexes 2022 to 2024 by the chained yearly changes (CBS 83131NED: +3.8%, +3.3%)', () => {
		// €1,000 × 1.038 × 1.033 = €1,072.254: the "× 1.073" the Kostenhandleiding indexation uses, unrounded
		expect(indexAmount(new D(1000), 2022, 2024, CBS_CPI).toString()).toBe('1072.254');
	});

	it('indexes backwards exactly: 2024 to 2022 undoes 2022 to 2024', () => {
		const there = indexAmount(new D('8320'), 2022, 2024, CBS_CPI);
		expect(indexAmount(there, 2024, 2022, CBS_CPI).toFixed(20)).toBe(new D('8320').toFixed(20));
	});

	it('refuses a year it does not cover, naming the year and its range', () => {
		expect(() => indexAmount(new D(1), 2025, 2027, CBS_CPI)).toThrow(
			/no figure for 2027; it covers 2005–2025/
		);
	});

	// Worked by hand from CBS's yearly changes: 2023 +3.8% and 2024 +3.3% in 83131NED
	// (2015 = 100), 2025 +3.3% in 86141NED (2025 = 100).
	it.each([
		[2024, 2025, '1033'],
		[2022, 2025, '1107.638382'],
		[2025, 2024, '968.0542110358']
	])('indexes €1.000 of %i to %i across the change of CBS table: € %s', (from, to, amount) => {
		expect(indexAmount(new D(1000), from, to, CBS_CPI).toDecimalPlaces(10).toString()).toBe(amount);
	});

	it('says which CBS table and base year each stretch of years comes from', () => {
		expect(
			CBS_CPI.tables.map(({ table, base, first, last }) => [table, base, first, last])
		).toEqual([
			['83131NED', '2015 = 100', 2005, 2024],
			['86141NED', '2025 = 100', 2025, 2025]
		]);
		expect(CBS_CPI.source).toMatch(/83131NED.*\(2005–2024\); .*86141NED.*\(2025–2025\)/);
	});

	it('says that 83131NED went on into 2025, and why the catalog takes it only through 2024', () => {
		const older = raw.tables.find((t) => t.table === '83131NED')!;
		// CBS published monthly figures in it into 2025: it did not stop with 2024
		expect(older.note).not.toMatch(/stopped/);
		expect(older.note).toMatch(/monthly figures in this table into 2025/);
		expect(older.note).toMatch(/whole calendar years, through 2024/);
	});

	it('gives a report the latest published year by default, and says why', () => {
		expect(LATEST_PUBLISHED_YEAR).toBe(2025);
		expect(priceYearReason(2025, 'nl')).toBe(
			'Prijspeil 2025: het laatste jaar waarvan het CBS de inflatie heeft gepubliceerd (tabel 86141NED)'
		);
		expect(priceYearReason(2024, 'nl')).toBe(
			'Prijspeil 2024; het CBS heeft inmiddels ook 2025 gepubliceerd'
		);
		expect(priceYearReason(2026, 'en')).toBe(
			'Price year 2026, with a forecast for the years after 2025'
		);
	});

	it('refuses tables that overlap or leave a year between them', () => {
		const data = chainedIndexSchema.parse(raw);
		const [old, current] = data.tables;
		const overlap = {
			...data,
			tables: [old!, { ...current!, yearlyChangePct: { 2024: new D(3) } }]
		};
		expect(() => tableChanges(overlap)).toThrow(/86141NED starts in 2024, not right after 2024/);
		const gap = { ...data, tables: [old!, { ...current!, yearlyChangePct: { 2026: new D(3) } }] };
		expect(() => tableChanges(gap)).toThrow(/86141NED starts in 2026, not right after 2024/);
	});

	it("takes 2026 only as a forecast, marked as such, the year after CBS's last", () => {
		const forecast = withForecast(CBS_CPI, 'eigen raming', new Map([[2026, new D('2.5')]]));
		expect(forecast.ok && indexAmount(new D(1000), 2025, 2026, forecast.index).toString()).toBe(
			'1025'
		);
		expect(forecast.ok && [...forecast.index.forecast!.years]).toEqual([2026]);
		expect(withForecast(CBS_CPI, 'te laat', new Map([[2027, new D(2)]]))).toEqual({
			ok: false,
			expectedYear: 2026,
			year: 2027
		});
	});

	it('refuses to chain over a gap in the yearly changes', () => {
		const gap = new Map([
			[2015, new D(1)],
			[2017, new D(1)]
		]);
		expect(() => chainIndex(2015, gap)).toThrow(/no change for 2016/);
	});
});
