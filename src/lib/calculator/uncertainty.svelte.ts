import {
	breakEven,
	tornado,
	type BilingualText,
	type BreakEven,
	type Dec,
	type TornadoBar
} from '../engine';
import { calculate, parseScenario } from '../calculate/calculate';
import type { SimulationMessage, SimulationRequest } from './simulation-messages';

export interface Sensitivity {
	bars: TornadoBar[];
	baseNpv: Dec;
	/** The break-even value of every probability in the tornado. */
	breakEvens: { label: BilingualText; result: BreakEven }[];
}

export type SimulationOutcome = Omit<Extract<SimulationMessage, { type: 'done' }>, 'type'>;

/** Where the last sensitivity or simulation request ended, for the status line. */
export type UncertaintyStatus = 'idle' | 'invalid' | 'done' | 'cancelled';

/** What the run needs of a worker: the browser's Worker, or a stand-in in a test. */
export interface SimulationWorker {
	onmessage: ((event: MessageEvent<SimulationMessage>) => void) | null;
	postMessage(request: SimulationRequest): void;
	terminate(): void;
}

const browserWorker = (): SimulationWorker =>
	new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });

/**
 * "How sure is this?" for the case in the calculator: the tornado and break-even values, worked
 * out on the page, and a Monte Carlo in a worker with progress and cancel. Only one simulation
 * runs at a time; starting another ends the one before.
 */
export class UncertaintyRun {
	sensitivity = $state.raw<Sensitivity | null>(null);
	/** The input of the tornado whose break-even value is asked for, by input id. */
	chosenInput = $state('');
	draws = $state(10_000);
	seed = $state(1);
	running = $state<{ done: number; draws: number } | null>(null);
	status = $state<UncertaintyStatus>('idle');
	outcome = $state.raw<SimulationOutcome | null>(null);
	#worker: SimulationWorker | undefined;

	constructor(
		private readonly scenario: () => unknown,
		private readonly startWorker: () => SimulationWorker = browserWorker
	) {}

	readonly chosen = $derived.by(() => {
		const bar = this.sensitivity?.bars.find((b) => b.input.id === this.chosenInput);
		const parsed = bar ? parseScenario(this.scenario()) : null;
		return bar && parsed?.ok ? { bar, result: breakEven(parsed.scenario, bar.input) } : null;
	});

	computeSensitivity(): void {
		const outcome = calculate(this.scenario());
		if (!outcome.ok) {
			this.status = 'invalid';
			return;
		}
		const bars = tornado(outcome.scenario);
		const breakEvens = bars
			.filter((bar) => bar.input.kind === 'probability')
			.map((bar) => ({ label: bar.input.label, result: breakEven(outcome.scenario, bar.input) }));
		this.sensitivity = { bars, baseNpv: outcome.result.total.societal.npv, breakEvens };
	}

	run(): void {
		this.#worker?.terminate();
		const worker = (this.#worker = this.startWorker());
		this.running = { done: 0, draws: this.draws };
		this.status = 'idle';
		worker.onmessage = ({ data: message }) => {
			if (message.type === 'progress') {
				this.running = { done: message.done, draws: message.draws };
				return;
			}
			this.running = null;
			if (message.type === 'invalid') this.status = 'invalid';
			else {
				const { type: _type, ...outcome } = message;
				this.outcome = outcome;
				this.status = 'done';
			}
		};
		worker.postMessage({ scenario: this.scenario(), draws: this.draws, seed: this.seed });
	}

	cancel(): void {
		this.dispose();
		this.running = null;
		this.status = 'cancelled';
	}

	/** Ends a simulation still running, when the page goes away. */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
	}
}
