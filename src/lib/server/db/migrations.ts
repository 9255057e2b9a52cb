/**
 * The schema, as numbered migrations. A migration is never edited once released: a change is a
 * new migration. The same SQL runs on PGlite and on PostgreSQL 15 and later.
 */
export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'organisations, accounts, cases, shares and the audit log',
		sql: `
create table organisations (
	id uuid primary key default gen_random_uuid(),
	name text not null,
	kind text not null check (kind in ('provider', 'funder')),
	-- bumped by every change that moves a portfolio, so a cached report knows it is stale
	revision integer not null default 1,
	created_at timestamptz not null default now()
);

create table users (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id),
	email text not null unique check (email = lower(email)),
	display_name text not null,
	password_hash text not null,
	roles text[] not null check (cardinality(roles) > 0),
	created_at timestamptz not null default now()
);
create index users_by_organisation on users (organisation_id);

create table sessions (
	token_hash text primary key,
	user_id uuid not null references users (id) on delete cascade,
	expires_at timestamptz not null,
	created_at timestamptz not null default now()
);
create index sessions_by_user on sessions (user_id);

create table sign_in_failures (
	scope text not null check (scope in ('account', 'address')),
	key text not null,
	failed_at timestamptz not null
);
create index sign_in_failures_by_key on sign_in_failures (scope, key, failed_at);

create table invitations (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id),
	email text not null check (email = lower(email)),
	role text not null,
	token_hash text not null unique,
	invited_by uuid not null references users (id),
	expires_at timestamptz not null,
	accepted_at timestamptz,
	created_at timestamptz not null default now()
);

create table cases (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id),
	owner_id uuid not null references users (id),
	case_code text not null,
	year integer not null,
	times integer not null default 1 check (times >= 1),
	notes text not null default '',
	scenario jsonb not null,
	version integer not null default 1,
	updated_by uuid not null references users (id),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (organisation_id, case_code)
);
create index cases_by_portfolio on cases (organisation_id, year);

-- every saved version of a case: a refused save's rival and an audit trail both stay readable
create table case_versions (
	case_id uuid not null references cases (id) on delete cascade,
	version integer not null,
	case_code text not null,
	year integer not null,
	times integer not null,
	notes text not null,
	scenario jsonb not null,
	saved_by uuid not null references users (id),
	saved_at timestamptz not null default now(),
	primary key (case_id, version)
);

create table unit_cost_overrides (
	organisation_id uuid not null references organisations (id),
	unit_cost_id text not null,
	entry jsonb not null,
	updated_by uuid not null references users (id),
	updated_at timestamptz not null default now(),
	primary key (organisation_id, unit_cost_id)
);

create table shares (
	id uuid primary key default gen_random_uuid(),
	provider_id uuid not null references organisations (id),
	funder_id uuid not null references organisations (id),
	year integer not null,
	shared_by uuid not null references users (id),
	shared_at timestamptz not null default now(),
	withdrawn_at timestamptz,
	funder_left_at timestamptz,
	check (provider_id <> funder_id)
);
create unique index shares_open on shares (provider_id, funder_id, year)
	where withdrawn_at is null and funder_left_at is null;

create table audit_log (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id),
	actor_id uuid references users (id),
	action text not null,
	subject_type text not null,
	subject_id text not null,
	detail jsonb not null default '{}',
	at timestamptz not null default now()
);
create index audit_log_by_organisation on audit_log (organisation_id, at desc);
`
	},
	{
		version: 2,
		name: 'throttled attempts, one name per organisation, share codes for funders',
		sql: `
create table throttled_attempts (
	scope text not null,
	key text not null,
	at timestamptz not null
);
create index throttled_attempts_by_key on throttled_attempts (scope, key, at);
drop table sign_in_failures;

-- Two organisations of the same name were possible before; the later ones get a number.
update organisations o set name = btrim(o.name) || ' (' || d.n || ')'
from (
	select id, row_number() over (partition by lower(btrim(name)) order by created_at, id) as n
	from organisations
) d
where d.id = o.id and d.n > 1;
create unique index organisations_by_name on organisations (lower(btrim(name)));

-- A funder is found by the code its administrator gives out, never picked from a list.
alter table organisations add column share_code text unique
	check (share_code is null or share_code ~ '^[0-9A-F]{12}$');
update organisations set share_code = upper(substr(md5(gen_random_uuid()::text), 1, 12))
	where kind = 'funder';
`
	},
	{
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
	},
	{
		version: 4,
		name: 'each saved case priced once, its sums kept for the year to add up',
		sql: `
-- A year's portfolio is the sum of its saved cases' results: each case version is priced once
-- on a basis (catalog version, own unit costs, the portfolio's assumptions) and its sums kept,
-- exact, for the database to add up. A case keeps only the rows of its current version (a
-- save replaces them in its own transaction), so a year's rows are read by organisation and year.
create table case_results (
	case_id uuid not null references cases (id) on delete cascade,
	case_version integer not null,
	-- the case's organisation, year and code as it was priced, so a year is read without a join
	organisation_id uuid not null,
	year integer not null,
	case_code text not null,
	basis text not null,
	-- total, payer, payerGroup, domain or valueType, and which one
	part text not null,
	key text not null,
	societal_costs numeric not null,
	societal_benefits numeric not null,
	societal_npv numeric not null,
	financial_costs numeric not null,
	financial_benefits numeric not null,
	financial_npv numeric not null,
	transfers numeric not null,
	-- the signed value of the counted lines in it, which ranks the cases behind a figure
	behind numeric,
	primary key (case_id, case_version, basis, part, key)
);

create index case_results_by_year on case_results (organisation_id, year, basis);
-- the largest cases behind each figure, read in order rather than ranked
create index case_results_behind on case_results
	(organisation_id, year, basis, part, key, (abs(behind)) desc, case_code) where behind is not null;

create table case_result_years (
	case_id uuid not null references cases (id) on delete cascade,
	case_version integer not null,
	organisation_id uuid not null,
	portfolio_year integer not null,
	basis text not null,
	year integer not null,
	societal_costs numeric not null,
	societal_benefits numeric not null,
	societal_net numeric not null,
	societal_present_net numeric not null,
	financial_costs numeric not null,
	financial_benefits numeric not null,
	financial_net numeric not null,
	financial_present_net numeric not null,
	primary key (case_id, case_version, basis, year)
);
create index case_result_years_by_year on case_result_years (organisation_id, portfolio_year, basis);

-- One row per priced case version: that it is priced, its evidence shares, and what is listed
-- rather than added (its households' figures, its sources, its provenance; devalue text).
create table case_result_cases (
	case_id uuid not null references cases (id) on delete cascade,
	case_version integer not null,
	organisation_id uuid not null,
	year integer not null,
	case_code text not null,
	basis text not null,
	evidence_strong numeric not null,
	evidence_fair numeric not null,
	evidence_rough numeric not null,
	listed text not null,
	primary key (case_id, case_version, basis)
);
create index case_result_cases_by_year on case_result_cases (organisation_id, year, basis);
`
	}
];
