import type { Migration } from './migration';

// Each total is kept by two triggers on the table it sums: every insert adds its rows' sums,
// every delete (a cascade included) takes them off, statement by statement, in the transaction
// that made the change; a total whose count comes to zero goes.
export default {
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


create function case_results_added() returns trigger language plpgsql as $$
begin
	perform lock_organisations_totals(array(select distinct organisation_id from changed));
	insert into year_results (organisation_id, year, basis, part, key, societal_costs, societal_benefits, societal_npv, financial_costs, financial_benefits, financial_npv, transfers, cases, behind_cases) select organisation_id, year, basis, part, key, sum(societal_costs) as societal_costs, sum(societal_benefits) as societal_benefits, sum(societal_npv) as societal_npv, sum(financial_costs) as financial_costs, sum(financial_benefits) as financial_benefits, sum(financial_npv) as financial_npv, sum(transfers) as transfers, count(*) as cases, count(behind) as behind_cases
		from changed group by organisation_id, year, basis, part, key
	on conflict (organisation_id, year, basis, part, key) do update set
		societal_costs = year_results.societal_costs + excluded.societal_costs,
		societal_benefits = year_results.societal_benefits + excluded.societal_benefits,
		societal_npv = year_results.societal_npv + excluded.societal_npv,
		financial_costs = year_results.financial_costs + excluded.financial_costs,
		financial_benefits = year_results.financial_benefits + excluded.financial_benefits,
		financial_npv = year_results.financial_npv + excluded.financial_npv,
		transfers = year_results.transfers + excluded.transfers,
		cases = year_results.cases + excluded.cases,
		behind_cases = year_results.behind_cases + excluded.behind_cases;
	
	return null;
end $$;

create function case_results_removed() returns trigger language plpgsql as $$
begin
	perform lock_organisations_totals(array(select distinct organisation_id from changed));
	update year_results t set societal_costs = t.societal_costs - g.societal_costs, societal_benefits = t.societal_benefits - g.societal_benefits, societal_npv = t.societal_npv - g.societal_npv, financial_costs = t.financial_costs - g.financial_costs, financial_benefits = t.financial_benefits - g.financial_benefits, financial_npv = t.financial_npv - g.financial_npv, transfers = t.transfers - g.transfers, cases = t.cases - g.cases, behind_cases = t.behind_cases - g.behind_cases
	from (select organisation_id, year, basis, part, key, sum(societal_costs) as societal_costs, sum(societal_benefits) as societal_benefits, sum(societal_npv) as societal_npv, sum(financial_costs) as financial_costs, sum(financial_benefits) as financial_benefits, sum(financial_npv) as financial_npv, sum(transfers) as transfers, count(*) as cases, count(behind) as behind_cases
		from changed group by organisation_id, year, basis, part, key) g
	where t.organisation_id = g.organisation_id and t.year = g.year and t.basis = g.basis and t.part = g.part and t.key = g.key;
	delete from year_results where cases = 0;
	
	return null;
end $$;

create trigger case_results_added after insert on case_results
	referencing new table as changed for each statement execute function case_results_added();
create trigger case_results_removed after delete on case_results
	referencing old table as changed for each statement execute function case_results_removed();


create function case_result_years_added() returns trigger language plpgsql as $$
begin
	perform lock_organisations_totals(array(select distinct organisation_id from changed));
	insert into year_result_years (organisation_id, portfolio_year, basis, year, societal_costs, societal_benefits, societal_net, societal_present_net, financial_costs, financial_benefits, financial_net, financial_present_net, cases) select organisation_id, portfolio_year, basis, year, sum(societal_costs) as societal_costs, sum(societal_benefits) as societal_benefits, sum(societal_net) as societal_net, sum(societal_present_net) as societal_present_net, sum(financial_costs) as financial_costs, sum(financial_benefits) as financial_benefits, sum(financial_net) as financial_net, sum(financial_present_net) as financial_present_net, count(*) as cases
		from changed group by organisation_id, portfolio_year, basis, year
	on conflict (organisation_id, portfolio_year, basis, year) do update set
		societal_costs = year_result_years.societal_costs + excluded.societal_costs,
		societal_benefits = year_result_years.societal_benefits + excluded.societal_benefits,
		societal_net = year_result_years.societal_net + excluded.societal_net,
		societal_present_net = year_result_years.societal_present_net + excluded.societal_present_net,
		financial_costs = year_result_years.financial_costs + excluded.financial_costs,
		financial_benefits = year_result_years.financial_benefits + excluded.financial_benefits,
		financial_net = year_result_years.financial_net + excluded.financial_net,
		financial_present_net = year_result_years.financial_present_net + excluded.financial_present_net,
		cases = year_result_years.cases + excluded.cases;
	
	return null;
end $$;

create function case_result_years_removed() returns trigger language plpgsql as $$
begin
	perform lock_organisations_totals(array(select distinct organisation_id from changed));
	update year_result_years t set societal_costs = t.societal_costs - g.societal_costs, societal_benefits = t.societal_benefits - g.societal_benefits, societal_net = t.societal_net - g.societal_net, societal_present_net = t.societal_present_net - g.societal_present_net, financial_costs = t.financial_costs - g.financial_costs, financial_benefits = t.financial_benefits - g.financial_benefits, financial_net = t.financial_net - g.financial_net, financial_present_net = t.financial_present_net - g.financial_present_net, cases = t.cases - g.cases
	from (select organisation_id, portfolio_year, basis, year, sum(societal_costs) as societal_costs, sum(societal_benefits) as societal_benefits, sum(societal_net) as societal_net, sum(societal_present_net) as societal_present_net, sum(financial_costs) as financial_costs, sum(financial_benefits) as financial_benefits, sum(financial_net) as financial_net, sum(financial_present_net) as financial_present_net, count(*) as cases
		from changed group by organisation_id, portfolio_year, basis, year) g
	where t.organisation_id = g.organisation_id and t.portfolio_year = g.portfolio_year and t.basis = g.basis and t.year = g.year;
	delete from year_result_years where cases = 0;
	
	return null;
end $$;

create trigger case_result_years_added after insert on case_result_years
	referencing new table as changed for each statement execute function case_result_years_added();
create trigger case_result_years_removed after delete on case_result_years
	referencing old table as changed for each statement execute function case_result_years_removed();

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


create function case_result_cases_added() returns trigger language plpgsql as $$
begin
	perform lock_organisations_totals(array(select distinct organisation_id from changed));
	insert into year_result_cases (organisation_id, year, basis, saved_cases, case_rows, households, evidence_strong, evidence_fair, evidence_rough) select organisation_id, year, basis, count(*) as saved_cases, sum(jsonb_array_length(listed::jsonb->'cases')) as case_rows, sum(listed_households(listed)) as households, sum(evidence_strong) as evidence_strong, sum(evidence_fair) as evidence_fair, sum(evidence_rough) as evidence_rough
		from changed group by organisation_id, year, basis
	on conflict (organisation_id, year, basis) do update set
		saved_cases = year_result_cases.saved_cases + excluded.saved_cases,
		case_rows = year_result_cases.case_rows + excluded.case_rows,
		households = year_result_cases.households + excluded.households,
		evidence_strong = year_result_cases.evidence_strong + excluded.evidence_strong,
		evidence_fair = year_result_cases.evidence_fair + excluded.evidence_fair,
		evidence_rough = year_result_cases.evidence_rough + excluded.evidence_rough;
	
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
	cross join lateral jsonb_array_elements(c.listed::jsonb->'cases') with ordinality r (figure, position);
	return null;
end $$;

create function case_result_cases_removed() returns trigger language plpgsql as $$
begin
	perform lock_organisations_totals(array(select distinct organisation_id from changed));
	update year_result_cases t set saved_cases = t.saved_cases - g.saved_cases, case_rows = t.case_rows - g.case_rows, households = t.households - g.households, evidence_strong = t.evidence_strong - g.evidence_strong, evidence_fair = t.evidence_fair - g.evidence_fair, evidence_rough = t.evidence_rough - g.evidence_rough
	from (select organisation_id, year, basis, count(*) as saved_cases, sum(jsonb_array_length(listed::jsonb->'cases')) as case_rows, sum(listed_households(listed)) as households, sum(evidence_strong) as evidence_strong, sum(evidence_fair) as evidence_fair, sum(evidence_rough) as evidence_rough
		from changed group by organisation_id, year, basis) g
	where t.organisation_id = g.organisation_id and t.year = g.year and t.basis = g.basis;
	delete from year_result_cases where saved_cases = 0;
	
	update year_result_marks t set uses = t.uses - g.n
	from (select c.organisation_id, c.year, c.basis, m.kind, m.key, count(*) n
	      from changed c cross join lateral listed_marks(c.listed) m
	      group by c.organisation_id, c.year, c.basis, m.kind, m.key) g
	where t.organisation_id = g.organisation_id and t.year = g.year and t.basis = g.basis
	  and t.kind = g.kind and t.key = g.key;
	delete from year_result_marks where uses = 0;
	return null;
end $$;

create trigger case_result_cases_added after insert on case_result_cases
	referencing new table as changed for each statement execute function case_result_cases_added();
create trigger case_result_cases_removed after delete on case_result_cases
	referencing old table as changed for each statement execute function case_result_cases_removed();

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
} satisfies Migration;
