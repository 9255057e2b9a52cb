import { perform, type HeavyTask } from './tasks';
import { answerToWire } from './wire';

/** This module's own address, for the pool to start its threads with (see pool.ts). */
export const WORKER_FILE = import.meta.url;

/** The pool's worker thread: does one task and answers it in a form that crosses threads. */
export default async function work(task: HeavyTask): Promise<unknown> {
	return answerToWire(task, await perform(task));
}
