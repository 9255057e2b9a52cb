import { getContext, setContext } from 'svelte';
import type { CaseEditor } from '$lib/calculator/editor.svelte';
import type { Lang } from '$lib/i18n/lang';
import type { Words } from './words';

/** What every part of the calculator page shares: the case being edited and how to speak. */
export interface Calculator {
	readonly editor: CaseEditor;
	readonly lang: Lang;
	readonly w: Words;
	/** The message for the field at this JSON path, in the reader's language, if it has a problem. */
	problemAt(path: string): string | undefined;
}

const KEY = Symbol('calculator');

export function setCalculator(calculator: Calculator): void {
	setContext(KEY, calculator);
}

export function getCalculator(): Calculator {
	return getContext<Calculator>(KEY);
}
