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
 * must never hold a client's details. Notes stay inside the organisation and are not checked.
 */
export function findingsInYear(rows: readonly PortfolioRow[]): VersionFinding[] {
	return rows.flatMap((row) =>
		[
			{ place: 'code' as const, text: row.caseCode },
			...freeTexts('', row.scenario).filter((t) => t.place !== 'notes')
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
