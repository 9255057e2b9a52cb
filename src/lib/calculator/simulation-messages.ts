import type { Summary } from '../engine';

export interface SimulationRequest {
	/** The scenario in the CLI's format, as the calculator holds it. */
	scenario: unknown;
	draws: number;
	seed: number;
}

export type SimulationMessage =
	| { type: 'progress'; done: number; draws: number }
	| {
			type: 'done';
			npv: Summary;
			bcr: Summary;
			breakEvenOdds: number;
			npvDraws: Float64Array;
			/** Whether the distributions are the scenario's own or the ±25% default. */
			ownDistributions: boolean;
	  }
	| { type: 'invalid' };
