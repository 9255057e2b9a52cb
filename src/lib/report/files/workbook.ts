import type { Workbook, Worksheet } from 'exceljs';
import { DOMAINS, sum, VALUE_TYPES, type Breakdown, type Dec, type Totals } from '../../engine';
import {
	DISCOUNT_CONVENTION_LABELS,
	DOMAIN_LABELS,
	payerLabel,
	VALUE_TYPE_LABELS
} from '../../i18n/labels';
import type { Bilingual } from '../../i18n/lang';
import { MEASURES, measureValue, type Measure, type MeasureName } from '../../portfolio/measures';
import type { Listed, YearSummary } from '../../portfolio/types';
import { payerRows } from '../../explain/payer-rows';
import { formatPercent } from '../../format/money';

/**
 * A year's report as an Excel workbook, for the analyst who takes the figures further: one sheet
 * per breakdown, the years, the cases, the sources and the assumptions. Numbers are numbers
 * (exact to double precision, shown in euros), and where a figure is arithmetic on others the
 * cell holds the formula, so the analyst can follow and reuse it. A formula is written only
 * where it gives the engine's figure (sameFigure); anywhere else the figure itself is written.
 */

export const EURO = '"€" #,##0.00;"€" -#,##0.00';
export const RATIO = '0.00';
const number = (value: Dec) => value.toNumber();

export interface Figure {
	value: Dec;
	/** A formula that gives `value` from other cells, when it does so exactly. */
	formula?: { text: string; gives: Dec };
	/** Euros unless said otherwise. */
	format?: string;
}

/**
 * Whether a formula gives a figure: to 10⁻²⁰ euro. Below that, the exact sums kept per case and
 * the same sums taken at once differ only in the last of their 40 digits, far past the 16 or so
 * a spreadsheet's numbers hold.
 */
const sameFigure = (a: Dec, b: Dec) => a.minus(b).abs().lessThan('1e-20');

/** A sheet written row by row, which remembers where each row went for formulas to point at. */
export class SheetWriter {
	row = 0;
	constructor(readonly sheet: Worksheet) {}

	line(cells: (string | number | Figure | null)[], bold = false): number {
		this.row++;
		cells.forEach((cell, i) => this.put(this.sheet.getCell(this.row, i + 1), cell));
		if (bold) this.sheet.getRow(this.row).font = { bold: true };
		return this.row;
	}

	private put(target: ReturnType<Worksheet['getCell']>, cell: string | number | Figure | null) {
		if (cell === null) return;
		if (typeof cell === 'string' || typeof cell === 'number') {
			target.value = cell;
			return;
		}
		const exact = cell.formula && sameFigure(cell.formula.gives, cell.value);
		target.value = exact
			? { formula: cell.formula!.text, result: number(cell.value) }
			: number(cell.value);
		target.numFmt = cell.format ?? EURO;
	}

	widths(widths: number[]) {
		this.sheet.columns = widths.map((width) => ({ width }));
		this.sheet.views = [{ state: 'frozen', ySplit: 1 }];
	}
}

const WORDS = { what: 'Wat', total: 'Totaal' };

interface BreakdownRow {
	label: string;
	breakdown: Breakdown;
	/** The rows this one is the sum of (a body's total over its budgets). */
	parts?: BreakdownRow[];
}

/** Each kept measure's column, after the label's: B, C, … */
const COLUMN = MEASURES.map((_, i) => String.fromCharCode(66 + i));
const columnOf = (name: MeasureName) => COLUMN[MEASURES.findIndex((m) => m.name === name)]!;

/** A view's net present value is its avoided minus its invested: D = C − B, G = F − E. */
function netFormula(measure: Measure, breakdown: BreakdownRow['breakdown'], at: number) {
	if (measure.of !== 'npv') return undefined;
	const { view } = measure;
	const gives = breakdown[view].benefits.minus(breakdown[view].costs);
	return { text: `${columnOf(`${view}Benefits`)}${at}-${columnOf(`${view}Costs`)}${at}`, gives };
}

