import type { Migration } from './migration';

// a text a worker confirmed although it looked like a name is saved with the name masked; the
// text as typed is held here until a manager releases it (then it is listed as released, so it
// is not held again) or sends it back (then it is forgotten)
export default {
	version: 12,
	name: 'names held for a manager to review',
	sql: `
alter table cases add column held_names jsonb not null default '[]'::jsonb;
alter table cases add column released_texts jsonb not null default '[]'::jsonb;
`
} satisfies Migration;
