import type { Dec, ScenarioResult } from '../../engine';
import { roundHalfEven } from '../../format/money';
import type { Lang } from '../../i18n/lang';
import { defineWords } from '../../i18n/words';
import {
	caseRows,
	figureRows,
	headRows,
	yearFigureRows,
	type CaseBreakdown,
	type FigureRow
} from './rows';
import { csvLine } from '../../csv/csv';

/**
 * How a result's CSV is written: `standard` for programs (commas, decimal points, the stable
 * codes of sections and measures), `excel-nl` for a spreadsheet set to Dutch (semicolons,
 * decimal commas, a UTF-8 byte-order mark so accents survive, and words instead of codes).
 */
export type CsvDialect = 'standard' | 'excel-nl';

const places = (row: FigureRow) => (row.measure.endsWith('bcr') ? 4 : 2);
const amount = (value: Dec | null, row: FigureRow) =>
	value === null ? '' : roundHalfEven(value, places(row));

/** Writes figure rows as lines of one dialect, the heading first. */
function csvDialect(lang: Lang, dialect: CsvDialect) {
	if (dialect === 'excel-nl') {
		const w = WORDS[lang];
		return {
			head: '\uFEFF' + csvLine(w.head, ';'),
			line: (row: FigureRow) =>
				csvLine(
					[
						w.section[row.section] ?? row.section,
						row.label,
						measureWords(row.measure, lang),
						// no thousands separator: Excel reads "1234,56" as a number, and "1.234,56" not always
						amount(row.value, row).replace('.', ',')
					],
					';'
				)
		};
	}
	return {
		head: csvLine(['section', 'key', 'label', 'measure', 'value']),
		line: (row: FigureRow) =>
			csvLine([row.section, row.key, row.label, row.measure, amount(row.value, row)])
	};
}

const lines = (rows: readonly FigureRow[], line: (row: FigureRow) => string) =>
	rows.map((row) => line(row) + '\r\n').join('');

/**
 * The result as CSV in long form, one figure a row: money rounded half-even to cents, ratios to
 * four decimals, an undefined ratio left empty.
 */
export function resultCsv(
	result: ScenarioResult,
	lang: Lang,
	dialect: CsvDialect = 'standard'
): string {
	const { head, line } = csvDialect(lang, dialect);
	return head + '\r\n' + lines(figureRows(result, lang), line);
}

/**
 * The same CSV of a year in three parts, for a year written from its kept sums as its case rows
 * are read a page at a time: the summary's figures, every case in the order the year was priced,
 * then the years. Together they equal resultCsv of the year priced afresh, to the byte.
 */
export function yearCsvWriter(lang: Lang, dialect: CsvDialect = 'standard') {
	const { head, line } = csvDialect(lang, dialect);
	return {
		start: (summary: ScenarioResult) => head + '\r\n' + lines(headRows(summary, lang), line),
		cases: (page: readonly CaseBreakdown[]) => lines(caseRows(page), line),
		end: (summary: ScenarioResult) => lines(yearFigureRows(summary.byYear), line)
	};
}

/** The year's CSV in pieces, as its case rows come (yearCsvWriter). */
export async function* yearCsv(
	summary: ScenarioResult,
	casePages: AsyncIterable<readonly CaseBreakdown[]>,
	lang: Lang,
	dialect: CsvDialect = 'standard'
): AsyncGenerator<string> {
	const writer = yearCsvWriter(lang, dialect);
	yield writer.start(summary);
	for await (const page of casePages) yield writer.cases(page);
	yield writer.end(summary);
}

const WORDS = defineWords({
	nl: {
		head: ['Onderdeel', 'Omschrijving', 'Maat', 'Waarde'],
		section: {
			total: 'Totaal',
			payer: 'Per financier',
			payerGroup: 'Per overheid, totaal',
			domain: 'Per domein',
			valueType: 'Per soort waarde',
			case: 'Per casus',
			year: 'Per jaar'
		} as Record<string, string>,
		view: { societal: 'Maatschappelijk', financial: 'Financieel (begrotingen)' } as Record<
			string,
			string
		>,
		measure: {
			costs: 'investering',
			benefits: 'vermeden kosten',
			npv: 'netto contante waarde',
			bcr: 'opbrengst per geïnvesteerde euro',
			presentNet: 'netto in dit jaar, contante waarde',
			cumulativePresentNet: 'netto opgeteld tot en met dit jaar',
			transfers: 'overdrachten'
		} as Record<string, string>
	},
	en: {
		head: ['Part', 'What', 'Measure', 'Value'],
		section: {
			total: 'Total',
			payer: 'By payer',
			payerGroup: 'By public body, total',
			domain: 'By domain',
			valueType: 'By kind of value',
			case: 'By case',
			year: 'By year'
		} as Record<string, string>,
		view: { societal: 'Societal', financial: 'Financial (budgets)' } as Record<string, string>,
		measure: {
			costs: 'investment',
			benefits: 'costs avoided',
			npv: 'net present value',
			bcr: 'return per euro invested',
			presentNet: 'net in this year, present value',
			cumulativePresentNet: 'net summed up to this year',
			transfers: 'transfers'
		} as Record<string, string>
	}
});

/** A measure's code in words: "societal.npv" is "Maatschappelijk: netto contante waarde". */
function measureWords(code: string, lang: Lang): string {
	const w = WORDS[lang];
	const [view, measure] = code.includes('.') ? code.split('.') : ['', code];
	const what = w.measure[measure!] ?? measure!;
	return view ? `${w.view[view] ?? view}: ${what}` : what[0]!.toUpperCase() + what.slice(1);
}
