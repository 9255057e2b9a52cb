import { describe, expect, it } from 'vitest';
import type { SimulationMessage, SimulationRequest } from './simulation-messages';
import { pattern } from './patterns';
import { UncertaintyRun, type SimulationWorker } from './uncertainty.svelte';

/** A worker stand-in: records what it was asked, and answers when the test says so. */
class FakeWorker implements SimulationWorker {
	onmessage: ((event: MessageEvent<SimulationMessage>) => void) | null = null;
	requests: SimulationRequest[] = [];
	terminated = false;
	postMessage(request: SimulationRequest) {
		this.requests.push(request);
	}
	terminate() {
		this.terminated = true;
	}
	answer(message: SimulationMessage) {
		this.onmessage?.({ data: message } as MessageEvent<SimulationMessage>);
	}
}

const summary = { mean: 1, p5: 0, p50: 1, p95: 2, standardError: 0.1 };

function runWith(scenario: unknown = pattern('maatwerk')) {
	const workers: FakeWorker[] = [];
	const run = new UncertaintyRun(
		() => scenario,
		() => {
			const worker = new FakeWorker();
			workers.push(worker);
			return worker;
		}
	);
	return { run, workers };
}

describe('how sure the case is', () => {
	it('ranks the inputs and gives each probability its break-even value', () => {
		const { run } = runWith();
		run.computeSensitivity();
		const sensitivity = run.sensitivity!;
		expect(sensitivity.bars.length).toBeGreaterThan(3);
		expect(sensitivity.breakEvens.map((b) => b.label.nl)).toContain('Huisuitzetting');
		run.chosenInput = sensitivity.bars[0]!.input.id;
		expect(run.chosen?.bar.input.id).toBe(run.chosenInput);
	});

	it('says the case cannot be analysed while it has errors', () => {
		const { run } = runWith({ format: 'effectwijzer-scenario/1' });
		run.computeSensitivity();
		expect(run.status).toBe('invalid');
		expect(run.sensitivity).toBeNull();
	});

	it('asks the worker for the draws and seed, follows its progress and keeps its outcome', () => {
		const { run, workers } = runWith();
		run.draws = 2000;
		run.seed = 7;
		run.run();
		const worker = workers[0]!;
		expect(worker.requests[0]).toMatchObject({ draws: 2000, seed: 7 });
		worker.answer({ type: 'progress', done: 500, draws: 2000 });
		expect(run.running).toEqual({ done: 500, draws: 2000 });
		const npvDraws = new Float64Array([1, 2]);
		worker.answer({
			type: 'done',
			npv: summary,
			bcr: summary,
			breakEvenOdds: 0.9,
			npvDraws,
			ownDistributions: false
		});
		expect(run.running).toBeNull();
		expect(run.status).toBe('done');
		expect(run.outcome).toMatchObject({ breakEvenOdds: 0.9, ownDistributions: false });
	});

	it('ends the simulation before when another starts, and on cancel', () => {
		const { run, workers } = runWith();
		run.run();
		run.run();
		expect(workers[0]!.terminated).toBe(true);
		run.cancel();
		expect(workers[1]!.terminated).toBe(true);
		expect(run.status).toBe('cancelled');
		expect(run.running).toBeNull();
	});
});
