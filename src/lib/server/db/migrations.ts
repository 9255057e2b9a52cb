/**
 * The schema, as numbered migrations. A migration is never edited once released: a change is a
 * new migration. The same SQL runs on PGlite and on PostgreSQL 15 and later.
 */
export interface Migration {
	version: number;
	name: string;
	sql: string;
}

/**
 * Triggers that keep `target` holding the sums of `source`'s rows per `keys`: every insert into
 * `source` adds its rows' sums, every delete (a cascade included) takes them off, statement by
 * statement, in the transaction that made the change. A target row whose count (the first
 * `count(*)` among `sums`) comes to zero goes. Used by migration 5.
 */
function keptTotals(
	source: string,
	target: string,
	{
		keys,
		sums,
		stamped = false,
		alsoAdded = '',
		alsoRemoved = ''
	}: {
		keys: string[];
		sums: Record<string, string>;
		/** Whether the target has a changed_at column to set at each change. */
		stamped?: boolean;
		alsoAdded?: string;
		alsoRemoved?: string;
	}
): string {
	const columns = Object.keys(sums);
	const counted = columns.find((c) => sums[c] === 'count(*)')!;
	const grouped = `select ${keys.join(', ')}, ${columns.map((c) => `${sums[c]} as ${c}`).join(', ')}
		from changed group by ${keys.join(', ')}`;
	const lock = `perform lock_organisations_totals(array(select distinct organisation_id from changed));`;
	const stamp = stamped ? ', changed_at = now()' : '';
	return `
create function ${source}_added() returns trigger language plpgsql as $$
begin
	${lock}
	insert into ${target} (${[...keys, ...columns].join(', ')}) ${grouped}
	on conflict (${keys.join(', ')}) do update set
		${columns.map((c) => `${c} = ${target}.${c} + excluded.${c}`).join(',\n\t\t')}${stamp};
	${alsoAdded}
	return null;
end $$;

create function ${source}_removed() returns trigger language plpgsql as $$
begin
	${lock}
	update ${target} t set ${columns.map((c) => `${c} = t.${c} - g.${c}`).join(', ')}${stamp}
	from (${grouped}) g
	where ${keys.map((k) => `t.${k} = g.${k}`).join(' and ')};
	delete from ${target} where ${counted} = 0;
	${alsoRemoved}
	return null;
end $$;

create trigger ${source}_added after insert on ${source}
	referencing new table as changed for each statement execute function ${source}_added();
create trigger ${source}_removed after delete on ${source}
	referencing old table as changed for each statement execute function ${source}_removed();
`;
}

const summed = (columns: string[]) =>
	Object.fromEntries(columns.map((column) => [column, `sum(${column})`]));
const BREAKDOWN_SUMS = [
	'societal_costs',
	'societal_benefits',
	'societal_npv',
	'financial_costs',
	'financial_benefits',
	'financial_npv',
	'transfers'
];
const YEAR_SUMS = [
	'societal_costs',
	'societal_benefits',
	'societal_net',
	'societal_present_net',
	'financial_costs',
	'financial_benefits',
	'financial_net',
	'financial_present_net'
];

/** What a case lists rather than adds, kept with it: its sources and such, its case list rows. */
const LISTED_ADDED = `
	insert into year_result_marks
	select c.organisation_id, c.year, c.basis, m.kind, m.key, count(*), min(m.detail)
	from changed c cross join lateral listed_marks(c.listed) m
	group by c.organisation_id, c.year, c.basis, m.kind, m.key
	on conflict (organisation_id, year, basis, kind, key) do update set
		uses = year_result_marks.uses + excluded.uses;
	insert into case_result_rows
	select c.case_id, c.case_version, c.basis, r.position, c.organisation_id, c.year, c.case_code,
	       (r.figure->'societal'->>'npv')::numeric, r.figure::text
	from changed c
	cross join lateral jsonb_array_elements(c.listed::jsonb->'cases') with ordinality r (figure, position);`;
