import { parseArgs } from 'node:util';
import { simulate, type SimulationResult, type Summary } from '../lib/engine';
import { formatMoney, formatRatio, formatShare, formatWholeEuro } from '../lib/format/money';
import { describeProblem } from '../lib/i18n/problems';
import { alignColumns } from '../lib/report/files/text';
import type { Lang } from '../lib/i18n/lang';
import { calculateText } from '../lib/calculate/calculate';
import { HELP } from './help';
import { EXIT, readInput, UsageError, type Io } from './io';
import { CLI_WORDS } from './words';

function options(args: string[]) {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			draws: { type: 'string', default: '10000' },
			seed: { type: 'string', default: '1' },
			format: { type: 'string', default: 'table' },
			lang: { type: 'string', default: 'nl' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	const whole = (name: string, text: string, min: number, max: number) => {
		const n = Number(text);
		if (!/^\d+$/.test(text) || n < min || n > max)
			throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not ${text}`);
		return n;
	};
	if (!['nl', 'en'].includes(values.lang))
		throw new UsageError(`--lang must be nl or en, not ${values.lang}`);
	if (!['table', 'json'].includes(values.format))
		throw new UsageError(`--format must be table or json, not ${values.format}`);
	if (positionals.length > 1) throw new UsageError(`one FILE only, got ${positionals.length}`);
	return {
		file: positionals[0],
		draws: whole('draws', values.draws, 1, 10_000_000),
		seed: whole('seed', values.seed, 0, 4294967295),
		format: values.format as 'table' | 'json',
		lang: values.lang as Lang,
		help: values.help
	};
}

const round = (value: number, places: number) => Number(value.toFixed(places));
const summaryJson = (s: Summary, places: number) =>
	Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v, places)]));

function table(result: SimulationResult, exact: string, lang: Lang): string {
	const w = CLI_WORDS[lang];
	const money = (v: number) => formatWholeEuro(v, lang);
	const ratio = (v: number) => formatRatio(v, lang);
	const row = (label: string, s: Summary, f: (v: number) => string) => [
		label,
		f(s.mean),
		f(s.p5),
		f(s.p50),
		f(s.p95),
		f(s.standardError)
	];
	return [
		w.simulation(result.draws, result.seed),
		...alignColumns([
			['', w.mean, 'P5', 'P50', 'P95', w.standardError],
			row(w.npv, result.npv, money),
			row(w.bcr, result.bcr, ratio)
		]),
		`${w.breakEvenOdds}: ${formatShare(result.breakEvenOdds, lang, 1, true)}`,
		`${w.exact}: ${exact}`,
		''
	].join('\n');
}

/** `effectwijzer simulate`: Monte Carlo over the scenario's uncertain inputs. */
export function runSimulateCommand(args: string[], io: Io): number {
	const opts = options(args);
	if (opts.help) {
		io.stdout(HELP.simulate);
		return EXIT.ok;
	}
	const outcome = calculateText(readInput(opts.file, io, opts.lang));
	if (!outcome.ok) {
		io.stderr(outcome.problems.map((p) => describeProblem(p, opts.lang)).join('\n') + '\n');
		return EXIT.invalidInput;
	}
	const { scenario } = outcome;
	const result = simulate(scenario, scenario.uncertainty ?? [], {
		draws: opts.draws,
		seed: opts.seed
	})!;
	const exact = outcome.result.total.societal.npv;
	if (opts.format === 'json') {
		const { npvDraws: _draws, ...figures } = result;
		io.stdout(
			JSON.stringify(
				{
					...figures,
					npv: summaryJson(result.npv, 2),
					bcr: summaryJson(result.bcr, 4),
					exactNpv: exact.toFixed(2)
				},
				null,
				'\t'
			) + '\n'
		);
	} else io.stdout(table(result, formatMoney(exact, opts.lang), opts.lang));
	return EXIT.ok;
}
