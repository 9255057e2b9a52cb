import * as z from 'zod/mini';
import { csvLine, detectSeparator, parseCsv, type CsvRow } from '../csv/csv';
import { numberProblemMessage, readNumber } from '../format/number-input';
import { readJson } from '../schemas/json';
import { decodeTextFile } from '../schemas/text-file';
import { inputIssueDetail } from '../schemas/messages';
import { unitCostSchema, type UnitCostEntry, type UnitCostInput } from '../schemas/unit-cost';
import { catalogProblems, catalogSchema, type Catalog, type CatalogProblem } from './catalog';

/** The catalog's CSV columns, in order; nested fields are flattened with an underscore. */
export const CATALOG_COLUMNS = [
	'id',
	'label_nl',
	'label_en',
	'synonyms',
	'amount',
	'unit',
	'price_year',
	'payer',
	'domain',
	'value_type',
	'grade',
	'low',
	'high',
	'source_title',
	'source_publisher',
	'source_year',
	'source_locator',
	'source_url',
	'status',
	'note',
	'note_en',
	'hours',
	'face_value'
] as const;
type Column = (typeof CATALOG_COLUMNS)[number];
const AMOUNT_COLUMNS = ['amount', 'low', 'high'] as const satisfies readonly Column[];

const REQUIRED: ReadonlySet<Column> = new Set(
	CATALOG_COLUMNS.filter(
		(c) =>
			![
				'synonyms',
				'low',
				'high',
				'source_locator',
				'source_url',
				'note',
				'note_en',
				'hours',
				'face_value'
			].includes(c)
	)
);

export type ImportProblem = CatalogProblem;

export type CatalogImport =
	{ ok: true; catalog: Catalog } | { ok: false; problems: ImportProblem[] };

const fieldOf: Record<Column, (e: UnitCostEntry) => string> = {
	id: (e) => e.id,
	label_nl: (e) => e.label.nl,
	label_en: (e) => e.label.en,
	synonyms: (e) => (e.synonyms ?? []).join('; '),
	amount: (e) => e.amount.toString(),
	unit: (e) => e.unit,
	price_year: (e) => String(e.priceYear),
	payer: (e) => e.payer,
	domain: (e) => e.domain,
	value_type: (e) => e.valueType,
	grade: (e) => String(e.grade),
	low: (e) => e.low?.toString() ?? '',
	high: (e) => e.high?.toString() ?? '',
	source_title: (e) => e.source.title,
	source_publisher: (e) => e.source.publisher,
	source_year: (e) => String(e.source.year),
	source_locator: (e) => e.source.locator ?? '',
	source_url: (e) => e.source.url ?? '',
	status: (e) => e.status,
	note: (e) => (typeof e.note === 'object' ? e.note.nl : (e.note ?? '')),
	note_en: (e) => (typeof e.note === 'object' ? e.note.en : ''),
	hours: (e) => (e.hours ?? []).map((h) => `${h.profession}=${h.hours.toString()}`).join('; '),
	face_value: (e) => (e.faceValue ? 'true' : '')
};

/** "true", "ja" or "yes" (and their opposites) as a spreadsheet may write a yes/no column. */
const YES_NO: Record<string, boolean> = {
	true: true,
	ja: true,
	yes: true,
	'1': true,
	false: false,
	nee: false,
	no: false,
	'0': false
};
const yesNo = (text: string) => (text === '' ? undefined : (YES_NO[text.toLowerCase()] ?? text));

export function catalogToCsv(catalog: Catalog): string {
	const lines = [
		csvLine(CATALOG_COLUMNS),
		...catalog.entries.map((e) => csvLine(CATALOG_COLUMNS.map((c) => fieldOf[c](e))))
	];
	return lines.join('\r\n') + '\r\n';
}

export function catalogToJson(catalog: Catalog): string {
	return JSON.stringify(z.encode(catalogSchema, catalog), null, '\t') + '\n';
}

const problem = (
	line: number | null,
	column: string | null,
	nl: string,
	en: string
): ImportProblem => ({ line, column, message: { nl, en } });

const number = (text: string): string | number => (/^\d+$/.test(text) ? Number(text) : text);

/**
 * The hours column as "profession=hours; …" (docs/scenario-format.md). The hours come from the
 * entry's own source: a separate source for them is written in the JSON format only.
 */
