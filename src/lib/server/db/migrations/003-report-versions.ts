import type { Migration } from './migration';

export default {
	version: 3,
	name: 'established report versions and their files',
	sql: `
-- An established (vastgesteld) year report: the figures as they stood, kept so that a later
-- catalog, engine or case change can never alter them, with the cases and own unit costs they
-- came from, so that recomputing it shows any difference as a difference.
create table report_versions (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id),
	year integer not null,
	number integer not null check (number >= 1),
	established_by uuid not null references users (id),
	established_at timestamptz not null default now(),
	catalog_version text not null,
	-- the organisation's revision the figures were computed at
	revision integer not null,
	-- the report as established without its case list, exact decimals kept (devalue text): what
	-- an overview over many providers reads
	report text not null,
	-- the figures of each case of the report, apart because they are large
	case_figures text not null,
	-- every saved case behind it: id, code, version and times
	cases jsonb not null,
	-- the organisation's own unit costs as they were, in their saved form
	figures jsonb not null,
	unique (organisation_id, year, number)
);

-- The downloads of a version, written when it was established: the same bytes every time.
create table report_version_files (
	version_id uuid not null references report_versions (id),
	name text not null,
	content bytea not null,
	primary key (version_id, name)
);
`
} satisfies Migration;
