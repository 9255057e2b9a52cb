import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { computeScenario } from '../lib/engine/compute';
import { describeProblem } from '../lib/i18n/problems';
import type { ScenarioResult } from '../lib/engine/result';
import { resultCsv } from '../lib/report/result-csv';
import { explainLines } from '../lib/report/explain';
import { resultText } from '../lib/report/text';
import type { Lang } from '../lib/schemas/messages';
import { parseScenarioText } from '../lib/schemas/parse';
import { encodeResult } from '../lib/schemas/result';

export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

export interface Io {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	readStdin: () => string;
	readFile: (path: string) => string;
}

const HELP = {
	main: `effectwijzer: what social work saves society, from a scenario file

Usage: effectwijzer <command> [options]

Commands:
  compute FILE|-    compute a scenario and print the result
  validate FILE|-   check a scenario file and list every problem
  help [COMMAND]    show help

Exit codes: 0 success, 1 invalid input (every problem listed by JSON path), 2 wrong usage.
The scenario format: docs/scenario-format.md and docs/scenario.schema.json.
`,
	compute: `Usage: effectwijzer compute FILE|- [--format table|json|csv] [--lang nl|en]

Computes a scenario (a JSON file, or - for standard input) and prints the result.
  --format  table (default): a readable report; json: the full result with every line
            and exact decimal strings; csv: every figure in long form, money in cents
  --lang    nl (default) or en: the language of labels and messages
  --explain with the table format: add where every amount comes from (unit cost, price
            year, source, probabilities, adjustments)
`,
	validate: `Usage: effectwijzer validate FILE|- [--lang nl|en]

Checks a scenario file: its shape, and its meaning (probabilities in [0, 1], known unit costs,
price years the index covers, chains without loops...). Lists every problem by JSON path.
`
} as const;

type Command = keyof typeof HELP;

class UsageError extends Error {}

function readInput(file: string | undefined, io: Io): string {
	if (file === undefined) throw new UsageError('missing FILE (a path, or - for standard input)');
	if (file === '-') return io.readStdin();
	try {
		return io.readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		throw new UsageError(`cannot read ${file} (${code})`);
	}
}

function options(args: string[], allowFormat: boolean) {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			format: { type: 'string', default: 'table' },
			lang: { type: 'string', default: 'nl' },
			help: { type: 'boolean', short: 'h', default: false },
			explain: { type: 'boolean', default: false }
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
		explain: values.explain
	};
}

function run(command: 'compute' | 'validate', args: string[], io: Io): number {
	const opts = options(args, command === 'compute');
	if (opts.help) {
		io.stdout(HELP[command]);
		return EXIT.ok;
	}
	const outcome = parseScenarioText(readInput(opts.file, io));
	if (!outcome.ok) {
		const heading =
			opts.lang === 'nl'
				? `${outcome.problems.length} probleem/problemen in de invoer:`
				: `${outcome.problems.length} problem(s) in the input:`;
		io.stderr(
			[heading, ...outcome.problems.map((p) => `  ${describeProblem(p, opts.lang)}`)].join('\n') +
				'\n'
		);
		return EXIT.invalidInput;
	}
	if (outcome.notice) {
		const { recorded, used } = outcome.notice;
		io.stderr(
			opts.lang === 'nl'
				? `let op: het scenario noemt catalogusversie ${recorded}; gerekend met ${used}\n`
				: `note: the scenario names catalog version ${recorded}; computed with ${used}\n`
		);
	}
	if (command === 'validate') {
		io.stdout(opts.lang === 'nl' ? `${opts.file}: geldig\n` : `${opts.file}: valid\n`);
		return EXIT.ok;
	}
	const result = computeScenario(outcome.scenario);
	if (opts.format === 'json') io.stdout(JSON.stringify(encodeResult(result), null, '\t') + '\n');
	else if (opts.format === 'csv') io.stdout(resultCsv(result, opts.lang));
	else {
		io.stdout(resultText(result, outcome.file.label, opts.lang));
		if (opts.explain) io.stdout(explanationText(result, opts.lang));
	}
	return EXIT.ok;
}

function explanationText(result: ScenarioResult, lang: Lang): string {
	const heading = lang === 'nl' ? 'Herkomst van elk bedrag' : 'Where every amount comes from';
	const lines = explainLines(
		result,
		result.lines.map((line) => line.id),
		lang
	);
	return [heading, ...lines.map((line) => `- ${line}`), ''].join('\n');
}

/** Runs the command line and returns the exit code; all I/O goes through `io`, for tests. */
export function main(argv: string[], io: Io): number {
	const [command, ...rest] = argv;
	try {
		if (command === undefined || command === '--help' || command === '-h') {
			io.stdout(HELP.main);
			return command === undefined ? EXIT.usage : EXIT.ok;
		}
		if (command === 'help') {
			const topic = rest[0] as Command | undefined;
			io.stdout(topic && topic in HELP ? HELP[topic] : HELP.main);
			return EXIT.ok;
		}
		if (command === 'compute' || command === 'validate') return run(command, rest, io);
		throw new UsageError(`unknown command ${command}`);
	} catch (error) {
		if (
			error instanceof UsageError ||
			(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
		) {
			io.stderr(`effectwijzer: ${(error as Error).message}\nTry effectwijzer --help.\n`);
			return EXIT.usage;
		}
		throw error;
	}
}

export const processIo: Io = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	readStdin: () => readFileSync(0, 'utf8'),
	readFile: (path) => readFileSync(path, 'utf8')
};
