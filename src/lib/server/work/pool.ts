import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { perform, taskSize, type HeavyAnswer, type HeavyTask } from './tasks';
import { answerFromWire } from './wire';

/**
 * Heavy work off the event loop: checking a large case and pricing a portfolio run in a pool of
 * worker threads, each time-boxed, so one large request never holds up the small ones. Small
 * tasks run where they are asked: a worker's round trip would cost more than the work.
 */

/** Below this much JSON a task takes a few milliseconds at most (bench/server.ts measures it). */
export const INLINE_BYTES = 16 * 1024;

/** How long a task may take before it is stopped, by kind. */
export const TIME_BOX_MS: Record<HeavyTask['kind'], number> = {
	'read-case-body': 20_000,
	'check-case': 20_000,
	'summarise-year': 120_000,
	'portfolio-xlsx': 120_000,
	'version-findings': 120_000,
	'overview-xlsx': 60_000,
	'case-sums': 120_000,
	'case-facts': 120_000
};

/** A task that ran out of its time box; its worker was stopped. */
export class TookTooLong extends Error {
	override readonly name = 'TookTooLong';
	constructor(
		readonly kind: HeavyTask['kind'],
		readonly seconds: number
	) {
		super(`${kind} took longer than ${seconds} s`);
	}
}

/**
 * Where the worker's module is: it says so itself. Imported only here and only dynamically, it
 * stays a chunk of its own when the app is built, wherever the bundler puts it; run from
 * TypeScript source (tests, the command line), a small module loads it through tsx.
 */
async function workerFile(): Promise<string> {
	const worker = await import('./worker');
	// naming the work keeps it in the bundle: a bundler drops exports nobody reads
	if (typeof worker.default !== 'function') throw new Error(`${worker.WORKER_FILE} has no work`);
	const { WORKER_FILE } = worker;
	return WORKER_FILE.endsWith('.ts')
		? new URL('./worker-from-source.mjs', WORKER_FILE).href
		: WORKER_FILE;
}

let pool: Promise<Tinypool> | undefined;

async function startPool(): Promise<Tinypool> {
	return new Tinypool({
		filename: await workerFile(),
		// one core stays with the event loop
		maxThreads: Math.max(1, availableParallelism() - 1),
		minThreads: 0,
		idleTimeout: 60_000
	});
}

/** Does the task in a worker thread, or stops it when it outgrows its time box. */
export async function offThread<T extends HeavyTask>(
	task: T,
	timeBoxMs = TIME_BOX_MS[task.kind]
): Promise<HeavyAnswer<T>> {
	const signal = AbortSignal.timeout(timeBoxMs);
	let answer: unknown;
	try {
		answer = await (await (pool ??= startPool())).run(task, { signal });
	} catch (failure) {
		if (signal.aborted) throw new TookTooLong(task.kind, timeBoxMs / 1000);
		throw failure;
	}
	return answerFromWire(task, answer);
}

/** Does the task here when it is small, else in a worker thread. */
export async function heavy<T extends HeavyTask>(task: T): Promise<HeavyAnswer<T>> {
	return taskSize(task) < INLINE_BYTES ? perform(task) : offThread(task);
}

/** Stops the workers, for a clean shutdown and at the end of a test file. */
export async function stopWorkers(): Promise<void> {
	const stopping = pool;
	pool = undefined;
	await (await stopping)?.destroy();
}
