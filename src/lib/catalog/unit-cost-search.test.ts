import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { searchUnitCosts } from './unit-cost-search';

const found = (query: string, lang: 'nl' | 'en' = 'nl', usage = new Map<string, number>()) =>
	searchUnitCosts(CATALOG.entries, query, lang, usage).map((e) => e.id);

describe('finding a unit cost as one types', () => {
	it('finds by the Dutch name, its first letters first', () => {
		expect(found('huisuitz')[0]).toBe('wonen.huisuitzetting');
		expect(found('nachtopvang').slice(0, 2).sort()).toEqual([
			'wonen.nachtopvang-jaar',
			'wonen.nachtopvang-nacht'
		]);
	});

	it('finds by a word a social worker uses for it', () => {
		expect(found('ontruiming')).toContain('wonen.huisuitzetting');
		expect(found('wijkcoach')[0]).toBe('sociaalwerk.uur');
		expect(found('jeugdbescherming')).toContain('jeugd.uithuisplaatsing-jaar');
		expect(found('uitkering')).toContain('inkomen.bijstand-alleenstaande-maand');
	});

	it('finds by the English name and by domain, ignoring case and accents', () => {
		expect(found('EVICTION', 'en')[0]).toBe('wonen.huisuitzetting');
		expect(found('Housing', 'en')).toContain('wonen.nachtopvang-nacht');
		expect(found('schuldhulpverleningstraject')).toEqual(['schulden.schuldhulptraject']);
		expect(found('crisisopnáme')).toContain('ggz.crisisopname-dag');
	});

	it('needs every word typed', () => {
		expect(found('crisis opname ggz')).toEqual(['ggz.crisisopname-dag']);
		expect(found('opname wijkcoach')).toEqual([]);
	});

	it('puts what the organisation uses most first, also before anything is typed', () => {
		const usage = new Map([
			['zorg.huisartsvisite', 40],
			['zorg.huisartsconsult', 2]
		]);
		expect(found('huisarts', 'nl', usage).slice(0, 2)).toEqual([
			'zorg.huisartsvisite',
			'zorg.huisartsconsult'
		]);
		expect(found('', 'nl', usage)[0]).toBe('zorg.huisartsvisite');
		expect(found('').length).toBe(CATALOG.entries.length);
	});
});
