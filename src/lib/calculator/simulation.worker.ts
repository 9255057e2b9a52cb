/// <reference lib="webworker" />
import '../schemas/jitless';
import { simulate, uncertaintyWithDefaults } from '../engine';
import { parseScenario } from '../calculate/calculate';
import type { SimulationMessage, SimulationRequest } from './simulation-messages';

/** Runs a Monte Carlo off the page's thread, reporting progress; the page cancels by terminating. */
self.onmessage = (event: MessageEvent<SimulationRequest>) => {
	const { scenario: input, draws, seed } = event.data;
	const post = (message: SimulationMessage, transfer: Transferable[] = []) =>
		self.postMessage(message, { transfer });
	const outcome = parseScenario(input);
	if (!outcome.ok) return post({ type: 'invalid' });
	const own = outcome.scenario.uncertainty ?? [];
	const uncertain = uncertaintyWithDefaults(outcome.scenario);
	const every = Math.max(100, Math.round(draws / 50));
	const result = simulate(outcome.scenario, uncertain, {
		draws,
		seed,
		progressEvery: every,
		onProgress: (done) => post({ type: 'progress', done, draws })
	})!;
	const { npv, bcr, breakEvenOdds, npvDraws } = result;
	post({ type: 'done', npv, bcr, breakEvenOdds, npvDraws, ownDistributions: own.length > 0 }, [
		npvDraws.buffer
	]);
};
