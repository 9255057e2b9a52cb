import type { Migration } from './migration';

export default {
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
} satisfies Migration;
