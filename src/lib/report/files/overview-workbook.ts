import type { Workbook } from 'exceljs';
import { D, sum, type Dec, type Payer, type PayerGroup } from '../../engine';
import { formatDate } from '../../format/dates';
import { DOMAIN_LABELS, payerLabel } from '../../i18n/labels';
import type { FunderOverview, ProviderColumn } from '../../portfolio/overview';
import { SheetWriter, type Figure } from './workbook';

/**
 * A funder's overview as an Excel workbook: the providers side by side with their sum as a
 * formula, the payers and domains per provider, and the years. The same rule as a report's
 * workbook: a cell holds a formula only where the formula gives the exact figure.
 */

/** A spreadsheet column's letters: 1 → A, 27 → AA. */
export function columnName(n: number): string {
	let name = '';
	for (let left = n; left > 0; left = Math.floor((left - 1) / 26))
		name = String.fromCharCode(65 + ((left - 1) % 26)) + name;
	return name;
}

const rowSum = (row: number, from: number, to: number, values: Dec[], exact: Dec): Figure => ({
	value: exact,
	formula: { text: `SUM(${columnName(from)}${row}:${columnName(to)}${row})`, gives: sum(values) }
});

function providerSheet(book: Workbook, overview: FunderOverview) {
	const writer = new SheetWriter(book.addWorksheet('Aanbieders'));
	writer.widths([32, 8, 20, 10, 12, 20, 20, 20, 20, 22, 22]);
	writer.line(
		[
			'Aanbieder',
			'Versie',
			'Vastgesteld op',
			'Casussen',
			'Huishoudens',
			'Investering',
			'Vermeden kosten',
			'Netto contante waarde',
			'Netto per huishouden',
			'Netto financieel (begrotingen)',
			'Netto gemeentebegroting'
		],
		true
	);
	const line = (p: ProviderColumn) => {
		const at = writer.row + 1;
		const { societal, financial } = p.sums.total;
		const municipal = p.sums.byPayerGroup.gemeente?.financial.npv;
		writer.line([
			p.providerName,
			p.version.number,
			formatDate(p.version.at, 'nl', true),
			p.savedCases,
			p.households.toNumber(),
			{ value: societal.costs },
			{ value: societal.benefits },
			{
				value: societal.npv,
				formula: { text: `G${at}-F${at}`, gives: societal.benefits.minus(societal.costs) }
			},
			p.perHousehold === null
				? '—'
				: {
						value: p.perHousehold,
						formula: { text: `H${at}/E${at}`, gives: societal.npv.dividedBy(p.households) }
					},
			{ value: financial.npv },
			municipal === undefined ? '—' : { value: municipal }
		]);
	};
	overview.providers.forEach(line);
	const last = writer.row;
	const total = (column: string, values: Dec[], exact: Dec): Figure => ({
		value: exact,
		formula: { text: `SUM(${column}2:${column}${last})`, gives: sum(values) }
	});
	const { sums, households, savedCases } = overview.combined;
	const at = last + 1;
	const pick = (f: (p: ProviderColumn) => Dec) => overview.providers.map(f);
	writer.line(
		[
			'Samen',
			'',
			'',
			savedCases,
			households.toNumber(),
			total(
				'F',
				pick((p) => p.sums.total.societal.costs),
				sums.total.societal.costs
			),
			total(
				'G',
				pick((p) => p.sums.total.societal.benefits),
				sums.total.societal.benefits
			),
			total(
				'H',
				pick((p) => p.sums.total.societal.npv),
				sums.total.societal.npv
			),
			overview.combined.perHousehold === null
				? '—'
				: {
						value: overview.combined.perHousehold,
						formula: { text: `H${at}/E${at}`, gives: sums.total.societal.npv.dividedBy(households) }
					},
			total(
				'J',
				pick((p) => p.sums.total.financial.npv),
				sums.total.financial.npv
			),
			sums.byPayerGroup.gemeente
				? total(
						'K',
						pick((p) => p.sums.byPayerGroup.gemeente?.financial.npv ?? new D(0)),
						sums.byPayerGroup.gemeente.financial.npv
					)
				: '—'
		],
		true
	);
}

/** A breakdown per provider, one column each and their sum as a formula in the last. */
function perProviderSheet(
	book: Workbook,
	name: string,
	measure: string,
	rows: {
		label: string;
		bold: boolean;
		value: (p: ProviderColumn) => Dec | undefined;
		total: Dec;
	}[],
	overview: FunderOverview
) {
	const writer = new SheetWriter(book.addWorksheet(name));
	const count = overview.providers.length;
	writer.widths([34, ...overview.providers.map(() => 22), 22]);
	writer.line([measure, ...overview.providers.map((p) => p.providerName), 'Samen'], true);
	for (const row of rows) {
		const values = overview.providers.map((p) => row.value(p));
		const at = writer.row + 1;
		const present = values.filter((v): v is Dec => v !== undefined);
		writer.line(
			[
				row.label,
				...values.map((v) => (v === undefined ? null : { value: v })),
				rowSum(at, 2, count + 1, present, row.total)
			],
			row.bold
		);
	}
}

function trendSheet(book: Workbook, overview: FunderOverview) {
	const writer = new SheetWriter(book.addWorksheet('Door de jaren'));
	writer.widths([8, 12, 14, 26, 26]);
	writer.line(
		['Jaar', 'Aanbieders', 'Huishoudens', 'Maatschappelijk netto', 'Financieel netto'],
		true
	);
	for (const point of overview.trend)
		writer.line([
			point.year,
			point.providers,
			point.households.toNumber(),
			{ value: point.societal.npv },
			{ value: point.financial.npv }
		]);
}

/** The overview of a year as the bytes of an .xlsx file. */
export async function overviewWorkbook(
	overview: FunderOverview,
	funder: string
): Promise<Uint8Array> {
	const { default: ExcelJS } = await import('exceljs');
	const book = new ExcelJS.Workbook();
	book.creator = 'Effectwijzer';
	book.title = `Overzicht ${overview.year}, ${funder}`;
	providerSheet(book, overview);
	const { sums } = overview.combined;
	perProviderSheet(
		book,
		'Per financier',
		'Netto per financier (begroting)',
		overview.payers.map(({ key, level }) => {
			const pick = (s: typeof sums) =>
				(level === 'group' ? s.byPayerGroup[key as PayerGroup] : s.byPayer[key as Payer])?.financial
					.npv;
			return {
				label: (level === 'part' ? '   ' : '') + payerLabel(key).nl,
				bold: level === 'group',
				value: (p) => pick(p.sums),
				total: pick(sums)!
			};
		}),
		overview
	);
	perProviderSheet(
		book,
		'Per domein',
		'Maatschappelijk netto per domein',
		overview.domains.map((key) => ({
			label: DOMAIN_LABELS[key].nl,
			bold: false,
			value: (p) => p.sums.byDomain[key]?.societal.npv,
			total: sums.byDomain[key]!.societal.npv
		})),
		overview
	);
	trendSheet(book, overview);
	return new Uint8Array(await book.xlsx.writeBuffer());
}
