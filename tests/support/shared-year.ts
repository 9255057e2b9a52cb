import { readFileSync } from 'node:fs';
import type { SharedYear } from '$lib/portfolio/overview';
import { summarise } from '$lib/portfolio/portfolio';
import type { PortfolioRow } from '$lib/portfolio/types';

/** A saved case of an example, as the portfolio reads it. */
export const exampleRow = (caseCode: string, example: string, times: number): PortfolioRow => ({
	id: caseCode,
	caseCode,
	times,
	scenario: JSON.parse(readFileSync(`examples/${example}.json`, 'utf8'))
});

/** A provider's year as a funder's overview reads it: priced, established as version 1. */
export function sharedYear(providerName: string, year: number, rows: PortfolioRow[]): SharedYear {
	const { cases: _cases, ...summary } = summarise(year, rows, []);
	return {
		shareId: `${providerName}-${year}`,
		providerName,
		year,
		version: { number: 1, at: new Date('2026-12-01T10:00:00Z'), by: 'Analist' },
		report: {
			...summary,
			organisationId: providerName,
			organisationName: providerName,
			revision: 1,
			trend: [],
			overrides: []
		}
	};
}
