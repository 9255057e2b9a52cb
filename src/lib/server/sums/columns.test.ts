import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSums } from '../../portfolio/case-sums';
import type { PortfolioRow } from '../../portfolio/types';
import { listedText, readListed } from './columns';

const ROWS: PortfolioRow[] = readdirSync('examples')
	.filter((f) => f.endsWith('.json') && f !== 'leeg.json')
	.map((f, i) => ({
		id: `saved-${i}`,
		caseCode: `WT-2026-${String(i + 1).padStart(3, '0')}`,
		times: 1 + (i % 4),
		scenario: JSON.parse(readFileSync(`examples/${f}`, 'utf8'))
	}));

describe('what is listed of a case, as kept', () => {
	it('reads back exactly what was written, every decimal a decimal', () => {
		const { cases, sources, provenance, assumptions } = caseSums(ROWS[0]!, []);
		const listed = {
			cases: cases.map(({ savedCaseId: _id, ...c }) => c),
			sources,
			provenance,
			assumptions
		};
		const back = readListed(listedText(listed));
		expect(back).toEqual(listed);
		expect(back.cases[0]!.societal.npv.equals(listed.cases[0]!.societal.npv)).toBe(true);
		expect(back.assumptions.discountRate.equals(assumptions.discountRate)).toBe(true);
	});
});
