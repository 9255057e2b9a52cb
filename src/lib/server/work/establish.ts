import type { PortfolioRow } from '../../portfolio/types';
import { findPersonalData, type PersonalDataFinding } from '../../privacy/personal-data';
import { freeTexts, type TextPlace } from './case-check';

/** Where in a saved case a text was found that must not enter an established version. */
export type VersionTextPlace = TextPlace | 'code';

export interface VersionFinding extends PersonalDataFinding {
	savedCaseId: string;
	caseCode: string;
	place: VersionTextPlace;
}

/**
 * Every text of the year's cases that an established version would carry, checked again: a
 * warning once confirmed on saving a case is still a warning here, because what a funder reads
 * must never hold a client's details. Notes stay inside the organisation and are not checked;
 * a text a manager reviewed and released (cases/held-names.ts) is not a warning any more.
 */
export function findingsInYear(
	rows: readonly PortfolioRow[],
	released: Record<string, readonly string[]> = {}
): VersionFinding[] {
	return rows.flatMap((row) =>
		[
			{ place: 'code' as const, text: row.caseCode },
			...freeTexts('', row.scenario).filter(
				(t) => t.place !== 'notes' && !(released[row.id] ?? []).includes(t.text)
			)
		].flatMap(({ place, text }) =>
			findPersonalData(text).map((finding) => ({
				...finding,
				savedCaseId: row.id,
				caseCode: row.caseCode,
				place
			}))
		)
	);
}
