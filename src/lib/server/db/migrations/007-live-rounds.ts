import type { Migration } from './migration';

// Nothing personal is kept: a chosen nickname or group name, for the round only. A round is
// deleted when it ends or ROUND_HOURS after its last change (live/rounds.ts, sweep).
export default {
	version: 7,
	name: 'live rounds of the guessing game: the round, its participants and their guesses',
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
} satisfies Migration;
