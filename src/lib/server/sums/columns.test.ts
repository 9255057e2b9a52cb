import { describe, expect, it } from 'vitest';
import { exampleRows } from '$test/example-rows';
import { caseSums } from '../../portfolio/case-sums';
import { listedText, readListed } from './columns';

const ROWS = exampleRows(
	(i) => 1 + (i % 4),
	(i) => `saved-${i}`
);

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
