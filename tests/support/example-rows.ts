import { readdirSync, readFileSync } from 'node:fs';
import type { PortfolioRow } from '../../src/lib/portfolio/types';

/** The shipped example scenarios (the empty one left out), as their JSON text, in name order. */
export const EXAMPLE_TEXTS: string[] = readdirSync('examples')
	.filter((f) => f.endsWith('.json') && f !== 'leeg.json')
	.sort()
	.map((f) => readFileSync(`examples/${f}`, 'utf8'));

/**
 * The example cases as a year's saved cases, coded WT-2026-001 onwards, each occurring as often
 * as `times` says for its place.
 */
export const exampleRows = (times: (i: number) => number, id = (i: number) => `case-${i}`) =>
	EXAMPLE_TEXTS.map((text, i): PortfolioRow => ({
		id: id(i),
		caseCode: `WT-2026-${String(i + 1).padStart(3, '0')}`,
		times: times(i),
		scenario: JSON.parse(text)
	}));