function hoursOf(text: string): { profession: string; hours: string }[] | undefined {
	if (text === '') return undefined;
	return text
		.split(';')
		.map((pair) => pair.trim())
		.filter(Boolean)
		.map((pair) => {
			const [profession = '', hours = ''] = pair.split('=').map((part) => part.trim());
			return { profession, hours };
		});
}

/** A note in both languages where both columns are filled, else the one text as written. */
function noteOf(nl: string, en: string) {
	if (nl !== '' && en !== '') return { nl, en };
	return nl || en || undefined;
}

function rowToInput(values: Record<Column, string>): UnitCostInput {
	const optional = (text: string) => (text === '' ? undefined : text);
	const entry = {
		id: values.id,
		label: { nl: values.label_nl, en: values.label_en },
		synonyms: values.synonyms
			? values.synonyms
					.split(';')
					.map((word) => word.trim())
					.filter(Boolean)
			: undefined,
		amount: values.amount,
		unit: values.unit,
		priceYear: number(values.price_year),
		payer: values.payer,
		domain: values.domain,
		valueType: values.value_type,
		grade: number(values.grade),
		low: optional(values.low),
		high: optional(values.high),
		source: {
			title: values.source_title,
			publisher: values.source_publisher,
			year: number(values.source_year),
			locator: optional(values.source_locator),
			url: optional(values.source_url)
		},
		status: values.status,
		note: noteOf(values.note, values.note_en),
		hours: hoursOf(values.hours),
		faceValue: yesNo(values.face_value)
	};
	return JSON.parse(JSON.stringify(entry)) as UnitCostInput;
}

/** zod path of a unit cost field → its CSV column. */
function columnOf(path: readonly PropertyKey[]): Column {
	const key = path
		.map(String)
		.join('_')
		.replace('priceYear', 'price_year')
		.replace('valueType', 'value_type')
		.replace('faceValue', 'face_value');
	const columns = CATALOG_COLUMNS as readonly string[];
	if (columns.includes(key)) return key as Column;
	// a list written in one column (hours, synonyms): its column, whichever item is wrong
	const head = String(path[0]);
	return columns.includes(head) ? (head as Column) : 'id';
}

function headerProblems(header: CsvRow): ImportProblem[] {
	const present = new Set(header.fields);
	return [
		...[...REQUIRED]
			.filter((c) => !present.has(c))
			.map((c) =>
				problem(
					header.line,
					c,
					`kolom "${c}" ontbreekt in de kopregel`,
					`column "${c}" is missing from the header`
				)
			),
		...header.fields
			.filter((f) => !(CATALOG_COLUMNS as readonly string[]).includes(f))
			.map((f) => problem(header.line, f, `onbekende kolom "${f}"`, `unknown column "${f}"`))
	];
}

/** The hours column's numbers as a Dutch spreadsheet writes them ("2,5"), read in place. */
function hoursInDutch(
	values: Record<Column, string>,
	line: number,
	problems: ImportProblem[]
): boolean {
	const pairs = hoursOf(values.hours);
	if (!pairs) return true;
	let ok = true;
	const read = pairs.map(({ profession, hours }) => {
		const reading = readNumber(hours, 'nl', 'amount');
		if (reading.ok) return `${profession}=${reading.decimal}`;
		ok = false;
		problems.push(
			problem(
				line,
				'hours',
				`${profession}: ${numberProblemMessage(reading.problem, 'nl', 'amount')}`,
				`${profession}: ${numberProblemMessage(reading.problem, 'en', 'amount')}`
			)
		);
		return '';
	});
	values.hours = read.join('; ');
	return ok;
}

/**
 * Reads a catalog from CSV. Any problem refuses the whole file, with every problem listed by
 * line and column: nothing is half-imported.
 */