function breakdownLine(writer: SheetWriter, row: BreakdownRow, indent: string, sums?: number[]) {
	const at = writer.row + 1;
	const figures = MEASURES.map((measure, i): Figure => {
		const value = measureValue(row.breakdown, measure);
		const net = netFormula(measure, row.breakdown, at);
		if (net) return { value, formula: net };
		if (!sums || !row.parts) return { value };
		const gives = sum(row.parts.map((part) => measureValue(part.breakdown, measure)));
		const cells = sums.map((r) => `${COLUMN[i]}${r}`).join('+');
		return { value, formula: { text: cells, gives } };
	});
	return writer.line([indent + row.label, ...figures], !!row.parts);
}

/** A breakdown as a wide table: a row per slice, its parts beneath it, and the total at the end. */
function breakdownSheet(book: Workbook, name: string, rows: BreakdownRow[], total: Breakdown) {
	const writer = new SheetWriter(book.addWorksheet(name));
	writer.widths([34, ...MEASURES.map(() => 20)]);
	writer.line([WORDS.what, ...MEASURES.map((m) => m.label.nl)], true);
	const top: number[] = [];
	for (const row of rows) {
		if (!row.parts) {
			top.push(breakdownLine(writer, row, ''));
			continue;
		}
		const first = writer.row + 2;
		const partRows = row.parts.map((_, i) => first + i);
		top.push(breakdownLine(writer, row, '', partRows));
		for (const part of row.parts) breakdownLine(writer, part, '   ');
	}
	breakdownLine(writer, { label: WORDS.total, breakdown: total, parts: rows }, '', top);
}

/** A result's slices in the vocabulary's order, whatever order they were added up in. */
const labelled = <K extends string>(
	slices: Partial<Record<K, Breakdown>>,
	order: readonly K[],
	labels: Record<K, Bilingual>
): BreakdownRow[] =>
	order.flatMap((key) => {
		const breakdown = slices[key];
		return breakdown ? [{ label: labels[key].nl, breakdown }] : [];
	});

function payerSheetRows(summary: YearSummary['summary']): BreakdownRow[] {
	const rows: BreakdownRow[] = [];
	for (const row of payerRows(summary, (b) => b.societal.npv)) {
		const entry = { label: payerLabel(row.key).nl, breakdown: row.breakdown };
		if (row.level === 'part') rows.at(-1)!.parts!.push(entry);
		else rows.push(row.level === 'group' ? { ...entry, parts: [] } : entry);
	}
	return rows;
}

/** The headline's columns: society, the budgets, and the municipal budget alone where it takes part. */
function headlineColumns(report: YearSummary) {
	const { total, byPayerGroup } = report.summary;
	const municipal = byPayerGroup.gemeente?.financial;
	return [
		{ head: 'Maatschappelijk', column: 'B', totals: total.societal },
		{ head: 'Financieel (begrotingen)', column: 'C', totals: total.financial },
		...(municipal ? [{ head: 'Alleen de gemeentebegroting', column: 'D', totals: municipal }] : [])
	];
}

/** A return per euro as the quotient of two cells, or a dash where nothing was invested. */
const ratioFigure = (totals: Totals, avoided: string, invested: string): Figure | string =>
	totals.bcr === null
		? '—'
		: {
				value: totals.bcr,
				formula: { text: `${avoided}/${invested}`, gives: totals.benefits.dividedBy(totals.costs) },
				format: RATIO
			};

/** A net present value as avoided minus invested, two cells of its column. */
const netFigure = (totals: Totals, avoided: string, invested: string): Figure => ({
	value: totals.npv,
	formula: { text: `${avoided}-${invested}`, gives: totals.benefits.minus(totals.costs) }
});

