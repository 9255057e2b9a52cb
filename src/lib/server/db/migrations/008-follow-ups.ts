import type { Migration } from './migration';

// started_on is null for a case saved before it was asked: its help started the day it was
// first saved (follow-ups.ts, START). Answers are keyed by the avoided event's input id.
export default {
	version: 8,
	name: 'follow-ups: what happened after a case, and the probabilities an organisation measured',
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
} satisfies Migration;
