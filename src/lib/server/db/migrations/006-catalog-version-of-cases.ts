import type { Migration } from './migration';

// null for what was saved before versions were recorded: unknown, never guessed
export default {
	version: 6,
	name: 'the catalog version each case version was saved with',
	sql: `
alter table cases add column catalog_version text;
alter table case_versions add column catalog_version text;
`
} satisfies Migration;
