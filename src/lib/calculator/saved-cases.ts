import type { ScenarioInput } from '../schemas/scenario';

const STORAGE_KEY = 'effectwijzer.cases';

/** A case saved in this browser, under its name. */
export interface SavedCase {
	name: string;
	savedAt: string;
	scenario: ScenarioInput;
}

/** The cases saved in this browser; a damaged store reads as empty rather than breaking the page. */
export function readSavedCases(): SavedCase[] {
	try {
		const list = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
		return Array.isArray(list) ? list : [];
	} catch {
		return [];
	}
}

export function storeSavedCases(list: readonly SavedCase[]): void {
	localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
}
