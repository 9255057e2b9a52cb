import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import {
	filterEntries,
	inPriceYear,
	labelWithUnit,
	NO_FILTER,
	sortEntries,
	standingOf
} from './catalog-view';
import { CBS_CPI } from './cpi';

describe('browsing the catalog', () => {
	it('finds entries by every word, ignoring case and accents, in labels, ids and sources', () => {
		const ids = (query: string) =>
			filterEntries(CATALOG.entries, { ...NO_FILTER, query }).map((e) => e.id);
		expect(ids('UITZETTING')).toContain('wonen.huisuitzetting');
		expect(ids('eviction landlord')).toEqual(['wonen.huisuitzetting']);
		expect(ids('geinterpreteerd')).toEqual([]);
		expect(ids('Eropaf')).toEqual(['wonen.huisuitzetting']);
	});

	it('filters by domain, payer, value type and grade together', () => {
		const found = filterEntries(CATALOG.entries, {
			...NO_FILTER,
			domain: 'schulden-inkomen',
			valueType: 'transfer',
			payer: 'gemeente-participatie',
			grade: 1
		});
		expect(found.map((e) => e.id).sort()).toEqual([
			'inkomen.bijstand-alleenstaande-jaar',
			'inkomen.bijstand-alleenstaande-maand',
			'inkomen.bijstand-paar-jaar',
			'inkomen.bijstand-paar-maand'
		]);
	});

	it('shows amounts in a chosen price year, or each in its own', () => {
		const [eviction] = filterEntries(CATALOG.entries, {
			...NO_FILTER,
			query: 'wonen.huisuitzetting'
		});
		expect(inPriceYear([eviction!], 2024, CBS_CPI)[0]!.amount.toFixed(2)).toBe('9825.09');
		expect(inPriceYear([eviction!], null, CBS_CPI)[0]).toMatchObject({ priceYear: 2014 });
	});

	it('shows the source’s range in the same price year as the amount, or none where it gives none', () => {
		const eviction = CATALOG.entries.find((e) => e.id === 'wonen.huisuitzetting')!;
		const [shown] = inPriceYear([eviction], 2024, CBS_CPI);
		const factor = shown!.amount.dividedBy(eviction.amount);
		expect(shown!.range!.low!.toFixed(6)).toBe(eviction.low!.times(factor).toFixed(6));
		expect(shown!.range!.high!.toFixed(6)).toBe(eviction.high!.times(factor).toFixed(6));
		const without = CATALOG.entries.find((e) => !e.low && !e.high)!;
		expect(inPriceYear([without], 2024, CBS_CPI)[0]!.range).toBeNull();
	});

	it('sorts by amount in the shown price year, either way, ties by id', () => {
		const shown = inPriceYear(CATALOG.entries, 2024, CBS_CPI);
		const up = sortEntries(shown, { key: 'amount', descending: false }, 'nl');
		const down = sortEntries(shown, { key: 'amount', descending: true }, 'nl');
		expect(up[0]!.amount.lte(up[1]!.amount)).toBe(true);
		expect(down[0]!.entry.id).toBe('veiligheid.computercriminaliteit'); // €106,076 of 2022 is over €113,000 in 2024
		const beforeCrime = down.findIndex((row) => row.entry.id === 'wonen.intensief-begeleid-wonen');
		expect(down[beforeCrime]!.amount.gt(down[beforeCrime + 1]!.amount)).toBe(true); // €41,200 of 2011 is over €57,000 in 2024
		expect(sortEntries(shown, { key: 'grade', descending: true }, 'en')[0]!.entry.grade).toBe(5);
	});

	it("marks an organisation's entries as its own figure or an addition", () => {
		const shipped = new Map(CATALOG.entries.map((e) => [e.id, e]));
		const [hour] = filterEntries(CATALOG.entries, { ...NO_FILTER, query: 'sociaalwerk.uur' });
		expect(standingOf(hour!, shipped)).toBe('catalog');
		expect(standingOf({ ...hour!, amount: hour!.amount.plus(1) }, shipped)).toBe('overridden');
		expect(standingOf({ ...hour!, id: 'eigen.uur' }, shipped)).toBe('added');
	});

	it('says a unit once: after a label that lacks it, never after one that names it', () => {
		expect(labelWithUnit('Dag- en nachtopvang, per nacht', 'per nacht')).toBe(
			'Dag- en nachtopvang, per nacht'
		);
		expect(labelWithUnit('Huisuitzetting', 'per uitzetting')).toBe(
			'Huisuitzetting (per uitzetting)'
		);
		expect(labelWithUnit('Verhoging (per euro sanctie)', 'per euro sanctie')).toBe(
			'Verhoging (per euro sanctie)'
		);
	});
});
