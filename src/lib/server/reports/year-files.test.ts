import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld, OWN_EVICTION_COST } from '$test/world';
import { summarise, pricePortfolio } from '../../portfolio/portfolio';
import { resultCsv } from '../../report/files/result-csv';
import { reportWorkbook } from '../../report/files/workbook';
import { unitCostSchema } from '../../schemas/unit-cost';
import { createCase } from '../cases/cases';
import { organisationFigureInputs, setOverride } from '../cases/overrides';
import { portfolioRows } from '../work/tasks';
import { establishReport } from './versions';
import {
	bytesOf,
	csvFileName,
	keptYear,
	keptYearCsv,
	keptYearWorkbook,
	listedYear,
	type KeptYear,
	versionFile
} from './year-files';

/** Every cell of every sheet, as values: what a reader of the workbook sees. */
async function cells(bytes: Uint8Array) {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	return book.worksheets.map((sheet) => {
		const rows: unknown[][] = [];
		sheet.eachRow((row) => rows.push(Array.isArray(row.values) ? row.values.slice(1) : []));
		return [sheet.name, rows];
	});
}

const DIALECTS = [
	['nl', 'standard'],
	['en', 'standard'],
	['nl', 'excel-nl'],
	['en', 'excel-nl']
] as const;

describe.each(ENGINES)('a year’s files from its kept sums on %s', (engine) => {
	const given = freshWorld(engine);
	const org = () => given.w.ids.a;
	const stored = async (year = 2026) =>
		portfolioRows(
			await given.db.query(
				`select id, case_code as "caseCode", times, scenario::text as "scenarioText" from cases
				 where organisation_id = $1 and year = $2 order by case_code`,
				[org(), year]
			)
		);
	const figures = async () =>
		(await organisationFigureInputs(given.db, org())).map((f) => unitCostSchema.parse(f));
	const kept = async () => (await keptYear(given.db, org(), 2026)) as KeptYear;

	it('writes every CSV to the byte as the year priced afresh', async () => {
		for (const [code, name, times] of [
			['W-3', 'individueel-naar-groep', 2],
			['W-1', 'maatwerk-huurachterstand', 20],
			['W-2', 'ggz-crisis-voorkomen', 3],
			['W-4', 'schuldenspiraal-boetes', 7],
			['W-10', 'maatwerk-huurachterstand', 1]
		] as const) {
			const saved = await createCase(given.db, given.w.a.worker, {
				caseCode: code,
				year: 2026,
				times,
				notes: '',
				scenario: example(name)
			});
			expect(saved.ok).toBe(true);
		}
		expect((await setOverride(given.db, given.w.a.analyst, OWN_EVICTION_COST)).ok).toBe(true);
		const { result } = pricePortfolio(await stored(), 'Portfolio 2026', await figures());
		const year = await kept();
		for (const [lang, dialect] of DIALECTS) {
			const written = await bytesOf(keptYearCsv(given.db, year, lang, dialect));
			expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(written)).toBe(
				resultCsv(result, lang, dialect)
			);
		}
	});

	it('writes the workbook with every cell the year priced afresh has', async () => {
		const year = await kept();
		const fromSums = await keptYearWorkbook(await listedYear(given.db, year), 'Welzijn A');
		const afresh = await reportWorkbook(
			summarise(2026, await stored(), await figures()),
			'Welzijn A'
		);
		expect(await cells(fromSums)).toEqual(await cells(afresh));
	});

	it('keeps in an established version the files and figures the year priced afresh gives', async () => {
		const established = await establishReport(given.db, given.w.a.analyst, 2026);
		expect(established.ok).toBe(true);
		if (!established.ok) return;
		const { result } = pricePortfolio(await stored(), 'Portfolio 2026', await figures());
		for (const [lang, dialect] of DIALECTS) {
			const file = await versionFile(given.db, established.version.id, csvFileName(lang, dialect));
			expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file!)).toBe(
				resultCsv(result, lang, dialect)
			);
		}
	});

	it('reads the case rows a page at a time, in the order the year is priced', async () => {
		const year = await kept();
		const { result } = pricePortfolio(await stored(), 'Portfolio 2026', await figures());
		// five cases read two at a time: three pages, the last one short
		const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
			await bytesOf(keptYearCsv(given.db, year, 'nl', 'standard', 2))
		);
		expect(csv).toBe(resultCsv(result, 'nl', 'standard'));
		expect(csv.split('\r\n').filter((l) => l.startsWith('case,')).length).toBe(5 * 9);
	});
});
