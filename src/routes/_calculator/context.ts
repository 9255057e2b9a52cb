import { getContext, setContext } from 'svelte';
import type { CaseEditor } from '$lib/calculator/editor.svelte';
import type { PlausibilityFinding } from '$lib/engine';
import type { Lang } from '$lib/i18n/lang';
import type { HoursCell } from '$lib/explain/hours';
import type { UnitCostEntry } from '$lib/schemas/unit-cost';
import type { Words } from './words';

/** What the unit-cost picker chooses from. */
/** What a click asks to have explained: the lines behind a figure, or one profession's hours. */
export type ExplanationSubject =
	{ title: string; lineIds: readonly string[] } | { title: string; hours: HoursCell };

export interface UnitCostChoice {
	/** The catalog, with the scenario's own figures in place of the entries they replace. */
	entries: readonly UnitCostEntry[];
	/** Ids of the scenario's own figures. */
	own: ReadonlySet<string>;
	/** How often the organisation (or this browser) used each unit cost. */
	usage: ReadonlyMap<string, number>;
}

/** What every part of the calculator page shares: the case being edited and how to speak. */
export interface Calculator {
	readonly editor: CaseEditor;
	readonly lang: Lang;
	readonly w: Words;
	readonly unitCosts: UnitCostChoice;
	/** The message for the field at this JSON path, in the reader's language, if it has a problem. */
	problemAt(path: string): string | undefined;
	/** What is unusual about the field at this JSON path, to ask about it there. */
	findingAt(path: string): PlausibilityFinding | undefined;
}

const KEY = Symbol('calculator');

export function setCalculator(calculator: Calculator): void {
	setContext(KEY, calculator);
}

export function getCalculator(): Calculator {
	return getContext<Calculator>(KEY);
}
