// npm run bench: speed figures of the engine, printed; targets live here, never in unit tests.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { main } from '../src/cli/main';
import { computeScenario, D, simulate } from '../src/lib/engine';
import { benchScenario } from './portfolio';
import { plainLines, plainLoop, plainPortfolio, uncertainPortfolio } from './simulation';

/** How long each of `runs` runs of the work takes, in ms, fastest first; after `warmUp` untimed runs. */
function timed(runs: number, work: () => unknown, warmUp = Math.min(3, runs)): number[] {
	for (let i = 0; i < warmUp; i++) work();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		work();
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b);
}

const medianOf = (times: number[]) => times[times.length >> 1]!;

function measure(label: string, runs: number, work: () => unknown, targetMs: number): void {
	const times = timed(runs, work);
	const median = medianOf(times);
	const p95 = times[Math.floor(times.length * 0.95)]!;
	const verdict = median <= targetMs ? 'within' : 'OVER';
	console.log(
		`${label.padEnd(52)} median ${median.toFixed(3).padStart(9)} ms   p95 ${p95.toFixed(3).padStart(9)} ms   target ${targetMs} ms: ${verdict}`
	);
}

/**
 * This machine's speed today: shared virtual machines vary by a third from hour to hour, so the
 * figures below are best read against this line.
 */
function calibrate(): void {
	const a = new D('12345.678901234567890123456789012345678');
	const b = new D('0.9780380419747613903818359375');
	for (let i = 0; i < 10_000; i++) a.times(b);
	const start = performance.now();
	for (let i = 0; i < 100_000; i++) a.times(b);
	console.log(
		`calibration: 100,000 multiplications of 40-digit decimals take ${(performance.now() - start).toFixed(0)} ms`
	);
}

const portfolio = benchScenario(1000);
const single = benchScenario(1);

console.log(`Effectwijzer engine benchmark (node ${process.version}, exact decimal arithmetic)`);
calibrate();
measure(
	'portfolio: 1,000 cases × 10 effects, 10-year horizon',
	15,
	() => computeScenario(portfolio),
	250
);
/** The exact engine beside the same arithmetic in plain numbers, in this process. */
function exactBesidePlain(label: string, scenario: typeof portfolio, runs: number): void {
	const exact = medianOf(timed(runs, () => computeScenario(scenario)));
	const lines = plainLines(scenario);
	const plain = medianOf(
		timed(runs, () => plainPortfolio(lines, scenario.assumptions.horizonYears))
	);
	const ratio = exact / plain;
	console.log(
		`  ${label.padEnd(34)} exact ${exact.toFixed(3)} ms, plain numbers ${plain.toFixed(3)} ms: ${ratio.toFixed(0)}× (target within 8×: ${ratio <= 8 ? 'within' : 'OVER'})`
	);
}
console.log('the exact engine beside a plain-number loop doing the same arithmetic:');
exactBesidePlain('1,000 cases × 10 effects × 10 years', portfolio, 15);
exactBesidePlain('one case', single, 500);
measure(
	'one case: 10 effects, 10-year horizon (live typing)',
	500,
	() => computeScenario(single),
	1
);
const simulation = uncertainPortfolio(100);
let engineMs = 0;
let plainMs = 0;
{
	const started = performance.now();
	const result = simulate(simulation.scenario, simulation.uncertain, { draws: 10_000, seed: 1 })!;
	engineMs = performance.now() - started;
	const plainStart = performance.now();
	plainLoop(simulation.scenario, 10_000, 1);
	plainMs = performance.now() - plainStart;
	const verdict = engineMs <= 1000 && engineMs <= 3 * plainMs ? 'within' : 'OVER';
	console.log(
		`Monte Carlo: 10,000 draws of 100 cases × 10 effects (${simulation.uncertain.length} uncertain inputs)`
	);
	console.log(
		`  engine simulate()        ${engineMs.toFixed(0).padStart(6)} ms   mean NPV ${result.npv.mean.toFixed(0)}`
	);
	console.log(
		`  plain Float64Array loop  ${plainMs.toFixed(0).padStart(6)} ms   (reference, fewer random inputs)`
	);
	console.log(
		`  ratio ${(engineMs / plainMs).toFixed(2)}×; targets under 1,000 ms and within 3×: ${verdict}`
	);
}

/** `effectwijzer compute` as a shell runs it, whole processes, beside the computation inside. */
function commandLine(): void {
	const example = 'examples/maatwerk-huurachterstand.json';
	const args = ['compute', example, '--format', 'csv'];
	// a whole process is started cold each time, as a shell starts it: no warm-up
	const median = (runs: number, work: () => void) => medianOf(timed(runs, work, 0));
	const io = {
		stdout: () => undefined,
		stderr: () => undefined,
		readStdin: () => new Uint8Array(),
		readFile: (path: string) => new Uint8Array(readFileSync(path))
	};
	const inside = median(20, () => main(args, io));
	const bundled = median(10, () =>
		execFileSync(process.execPath, ['bin/effectwijzer.js', ...args])
	);
	// as bin/effectwijzer.js ran it before the bundle: compiling the TypeScript through tsx first
	const throughTsx = median(5, () =>
		execFileSync(process.execPath, [
			'--import',
			'tsx',
			'--input-type=module',
			'-e',
			"const c = await import('./src/cli/main.ts'); c.main(process.argv.slice(1), c.processIo);",
			...args
		])
	);
	const verdict = bundled < 300 ? 'within' : 'OVER';
	console.log(`effectwijzer compute, a whole process (node ${process.version}):`);
	console.log(
		`  from the bundle          ${bundled.toFixed(0).padStart(6)} ms   target 300 ms: ${verdict}`
	);
	console.log(
		`  through tsx, as before   ${throughTsx.toFixed(0).padStart(6)} ms   (${(throughTsx / bundled).toFixed(1)}×)`
	);
	console.log(
		`  the computation inside   ${inside.toFixed(1).padStart(6)} ms   (in this process, warm)`
	);
}
commandLine();

const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(`heap in use after the runs: ${heapMb.toFixed(0)} MB`);
