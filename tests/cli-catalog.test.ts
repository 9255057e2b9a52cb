import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../src/lib/catalog/catalog';
import { catalogToCsv } from '../src/lib/catalog/catalog-file';
import { EXIT } from '../src/cli/main';
import { cli } from './support/cli';

describe('effectwijzer catalog', () => {
	it('lists every entry with its amount, price year and payer', () => {
		const { code, stdout } = cli(['catalog', '--lang', 'en']);
		expect(code).toBe(EXIT.ok);
		expect(stdout).toContain(`Catalog ${CATALOG.version}`);
		expect(stdout.trim().split('\n')).toHaveLength(CATALOG.entries.length + 2);
		expect(stdout).toMatch(/wonen\.huisuitzetting\s+Eviction, landlord's cost\s+€7,500\.00\s+2014/);
	});

	it('indexes amounts to a chosen price year and filters by domain', () => {
		const { stdout } = cli(['catalog', '--domain', 'wonen', '--price-year', '2024']);
		expect(stdout).toMatch(
			/wonen\.huisuitzetting\s+Huisuitzetting, kosten verhuurder\s+€ 9\.825,09\s+2024/
		);
		expect(stdout).not.toContain('zorg.');
	});

	it('prints JSON with exact amounts, the source and the entry’s own price year', () => {
		const { stdout } = cli(['catalog', '--json', '--price-year', '2024', '--domain', 'ggz']);
		const listed = JSON.parse(stdout);
		const crisis = listed.entries.find((e: { id: string }) => e.id === 'ggz.crisisopname-dag');
		expect(crisis).toMatchObject({
			amount: '525.40446',
			priceYear: 2024,
			sourceAmount: '490',
			sourcePriceYear: 2022
		});
		expect(crisis.source.publisher).toMatch(/Zorginstituut/);
	});

	it('keeps an amount per euro at face value in any price year, as the calculator does', () => {
		const { stdout } = cli([
			'catalog',
			'--json',
			'--price-year',
			'2025',
			'--domain',
			'sociaal-werk'
		]);
		const listed = JSON.parse(stdout);
		const euro = listed.entries.find(
			(e: { id: string }) => e.id === 'sociaalwerk.maatwerkbudget-euro'
		);
		expect(euro).toMatchObject({ amount: '1', priceYear: 2025 });
		expect(euro.sourcePriceYear).not.toBe(2025);
	});

	it('refuses a price year the CPI does not cover, with exit code 1', () => {
		const { code, stderr } = cli(['catalog', '--price-year', '2030', '--lang', 'en']);
		expect(code).toBe(EXIT.invalidInput);
		expect(stderr).toContain('the CPI covers 2005–2025, not 2030');
	});

	it.each([
		[['catalog', '--domain', 'zwemmen'], /--domain must be one of wonen/],
		[['catalog', '--price-year', 'vorig jaar'], /--price-year must be a year/],
		[['catalog', 'extra'], /Unexpected argument 'extra'/]
	])('%j is wrong usage', (args, message) => {
		const { code, stderr } = cli(args);
		expect(code).toBe(EXIT.usage);
		expect(stderr).toMatch(message);
	});

	it('checks a catalog file, listing every problem by line and column', () => {
		const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
		const good = join(dir, 'good.csv');
		writeFileSync(good, catalogToCsv(CATALOG));
		expect(cli(['catalog', '--check', good, '--lang', 'en'])).toMatchObject({
			code: EXIT.ok,
			stdout: `${good}: valid, ${CATALOG.entries.length} unit costs\n`
		});
		const bad = join(dir, 'bad.csv');
		writeFileSync(bad, catalogToCsv(CATALOG).replace(',woningcorporatie,', ',de-buurman,'));
		const { code, stderr } = cli(['catalog', '--check', bad]);
		expect(code).toBe(EXIT.invalidInput);
		expect(stderr).toContain('is geweigerd, niets is ingelezen');
		expect(stderr).toMatch(/regel 2, payer: kies één van/);
	});

	it("computes with an organisation's own figures, marking them as overridden, and refuses a bad file whole", () => {
		const dir = mkdtempSync(join(tmpdir(), 'overrides-'));
		const own = join(dir, 'eigen.csv');
		const [header, ...rows] = catalogToCsv(CATALOG).split('\r\n');
		const hour = rows.find((row) => row.startsWith('sociaalwerk.uur,'))!;
		writeFileSync(
			own,
			[header, hour.replace(',64,', ',82.50,').replace(',2022,', ',2024,')].join('\r\n')
		);
		const { code, stdout } = cli([
			'compute',
			'examples/maatwerk-huurachterstand.json',
			'--overrides',
			own,
			'--lang',
			'en'
		]);
		expect(code).toBe(EXIT.ok);
		expect(stdout).toContain('own figures instead of the catalog: sociaalwerk.uur');
		expect(stdout).toMatch(/Investment \(C\)\s+€795\.00/); // €300 + 6 h × €82.50
		writeFileSync(own, [header, hour.replace(',gemeente-wmo,', ',de-buurman,')].join('\r\n'));
		const refused = cli([
			'compute',
			'examples/maatwerk-huurachterstand.json',
			'--overrides',
			own,
			'--lang',
			'en'
		]);
		expect(refused.code).toBe(EXIT.invalidInput);
		expect(refused.stderr).toMatch(/is refused, nothing was read:\n {2}line 2, payer:/);
		expect(refused.stdout).toBe('');
	});
});