/** Its rows go with it (the foreign key cascades); its marks are counted off. */
const LISTED_REMOVED = `
	update year_result_marks t set uses = t.uses - g.n
	from (select c.organisation_id, c.year, c.basis, m.kind, m.key, count(*) n
	      from changed c cross join lateral listed_marks(c.listed) m
	      group by c.organisation_id, c.year, c.basis, m.kind, m.key) g
	where t.organisation_id = g.organisation_id and t.year = g.year and t.basis = g.basis
	  and t.kind = g.kind and t.key = g.key;
	delete from year_result_marks where uses = 0;`;

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
	},
	{
		version: 5,
		name: 'a year kept added up as its cases are saved, its case list read page by page',
		sql: `
-- A year's totals kept up to date by the database itself: every insert or delete of a case's
-- sums (a save, a delete through the cascade, a re-pricing) adds them to or takes them from its
-- year, in the same transaction, so reading a year costs the same at 500 cases or 250,000.

create table year_results (
	organisation_id uuid not null,
	year integer not null,
	basis text not null,
	part text not null,
	key text not null,
	societal_costs numeric not null,
	societal_benefits numeric not null,
	societal_npv numeric not null,
	financial_costs numeric not null,
	financial_benefits numeric not null,
	financial_npv numeric not null,
	transfers numeric not null,
	-- how many cases have this figure, and how many of them a counted line in it
	cases integer not null,
	behind_cases integer not null,
	primary key (organisation_id, year, basis, part, key)
);

create table year_result_years (
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
	cases integer not null,
	primary key (organisation_id, portfolio_year, basis, year)
);

create table year_result_cases (
	organisation_id uuid not null,
	year integer not null,
	basis text not null,
	saved_cases integer not null,
	-- the case list's rows: a saved case lists each of its households' cases
	case_rows integer not null,
	households numeric not null,
	evidence_strong numeric not null,
	evidence_fair numeric not null,
	evidence_rough numeric not null,
	-- when its figures last changed: while a new basis is being priced, the date they are from
	changed_at timestamptz not null default now(),
	primary key (organisation_id, year, basis)
);

-- what the year's cases list rather than add, each once with how many cases list it: a source
-- (key: the unit cost), an own unit cost used, a forecast year of the price index
create table year_result_marks (
	organisation_id uuid not null,
	year integer not null,
	basis text not null,
	kind text not null,
	key text not null,
	uses integer not null,
	detail text not null,
	primary key (organisation_id, year, basis, kind, key)
);

-- the case list's rows (a saved case's households), ranked by the database for one page at a time
create table case_result_rows (
	case_id uuid not null,
	case_version integer not null,
	basis text not null,
	position integer not null,
	organisation_id uuid not null,
	year integer not null,
	case_code text not null,
	societal_npv numeric not null,
	figure text not null,
	primary key (case_id, case_version, basis, position),
	foreign key (case_id, case_version, basis)
		references case_result_cases (case_id, case_version, basis) on delete cascade
);
create index case_result_rows_ranked on case_result_rows
	(organisation_id, year, basis, societal_npv desc, case_code, position);

-- Saves of one organisation's cases take their turn at its totals, so two at once never wait for
-- each other's rows in opposite order (a deadlock).
create function lock_organisations_totals(ids uuid[]) returns void language plpgsql as $$
begin
	perform pg_advisory_xact_lock(hashtext(id::text)) from unnest(ids) id order by id::text;
end $$;

-- How many cases each year has, kept with every insert, delete or change of year: the cases a
-- basis has no sums for yet are this less the cases its totals count, found without a scan.
create table year_cases (
	organisation_id uuid not null,
	year integer not null,
	cases integer not null,
	primary key (organisation_id, year)
);
insert into year_cases select organisation_id, year, count(*) from cases group by organisation_id, year;

create function cases_counted_in(changed_ids uuid[], changed_years integer[]) returns void
language plpgsql as $$
begin
	insert into year_cases
	select id, y, count(*) from unnest(changed_ids, changed_years) as c (id, y) group by id, y
	on conflict (organisation_id, year) do update set cases = year_cases.cases + excluded.cases;
end $$;

create function cases_counted_out(changed_ids uuid[], changed_years integer[]) returns void
language plpgsql as $$
begin
	update year_cases t set cases = t.cases - g.n
	from (select id, y, count(*) n from unnest(changed_ids, changed_years) as c (id, y) group by id, y) g
	where t.organisation_id = g.id and t.year = g.y;
end $$;

create function cases_added() returns trigger language plpgsql as $$
begin
	perform lock_organisations_totals(array(select distinct organisation_id from added));
	perform cases_counted_in(array(select organisation_id from added), array(select year from added));
	return null;
end $$;

create function cases_removed() returns trigger language plpgsql as $$
begin
	perform lock_organisations_totals(array(select distinct organisation_id from removed));
	perform cases_counted_out(array(select organisation_id from removed), array(select year from removed));
	return null;
end $$;

create function cases_moved() returns trigger language plpgsql as $$
begin
	if not exists (select 1 from removed r join added a on a.id = r.id where a.year <> r.year) then
		return null;
	end if;
	perform lock_organisations_totals(array(select distinct organisation_id from added));
	perform cases_counted_out(array(select organisation_id from removed), array(select year from removed));
	perform cases_counted_in(array(select organisation_id from added), array(select year from added));
	return null;
end $$;

create trigger cases_added after insert on cases
	referencing new table as added for each statement execute function cases_added();
create trigger cases_removed after delete on cases
	referencing old table as removed for each statement execute function cases_removed();
create trigger cases_moved after update on cases
	referencing old table as removed new table as added for each statement execute function cases_moved();

${keptTotals('case_results', 'year_results', {
	keys: ['organisation_id', 'year', 'basis', 'part', 'key'],
	sums: {
		...summed(BREAKDOWN_SUMS),
		cases: 'count(*)',
		behind_cases: 'count(behind)'
	}
})}
${keptTotals('case_result_years', 'year_result_years', {
	keys: ['organisation_id', 'portfolio_year', 'basis', 'year'],
	sums: { ...summed(YEAR_SUMS), cases: 'count(*)' }
})}
-- What a case lists (case_result_cases.listed, JSON): its households' rows, its sources, the
-- own unit costs and forecast years it used.
create function listed_marks(listed text) returns table (kind text, key text, detail text)
language sql immutable as $$
	select 'source', s->>'unitCostId', s::text from jsonb_array_elements(listed::jsonb->'sources') s
	union all
	select 'override', o, '' from jsonb_array_elements_text(listed::jsonb->'provenance'->'overriddenUnitCosts') o
	union all
	select 'forecast', y, listed::jsonb->'provenance'->'forecast'->>'label'
	from jsonb_array_elements_text(coalesce(listed::jsonb->'provenance'->'forecast'->'years', '[]')) y
$$;

create function listed_households(listed text) returns numeric language sql immutable as $$
	select coalesce(sum((c->>'households')::numeric), 0) from jsonb_array_elements(listed::jsonb->'cases') c
$$;

${keptTotals('case_result_cases', 'year_result_cases', {
	keys: ['organisation_id', 'year', 'basis'],
	sums: {
		saved_cases: 'count(*)',
		case_rows: `sum(jsonb_array_length(listed::jsonb->'cases'))`,
		households: 'sum(listed_households(listed))',
		...summed(['evidence_strong', 'evidence_fair', 'evidence_rough'])
	},
	alsoAdded: LISTED_ADDED,
	alsoRemoved: LISTED_REMOVED
})}
-- The sums kept so far, taken out and put back, so the triggers above add them up as a save does.
create temporary table kept_results as select * from case_results;
create temporary table kept_years as select * from case_result_years;
create temporary table kept_cases as select * from case_result_cases;
delete from case_results;
delete from case_result_years;
delete from case_result_cases;
insert into case_result_cases select * from kept_cases;
insert into case_results select * from kept_results;
insert into case_result_years select * from kept_years;
drop table kept_results, kept_years, kept_cases;
`
	},
	{
		version: 6,
		name: 'the catalog version each case version was saved with',
		// null for what was saved before versions were recorded: unknown, never guessed
		sql: `
alter table cases add column catalog_version text;
alter table case_versions add column catalog_version text;
`
	},
	{
		version: 7,
		name: 'live rounds of the guessing game: the round, its participants and their guesses',
		// Nothing personal is kept: a chosen nickname or group name, for the round only. A round is
		// deleted when it ends or ROUND_HOURS after its last change (live/rounds.ts, sweep).
		sql: `
create table live_rounds (
	id uuid primary key default gen_random_uuid(),
	code text not null unique,
	trainer_token_hash text not null unique,
	questions jsonb not null,
	phase text not null default 'open' check (phase in ('open', 'paused', 'revealed')),
	question_index int not null default 0,
	revealed int[] not null default '{}',
	expires_at timestamptz not null,
	created_at timestamptz not null default now()
);
create index live_rounds_by_expiry on live_rounds (expires_at);

create table live_participants (
	id uuid primary key default gen_random_uuid(),
	round_id uuid not null references live_rounds (id) on delete cascade,
	name text not null,
	token_hash text not null unique,
	joined_at timestamptz not null default now()
);
create unique index live_participants_by_name on live_participants (round_id, lower(name));

create table live_answers (
	participant_id uuid not null references live_participants (id) on delete cascade,
	round_id uuid not null references live_rounds (id) on delete cascade,
	question_index int not null,
	guess numeric not null,
	answered_at timestamptz not null default now(),
	primary key (participant_id, question_index)
);
create index live_answers_by_round on live_answers (round_id, question_index);

-- rounds a trainer composed, kept to play again, shared within the organisation
create table live_round_templates (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id) on delete cascade,
	name text not null,
	unit_cost_ids text[] not null,
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now()
);
create unique index live_round_templates_by_name on live_round_templates (organisation_id, lower(name));
`
	},
	{
		version: 8,
		name: 'follow-ups: what happened after a case, and the probabilities an organisation measured',
		// started_on is null for a case saved before it was asked: its help started the day it was
		// first saved (follow-ups.ts, START). Answers are keyed by the avoided event's input id.
		sql: `
alter table cases add column started_on date;
alter table organisations add column follow_up_months int[] not null default '{6,12}';

create table follow_ups (
	case_id uuid not null references cases (id) on delete cascade,
	organisation_id uuid not null references organisations (id),
	months int not null check (months between 1 and 60),
	case_version int not null,
	answers jsonb not null,
	support_hours numeric not null check (support_hours >= 0),
	maatwerk_euros numeric not null check (maatwerk_euros >= 0),
	notes text not null default '',
	done_by uuid references users (id) on delete set null,
	done_at timestamptz not null default now(),
	primary key (case_id, months)
);
create index follow_ups_by_organisation on follow_ups (organisation_id);

-- a probability the organisation measured and adopted as its own, with where it comes from
create table measured_probabilities (
	organisation_id uuid not null references organisations (id),
	unit_cost_id text not null,
	-- 'with': the chance it still happens with the intervention (what a follow-up measures);
	-- 'without': the chance without it, from comparable households the organisation recorded
	probability text not null check (probability in ('with', 'without')),
	value numeric not null check (value >= 0 and value <= 1),
	alpha double precision not null,
	beta double precision not null,
	observed int not null,
	happened int not null,
	grade int not null check (grade between 1 and 5),
	provenance text not null,
	adopted_by uuid references users (id) on delete set null,
	adopted_at timestamptz not null default now(),
	primary key (organisation_id, unit_cost_id, probability)
);
`
	},
	{
		version: 9,
		name: 'comparable households without the intervention, per kind of event',
		// What lets an organisation measure P, the chance without its help: a group it followed
		// that did not get the help (a waiting list, a neighbourhood without the team).
		sql: `
create table comparison_groups (
	organisation_id uuid not null references organisations (id),
	unit_cost_id text not null,
	households int not null check (households between 1 and 1000000),
	happened int not null check (happened >= 0 and happened <= households),
	description text not null,
	recorded_by uuid references users (id) on delete set null,
	recorded_at timestamptz not null default now(),
	primary key (organisation_id, unit_cost_id)
);
`
	}
];
