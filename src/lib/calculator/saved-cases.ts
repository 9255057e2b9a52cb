import { jsonCodec, keptInBrowser, listOf } from '../browser/kept';
import type { ScenarioInput } from '../schemas/scenario';

/** A case saved in this browser, under its name. */
export interface SavedCase {
	name: string;
	savedAt: string;
	scenario: ScenarioInput;
}

const SAVED = keptInBrowser('effectwijzer.cases', jsonCodec(listOf<SavedCase>('name', 'savedAt')));

/** The cases saved in this browser; a damaged store reads as empty rather than breaking the page. */
export const readSavedCases = (): SavedCase[] => SAVED.read() ?? [];

/** Whether the browser kept them. */
export const storeSavedCases = (list: readonly SavedCase[]): boolean => SAVED.write([...list]);
