import type { Lang } from '../../i18n/lang';
import type { Listed, YearSummary } from '../../portfolio/types';
import { yearCsv, yearCsvWriter, type CsvDialect } from '../../report/files/result-csv';
import { organisationFigureInputs } from '../cases/overrides';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Database, Queryable, Transaction } from '../db/database';
import { inTime } from '../platform/unavailable';
import { currentSummary } from '../sums/pricing';
import { caseFigures, caseRowsInOrder } from '../sums/store';
import { heavy } from '../work/pool';
import { exactText } from '../work/wire';

/**
 * A year's files (its CSVs and its workbook) written from the sums its cases keep, as the
 * report page reads them: one road to a year's figures, never the year priced again. The case
 * rows are read a page at a time.
 */

/** A year's kept figures on the basis they were added up on (sums/pricing.ts, currentSummary). */
export type KeptYear = YearSummary & { organisationId: string; basis: string };

/** The year's figures from its kept sums, every case priced on the current basis first. */
export async function keptYear(
	db: Database,
	organisationId: string,
	year: number
): Promise<KeptYear | null> {
	const figures = await organisationFigureInputs(db, organisationId);
	const summary = await currentSummary(db, organisationId, year, figures);
	return summary && { ...summary, organisationId, basis: summary.basis! };
}

/** The year as CSV, in pieces as its case rows are read. */
export function keptYearCsv(
	db: Queryable,
	year: KeptYear,
	lang: Lang,
	dialect: CsvDialect,
	perPage?: number
): AsyncGenerator<string> {
	const pages = caseRowsInOrder(db, year.organisationId, year.year, year.basis, perPage);
	return yearCsv(year.summary, pages, lang, dialect);
}

/** The year with its whole case list, largest first, as the workbook and a version list it. */
export async function listedYear(db: Queryable, year: KeptYear): Promise<Listed<KeptYear>> {
	const cases = await caseFigures(db, year.organisationId, year.year, year.basis);
	return { ...year, cases };
}

/** The year as an Excel workbook, written in a worker. */
export function keptYearWorkbook(listed: Listed, organisation: string): Promise<Uint8Array> {
	return inTime(heavy({ kind: 'portfolio-xlsx', listed: exactText(listed), organisation }));
}

/** A download a version keeps, as bytes written once when it was established. */
export interface VersionFile {
	name: VersionFileName;
	content: Uint8Array;
}

const CSV_FILES = {
	'portfolio-nl.csv': ['nl', 'standard'],
	'portfolio-en.csv': ['en', 'standard'],
	'portfolio-nl-excel.csv': ['nl', 'excel-nl'],
	'portfolio-en-excel.csv': ['en', 'excel-nl']
} as const satisfies Record<string, readonly [Lang, CsvDialect]>;

export type VersionFileName = keyof typeof CSV_FILES | 'portfolio.xlsx';

/** The file a version keeps for a download in a language and dialect. */
export function csvFileName(lang: Lang, dialect: CsvDialect): VersionFileName {
	return dialect === 'excel-nl' ? `portfolio-${lang}-excel.csv` : `portfolio-${lang}.csv`;
}

/** Pieces of text as the bytes of one file. */
export async function bytesOf(pieces: AsyncIterable<string>): Promise<Uint8Array> {
	const encoder = new TextEncoder();
	const parts: Uint8Array[] = [];
	for await (const piece of pieces) parts.push(encoder.encode(piece));
	return Buffer.concat(parts);
}

/** Every download of a year, as a version keeps them: the case rows read once for all four CSVs. */
export async function versionFiles(
	db: Queryable,
	year: KeptYear,
	listed: Listed,
	organisation: string
): Promise<VersionFile[]> {
	// the workbook is written in a worker while the CSVs are written here
	const workbook = keptYearWorkbook(listed, organisation);
	const csvs = Object.entries(CSV_FILES).map(([name, [lang, dialect]]) => ({
		name: name as VersionFileName,
		writer: yearCsvWriter(lang, dialect),
		pieces: [] as string[]
	}));
	for (const csv of csvs) csv.pieces.push(csv.writer.start(year.summary));
	for await (const page of caseRowsInOrder(db, year.organisationId, year.year, year.basis))
		for (const csv of csvs) csv.pieces.push(csv.writer.cases(page));
	const encoder = new TextEncoder();
	const files: VersionFile[] = csvs.map(({ name, writer, pieces }) => ({
		name,
		content: encoder.encode(pieces.join('') + writer.end(year.summary))
	}));
	files.push({ name: 'portfolio.xlsx', content: await workbook });
	return files;
}

// A text file is kept gzipped (a 5,000-case CSV: 3 MB, a tenth of that packed); one kept
// before that, or a workbook (a zip of its own), is kept as it is. A gzip stream starts with
// 1f 8b, which neither a CSV nor a workbook (PK) ever does.
const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);
const isGzip = (content: Uint8Array) => content[0] === 0x1f && content[1] === 0x8b;

/** A version's files as they are kept. */
export const packedFiles = (files: readonly VersionFile[]): Promise<VersionFile[]> =>
	Promise.all(
		files.map(async (file) =>
			file.name.endsWith('.csv') ? { ...file, content: await gzipped(file.content) } : file
		)
	);

const base64 = (bytes: Uint8Array) =>
	Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** Keeps a version's packed files. */
export async function storeVersionFiles(
	tx: Transaction,
	versionId: string,
	files: readonly VersionFile[]
): Promise<void> {
	// as base64 text: the embedded engine takes and gives a large bytea several times slower
	await tx.query(
		`insert into report_version_files (version_id, name, content)
		 select $1, name, decode(content, 'base64') from unnest($2::text[], $3::text[]) f (name, content)`,
		[versionId, files.map((f) => f.name), files.map((f) => base64(f.content))]
	);
}

/** A download of an established version, exactly as it was written when it was established. */
export async function versionFile(
	db: Queryable,
	versionId: string,
	name: VersionFileName
): Promise<Uint8Array | null> {
	const [row] = await db.query<{ content: string }>(
		`select encode(content, 'base64') as content from report_version_files
		 where version_id = $1 and name = $2`,
		[versionId, name]
	);
	if (!row) return null;
	const content = Buffer.from(row.content, 'base64');
	return isGzip(content) ? await gunzipped(content) : content;
}