export function importCatalogCsv(
	text: string,
	meta: { version: string; date: string; description?: string }
): CatalogImport {
	const separator = detectSeparator(text);
	const parsed = parseCsv(text, separator);
	if (!parsed.ok) {
		const nl =
			parsed.reason === 'unclosed-quote'
				? 'een aanhalingsteken wordt niet gesloten'
				: 'een aanhalingsteken midden in een veld';
		const en =
			parsed.reason === 'unclosed-quote'
				? 'a quote is never closed'
				: 'a quote in the middle of a field';
		return { ok: false, problems: [problem(parsed.line, null, nl, en)] };
	}
	const [header, ...rows] = parsed.rows;
	if (!header)
		return { ok: false, problems: [problem(1, null, 'het bestand is leeg', 'the file is empty')] };
	const problems = headerProblems(header);
	if (problems.length > 0) return { ok: false, problems };
	if (rows.length === 0)
		return {
			ok: false,
			problems: [
				problem(
					2,
					null,
					'het bestand bevat geen kengetallen: alleen een kopregel',
					'the file holds no unit costs: only a header'
				)
			]
		};
	const entries: { entry: UnitCostEntry; line: number; at: null }[] = [];
	for (const row of rows) {
		if (row.fields.length !== header.fields.length) {
			problems.push(
				problem(
					row.line,
					null,
					`verwacht ${header.fields.length} velden, gevonden ${row.fields.length}`,
					`expected ${header.fields.length} fields, found ${row.fields.length}`
				)
			);
			continue;
		}
		const values = Object.fromEntries(CATALOG_COLUMNS.map((c) => [c, ''])) as Record<
			Column,
			string
		>;
		header.fields.forEach((column, i) => (values[column as Column] = row.fields[i]!.trim()));
		// a Dutch spreadsheet writes amounts as "1.250,50": read them as the app reads any number
		if (separator === ';') {
			const unread = AMOUNT_COLUMNS.filter((column) => {
				if (values[column] === '') return false;
				const reading = readNumber(values[column], 'nl', 'amount');
				if (reading.ok) values[column] = reading.decimal;
				else
					problems.push(
						problem(
							row.line,
							column,
							numberProblemMessage(reading.problem, 'nl', 'amount'),
							numberProblemMessage(reading.problem, 'en', 'amount')
						)
					);
				return !reading.ok;
			});
			if (unread.length > 0 || !hoursInDutch(values, row.line, problems)) continue;
		}
		const result = unitCostSchema.safeParse(rowToInput(values), { reportInput: true });
		if (result.success) entries.push({ entry: result.data, line: row.line, at: null });
		else
			for (const issue of result.error.issues)
				problems.push(
					problem(
						row.line,
						columnOf(issue.path),
						inputIssueDetail(issue, 'nl'),
						inputIssueDetail(issue, 'en')
					)
				);
	}
	problems.push(...catalogProblems(entries));
	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		catalog: {
			...meta,
			description: meta.description ?? '',
			entries: entries.map((e) => e.entry),
			withdrawn: [],
			gaps: []
		}
	};
}

/** Reads a catalog from JSON (the export format), every problem placed by its path. */
export function importCatalogJson(text: string): CatalogImport {
	const json = readJson(text);
	if (!json.ok) {
		const { detail } = json;
		return {
			ok: false,
			problems: [
				problem(null, null, `geen geldige JSON: ${detail.nl}`, `not valid JSON: ${detail.en}`)
			]
		};
	}
	const result = catalogSchema.safeParse(json.value, { reportInput: true });
	if (!result.success)
		return {
			ok: false,
			problems: result.error.issues.map((issue) =>
				problem(
					null,
					issue.path.map(String).join('.'),
					inputIssueDetail(issue, 'nl'),
					inputIssueDetail(issue, 'en')
				)
			)
		};
	const problems = catalogProblems(
		result.data.entries.map((entry, i) => ({ entry, line: null, at: `entries.${i}` }))
	);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: result.data };
}

/** A catalog file of either format, told apart by its name or its first character. */
/**
 * A catalog file as it was saved, CSV or JSON: as text, or as the file's bytes in whatever
 * encoding a spreadsheet or editor wrote them (see decodeTextFile).
 */
export function importCatalogFile(
	file: string | Uint8Array,
	fileName: string,
	date: string
): CatalogImport {
	const namedJson = fileName.toLowerCase().endsWith('.json');
	let text = file;
	if (typeof text !== 'string') {
		const decoded = decodeTextFile(text, !namedJson);
		if (!decoded.ok)
			return { ok: false, problems: [problem(null, null, decoded.problem.nl, decoded.problem.en)] };
		text = decoded.text;
	}
	const isJson =
		namedJson ||
		text
			.replace(/^\uFEFF/, '')
			.trimStart()
			.startsWith('{');
	return isJson ? importCatalogJson(text) : importCatalogCsv(text, { version: fileName, date });
}

export function describeImportProblem(p: ImportProblem, lang: 'nl' | 'en'): string {
	const where = [p.line === null ? null : `${lang === 'nl' ? 'regel' : 'line'} ${p.line}`, p.column]
		.filter(Boolean)
		.join(', ');
	return where ? `${where}: ${p.message[lang]}` : p.message[lang];
}
