import { parseArgs } from 'node:util';
import type { Catalog } from '../lib/catalog/catalog';
import { PUBLISHED_CATALOG } from '../lib/catalog/published';
import { describeImportProblem, importCatalogFile } from '../lib/catalog/catalog-file';
import { CBS_CPI } from '../lib/catalog/cpi';
import { amountInPriceYear, coversYear, DOMAINS, indexYearRange, type Domain } from '../lib/engine';
import { PAYER_LABELS } from '../lib/i18n/labels';
import { formatMoney } from '../lib/format/money';
import { alignColumns } from '../lib/report/files/text';
import type { Lang } from '../lib/i18n/lang';
import { HELP } from './help';
import { EXIT, readInput, UsageError, type Io } from './io';
import { CLI_WORDS } from './words';

function options(args: string[]) {
	const { values } = parseArgs({
		args,
		allowPositionals: false,
		options: {
			json: { type: 'boolean', default: false },
			'price-year': { type: 'string' },
			domain: { type: 'string' },
			check: { type: 'string' },
			lang: { type: 'string', default: 'nl' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	if (!['nl', 'en'].includes(values.lang))
		throw new UsageError(`--lang must be nl or en, not ${values.lang}`);
	const priceYear = values['price-year'];
	if (priceYear !== undefined && !/^\d{4}$/.test(priceYear))
		throw new UsageError(`--price-year must be a year such as 2024, not ${priceYear}`);
	if (values.domain !== undefined && !(DOMAINS as readonly string[]).includes(values.domain))
		throw new UsageError(`--domain must be one of ${DOMAINS.join(', ')}, not ${values.domain}`);
	return {
		...values,
		lang: values.lang as Lang,
		priceYear: priceYear === undefined ? undefined : Number(priceYear),
		domain: values.domain as Domain | undefined
	};
}

/** Reads a catalog file for the command line, or says why not, line by line. */
export function readCatalogFile(file: string, lang: Lang, io: Io): Catalog | null {
	const today = new Date().toISOString().slice(0, 10);
	const result = importCatalogFile(readInput(file, io, lang, !file.endsWith('.json')), file, today);
	if (result.ok) return result.catalog;
	const heading = CLI_WORDS[lang].catalogRefused(file);
	io.stderr(
		[heading, ...result.problems.map((p) => `  ${describeImportProblem(p, lang)}`)].join('\n') +
			'\n'
	);
	return null;
}

function check(file: string, lang: Lang, io: Io): number {
	const catalog = readCatalogFile(file, lang, io);
	if (!catalog) return EXIT.invalidInput;
	const count = catalog.entries.length;
	io.stdout(`${CLI_WORDS[lang].validCatalog(file, count)}\n`);
	return EXIT.ok;
}

/** `effectwijzer catalog`: the catalog as a table or JSON, optionally in one price year. */
export function runCatalogCommand(args: string[], io: Io): number {
	const opts = options(args);
	if (opts.help) {
		io.stdout(HELP.catalog);
		return EXIT.ok;
	}
	if (opts.check !== undefined) return check(opts.check, opts.lang, io);
	if (opts.priceYear !== undefined && !coversYear(CBS_CPI, opts.priceYear)) {
		const { first, last } = indexYearRange(CBS_CPI);
		io.stderr(`${CLI_WORDS[opts.lang].priceYearOutside(first, last, opts.priceYear)}\n`);
		return EXIT.invalidInput;
	}
	const entries = PUBLISHED_CATALOG.entries.filter(
		(e) => opts.domain === undefined || e.domain === opts.domain
	);
	const priced = entries.map((entry) => {
		const year = opts.priceYear ?? entry.priceYear;
		return { entry, year, amount: amountInPriceYear(entry.amount, entry, year, CBS_CPI) };
	});
	if (opts.json) {
		const rows = priced.map(({ entry, year, amount }) => ({
			id: entry.id,
			label: entry.label,
			amount: amount.toString(),
			priceYear: year,
			sourceAmount: entry.amount.toString(),
			sourcePriceYear: entry.priceYear,
			unit: entry.unit,
			payer: entry.payer,
			domain: entry.domain,
			valueType: entry.valueType,
			grade: entry.grade,
			source: entry.source,
			status: entry.status,
			...(entry.note ? { note: entry.note } : {})
		}));
		io.stdout(
			JSON.stringify(
				{ version: PUBLISHED_CATALOG.version, date: PUBLISHED_CATALOG.date, entries: rows },
				null,
				'\t'
			) + '\n'
		);
		return EXIT.ok;
	}
	const header = CLI_WORDS[opts.lang].catalogHeader;
	const rows = priced.map(({ entry, year, amount }) => [
		entry.id,
		entry.label[opts.lang],
		formatMoney(amount, opts.lang),
		String(year),
		entry.unit,
		PAYER_LABELS[entry.payer][opts.lang],
		String(entry.grade)
	]);
	const title = CLI_WORDS[opts.lang].catalogTitle(
		PUBLISHED_CATALOG.version,
		PUBLISHED_CATALOG.date,
		entries.length
	);
	io.stdout(
		[title, ...alignColumns([header, ...rows], (column) => [2, 3, 6].includes(column))].join('\n') +
			'\n'
	);
	return EXIT.ok;
}
