import type { Migration } from './migration';

// each unusual figure of a case the worker confirmed, worded as it was asked, with the reason
// given: kept with every version, so a report names what was confirmed and why
export default {
	version: 11,
	name: 'the unusual figures confirmed with a reason',
	sql: `
alter table cases add column confirmed_findings jsonb not null default '[]'::jsonb;
alter table case_versions add column confirmed_findings jsonb not null default '[]'::jsonb;
`
} satisfies Migration;
