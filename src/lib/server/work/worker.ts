import type { YearSummary } from '../../portfolio/types';
import { perform, type HeavyTask } from './tasks';
import { summaryToWire } from './wire';

/** This module's own address, for the pool to start its threads with (see pool.ts). */
export const WORKER_FILE = import.meta.url;

/** The pool's worker thread: does one task and answers it in a form that crosses threads. */
export default async function work(task: HeavyTask): Promise<unknown> {
	const answer = await perform(task);
	return task.kind === 'summarise-year' ? summaryToWire(answer as YearSummary) : answer;
}
