import type { Migration } from './migration';

// A year's files list its cases in the order the year is priced (by case code, then the order
// of the cases in a saved scenario), read a page at a time (sums/store.ts, caseRowsInOrder).
export default {
	version: 10,
	name: 'a year’s case rows read in the order the year is priced',
	sql: `
create index case_result_rows_in_order on case_result_rows
	(organisation_id, year, basis, case_code, position);
`
} satisfies Migration;