function summarySheet(book: Workbook, report: YearSummary, organisation: string) {
	const writer = new SheetWriter(book.addWorksheet('Samenvatting'));
	writer.widths([40, 24, 24, 28, 28]);
	const columns = headlineColumns(report);
	writer.line([`Jaarportfolio ${report.year}`, organisation], true);
	writer.line(['Casussen', report.savedCases]);
	writer.line(['Huishoudens', number(report.households)]);
	writer.line(['', ...columns.map((c) => c.head)], true);
	const invested = writer.line(['Investering', ...columns.map((c) => ({ value: c.totals.costs }))]);
	const avoided = writer.line([
		'Vermeden kosten',
		...columns.map((c) => ({ value: c.totals.benefits }))
	]);
	const cells = (column: string) => [`${column}${avoided}`, `${column}${invested}`] as const;
	writer.line(
		['Netto contante waarde', ...columns.map((c) => netFigure(c.totals, ...cells(c.column)))],
		true
	);
	writer.line([
		'Elke geïnvesteerde euro levert op',
		...columns.map((c) => ratioFigure(c.totals, ...cells(c.column)))
	]);
	writer.line([
		'Overdrachten (apart, tellen maatschappelijk niet mee)',
		{ value: report.summary.total.transfers }
	]);
	if (report.maximum)
		maximumBlock(writer, report.summary.total.societal, report.maximum.societal, {
			invested,
			avoided
		});
}

/**
 * Realistic beside maximum, as the report shows it: the maximum's figures themselves, the
 * realistic ones pointing at the summary above, and what the corrections take off as a formula.
 */
function maximumBlock(
	writer: SheetWriter,
	realistic: Totals,
	maximum: Totals,
	at: { invested: number; avoided: number }
) {
	writer.line([]);
	writer.line(
		[
			'Realistisch naast maximaal (maatschappelijk)',
			'Realistisch',
			'Maximaal',
			'Wat de correcties eraf halen'
		],
		true
	);
	const avoided = writer.row + 1;
	const taken = (row: number, gives: Dec): Figure => ({
		value: gives,
		formula: { text: `C${row}-B${row}`, gives }
	});
	writer.line([
		'Vermeden kosten',
		{ value: realistic.benefits, formula: { text: `B${at.avoided}`, gives: realistic.benefits } },
		{ value: maximum.benefits },
		taken(avoided, maximum.benefits.minus(realistic.benefits))
	]);
	const net = writer.row + 1;
	writer.line([
		'Netto contante waarde',
		{
			value: realistic.npv,
			formula: {
				text: `B${at.avoided}-B${at.invested}`,
				gives: realistic.benefits.minus(realistic.costs)
			}
		},
		{ value: maximum.npv },
		taken(net, maximum.npv.minus(realistic.npv))
	]);
	writer.line([
		'Elke geïnvesteerde euro levert op',
		ratioFigure(realistic, `B${avoided}`, `B${at.invested}`),
		ratioFigure(maximum, `C${avoided}`, `B${at.invested}`)
	]);
	// a share of nothing, or of costs added rather than avoided, says nothing
	if (!maximum.benefits.gt(0)) return;
	const share = maximum.benefits.minus(realistic.benefits).dividedBy(maximum.benefits);
	writer.line([
		'Deel van de maximale vermeden kosten dat de correcties eraf halen',
		null,
		null,
		{ value: share, formula: { text: `D${avoided}/C${avoided}`, gives: share }, format: '0%' }
	]);
}

function yearSheet(book: Workbook, report: YearSummary) {
	const writer = new SheetWriter(book.addWorksheet('Per jaar'));
	writer.widths([8, 16, 22, 22, 22, 26, 26]);
	writer.line(
		[
			'Jaar',
			'Disconteringsfactor',
			'Investering',
			'Vermeden kosten',
			'Netto',
			'Netto, contante waarde',
			'Netto opgeteld, contante waarde'
		],
		true
	);
	let previous: { row: number; value: Dec } | null = null;
	for (const year of report.summary.byYear) {
		const at = writer.row + 1;
		const { costs, benefits, net, presentNet, cumulativePresentNet } = year.societal;
		writer.line([
			year.year,
			year.discountFactor.toNumber(),
			{ value: costs },
			{ value: benefits },
			{ value: net, formula: { text: `D${at}-C${at}`, gives: benefits.minus(costs) } },
			{
				value: presentNet,
				formula: { text: `E${at}*B${at}`, gives: net.times(year.discountFactor) }
			},
			{
				value: cumulativePresentNet,
				formula: previous
					? { text: `G${previous.row}+F${at}`, gives: previous.value.plus(presentNet) }
					: { text: `F${at}`, gives: presentNet }
			}
		]);
		previous = { row: at, value: cumulativePresentNet };
	}
}

