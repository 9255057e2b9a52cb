import { parseArgs } from 'node:util';
import type { ScenarioResult } from '../lib/engine';
import { describeProblem } from '../lib/i18n/problems';
import { explainLines } from '../lib/explain/explain';
import { resultCsv } from '../lib/report/files/result-csv';
import { resultText } from '../lib/report/files/text';
import type { Lang } from '../lib/i18n/lang';
import { calculateText } from '../lib/calculate/calculate';
import { encodeResult } from '../lib/schemas/result';
import { CATALOG } from '../lib/catalog/catalog';
import { readCatalogFile } from './catalog-command';
import { HELP } from './help';
import { EXIT, readInput, UsageError, type Io } from './io';
import { CLI_WORDS } from './words';

function options(args: string[], allowFormat: boolean) {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			format: { type: 'string', default: 'table' },
			lang: { type: 'string', default: 'nl' },
			help: { type: 'boolean', short: 'h', default: false },
			explain: { type: 'boolean', default: false },
			overrides: { type: 'string' }
		}
	});
	if (!['nl', 'en'].includes(values.lang))
		throw new UsageError(`--lang must be nl or en, not ${values.lang}`);
	if (
		!['table', 'json', 'csv'].includes(values.format) ||
		(!allowFormat && args.some((a) => a.startsWith('--format')))
	)
		throw new UsageError(
			`--format must be table, json or csv${allowFormat ? '' : ', and only with compute'}`
		);
	if (positionals.length > 1) throw new UsageError(`one FILE only, got ${positionals.length}`);
	if (values.explain && (!allowFormat || values.format !== 'table'))
		throw new UsageError('--explain goes with compute in the table format');
	return {
		file: positionals[0],
		format: values.format as 'table' | 'json' | 'csv',
		lang: values.lang as Lang,
		help: values.help,
		explain: values.explain,
		overrides: values.overrides
	};
}

export function runScenarioCommand(
	command: 'compute' | 'validate',
	args: string[],
	io: Io
): number {
	const opts = options(args, command === 'compute');
	if (opts.help) {
		io.stdout(HELP[command]);
		return EXIT.ok;
	}
	const input = readInput(opts.file, io, opts.lang);
	const organisation =
		opts.overrides === undefined ? null : readCatalogFile(opts.overrides, opts.lang, io);
	if (opts.overrides !== undefined && !organisation) return EXIT.invalidInput;
	const outcome = calculateText(input, CATALOG, organisation?.entries ?? []);
	if (!outcome.ok) {
		const heading = CLI_WORDS[opts.lang].problems(outcome.problems.length);
		io.stderr(
			[heading, ...outcome.problems.map((p) => `  ${describeProblem(p, opts.lang)}`)].join('\n') +
				'\n'
		);
		return EXIT.invalidInput;
	}
	if (outcome.notice) {
		const { recorded, used } = outcome.notice;
		io.stderr(`${CLI_WORDS[opts.lang].otherCatalog(recorded, used)}\n`);
	}
	if (command === 'validate') {
		io.stdout(`${CLI_WORDS[opts.lang].valid(opts.file ?? '-')}\n`);
		return EXIT.ok;
	}
	const { result } = outcome;
	if (opts.format === 'json') io.stdout(JSON.stringify(encodeResult(result), null, '\t') + '\n');
	else if (opts.format === 'csv') io.stdout(resultCsv(result, opts.lang));
	else {
		io.stdout(resultText(result, outcome.file.label, opts.lang));
		if (opts.explain) io.stdout(explanationText(result, opts.lang));
	}
	return EXIT.ok;
}

function explanationText(result: ScenarioResult, lang: Lang): string {
	const heading = CLI_WORDS[lang].provenance;
	const lines = explainLines(
		result,
		result.lines.map((line) => line.id),
		lang
	);
	return [heading, ...lines.map((line) => `- ${line}`), ''].join('\n');
}
