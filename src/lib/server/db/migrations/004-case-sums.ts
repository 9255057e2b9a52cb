import type { Migration } from './migration';

export default {
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
} satisfies Migration;
