import * as devalue from 'devalue';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { D } from '../../engine';
import type { Listed } from '../../portfolio/types';
import type { HeavyAnswer, HeavyTask } from './tasks';

/**
 * Answers from a worker as text: exact decimals and maps survive, which structured cloning
 * would flatten. A year summary comes in slices of cases, so reading a large one back gives
 * the event loop a turn between slices instead of holding it for the whole.
 */
const reducers = { Decimal: (value: unknown) => value instanceof D && value.toString() };
const revivers = { Decimal: (text: string) => new D(text) };

const CASES_PER_SLICE = 250;

export interface WiredSummary {
	head: string;
	slices: string[];
}

export function summaryToWire(summary: Listed): WiredSummary {
	const slices: string[] = [];
	for (let i = 0; i < summary.cases.length; i += CASES_PER_SLICE)
		slices.push(devalue.stringify(summary.cases.slice(i, i + CASES_PER_SLICE), reducers));
	return { head: devalue.stringify({ ...summary, cases: [] }, reducers), slices };
}

export async function summaryFromWire(wired: WiredSummary): Promise<Listed> {
	const summary = devalue.parse(wired.head, revivers) as Listed;
	for (const slice of wired.slices) {
		await nextTurn();
		summary.cases.push(...(devalue.parse(slice, revivers) as Listed['cases']));
	}
	return summary;
}

/** Exact values as text, to keep: decimals, dates and maps come back as they were. */
export const exactText = (value: unknown): string => devalue.stringify(value, reducers);
export const fromExactText = <T>(text: string): T => devalue.parse(text, revivers) as T;

/** A worker's answer in a form that crosses threads: a year summary travels as text. */
export function answerToWire<T extends HeavyTask>(task: T, answer: HeavyAnswer<T>): unknown {
	if (task.kind === 'summarise-year') return summaryToWire(answer as Listed);
	return answer;
}

export async function answerFromWire<T extends HeavyTask>(
	task: T,
	wired: unknown
): Promise<HeavyAnswer<T>> {
	if (task.kind === 'summarise-year')
		return (await summaryFromWire(wired as WiredSummary)) as HeavyAnswer<T>;
	return wired as HeavyAnswer<T>;
}
