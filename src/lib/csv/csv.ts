/** What separates the fields: a comma, or the semicolon of Dutch spreadsheets (decimal commas). */
export type CsvSeparator = ',' | ';';

/** What a spreadsheet would run as a formula: =, +, @, a tab or return, or - unless a number. */
const FORMULA_START = /^([=+@\t\r]|-(?!\d+([.,]\d+)?$))/;

/**
 * RFC 4180 quoting: a field with the separator, a quote or a line break is quoted, quotes
 * doubled. A text a spreadsheet would run as a formula (a case named "=HYPERLINK(…)") gets an
 * apostrophe before it, as OWASP advises against CSV injection, so it opens as the text it is.
 */
export function csvField(value: string, separator: CsvSeparator = ','): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	const special = separator === ',' ? /[",\r\n]/ : /[";\r\n]/;
	return special.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(fields: readonly string[], separator: CsvSeparator = ','): string {
	return fields.map((field) => csvField(field, separator)).join(separator);
}

/** The separator a file uses, judged by its first line: semicolons and no commas mean ";". */
export function detectSeparator(text: string): CsvSeparator {
	const first = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r?\n/, 1)[0] ?? '';
	const outside = first.replace(/"[^"]*"/g, '');
	return outside.includes(';') && !outside.includes(',') ? ';' : ',';
}

export interface CsvRow {
	/** 1-based line number in the file where the row starts, for error messages. */
	line: number;
	fields: string[];
}

export type CsvParse =
	| { ok: true; rows: CsvRow[] }
	| { ok: false; line: number; reason: 'unclosed-quote' | 'stray-quote' };

/**
 * Reads RFC 4180 CSV (comma- or semicolon-separated, double-quoted fields, CRLF or LF, an
 * optional BOM). Blank lines are skipped; each row keeps the line it started on.
 */
export function parseCsv(text: string, separator: CsvSeparator = ','): CsvParse {
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const rows: CsvRow[] = [];
	let fields: string[] = [];
	let field = '';
	let line = 1;
	let rowLine = 1;
	let quoted = false;
	let i = 0;
	const endRow = () => {
		fields.push(field);
		if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
		fields = [];
		field = '';
	};
	while (i < source.length) {
		const char = source[i]!;
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				field += '"';
				i += 2;
				continue;
			}
			if (char === '"') quoted = false;
			else field += char;
			if (char === '\n') line++;
			i++;
			continue;
		}
		if (char === '"') {
			if (field !== '') return { ok: false, line, reason: 'stray-quote' };
			quoted = true;
		} else if (char === separator) {
			fields.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && source[i + 1] === '\n') i++;
			endRow();
			line++;
			rowLine = line;
		} else field += char;
		i++;
	}
	if (quoted) return { ok: false, line: rowLine, reason: 'unclosed-quote' };
	if (field !== '' || fields.length > 0) endRow();
	return { ok: true, rows };
}