function caseSheet(book: Workbook, report: Listed) {
	const writer = new SheetWriter(book.addWorksheet('Casussen'));
	writer.widths([16, 40, 12, 20, 20, 20, 22]);
	writer.line(
		[
			'Code',
			'Casus',
			'Huishoudens',
			'Investering',
			'Vermeden kosten',
			'Netto',
			'Netto (financieel)'
		],
		true
	);
	for (const c of report.cases) {
		const at = writer.row + 1;
		writer.line([
			c.caseCode,
			c.label,
			number(c.households),
			{ value: c.societal.costs },
			{ value: c.societal.benefits },
			{
				value: c.societal.npv,
				formula: { text: `E${at}-D${at}`, gives: c.societal.benefits.minus(c.societal.costs) }
			},
			{ value: c.financialNpv }
		]);
	}
	const last = writer.row;
	const total = (column: string, values: Dec[], exact: Dec): Figure => ({
		value: exact,
		formula: { text: `SUM(${column}2:${column}${last})`, gives: sum(values) }
	});
	const { societal, financial } = report.summary.total;
	writer.line(
		[
			WORDS.total,
			'',
			number(report.households),
			total(
				'D',
				report.cases.map((c) => c.societal.costs),
				societal.costs
			),
			total(
				'E',
				report.cases.map((c) => c.societal.benefits),
				societal.benefits
			),
			total(
				'F',
				report.cases.map((c) => c.societal.npv),
				societal.npv
			),
			total(
				'G',
				report.cases.map((c) => c.financialNpv),
				financial.npv
			)
		],
		true
	);
}

function sourceSheet(book: Workbook, report: YearSummary) {
	const writer = new SheetWriter(book.addWorksheet('Bronnen'));
	writer.widths([40, 80, 60]);
	writer.line(['Kengetal', 'Bron', 'Webadres'], true);
	const byLabel = [...report.sources].sort((a, b) => a.label.nl.localeCompare(b.label.nl, 'nl'));
	for (const source of byLabel)
		writer.line([
			source.label.nl,
			source.citation,
			source.url ?? 'eigen kengetal van de organisatie'
		]);
}

function assumptionSheet(book: Workbook, report: YearSummary) {
	const writer = new SheetWriter(book.addWorksheet('Aannames'));
	writer.widths([30, 70, 16]);
	const { assumptions, provenance } = report.summary;
	writer.line(['Aanname', 'Waarde', 'Als getal'], true);
	writer.line(['Prijspeil', assumptions.priceYear]);
	// as the report prints it, whatever language the spreadsheet program reads numbers in; the
	// number itself beside it, to calculate with
	writer.line([
		'Discontovoet',
		`${formatPercent(assumptions.discountRate, 'nl')} per jaar`,
		{ value: assumptions.discountRate, format: '0.00%' }
	]);
	writer.line(['Disconteren', DISCOUNT_CONVENTION_LABELS[assumptions.discountConvention].full.nl]);
	writer.line(['Horizon (jaren)', assumptions.horizonYears]);
	writer.line(['Kengetallen, versie', provenance.catalogVersion ?? '—']);
	writer.line(['Prijsindex', provenance.priceIndex.source]);
}

/** The workbook of a year's report, as the bytes of an .xlsx file. */
export async function reportWorkbook(report: Listed, organisation: string): Promise<Uint8Array> {
	const { default: ExcelJS } = await import('exceljs');
	const book = new ExcelJS.Workbook();
	book.creator = 'Effectwijzer';
	book.title = `Jaarportfolio ${report.year}, ${organisation}`;
	summarySheet(book, report, organisation);
	const { summary } = report;
	breakdownSheet(book, 'Per financier', payerSheetRows(summary), summary.total);
	breakdownSheet(
		book,
		'Per domein',
		labelled(summary.byDomain, DOMAINS, DOMAIN_LABELS),
		summary.total
	);
	breakdownSheet(
		book,
		'Per soort waarde',
		labelled(summary.byValueType, VALUE_TYPES, VALUE_TYPE_LABELS),
		summary.total
	);
	yearSheet(book, report);
	caseSheet(book, report);
	sourceSheet(book, report);
	assumptionSheet(book, report);
	return new Uint8Array(await book.xlsx.writeBuffer());
}
