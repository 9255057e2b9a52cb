import type { Migration } from './migration';

// a second step at sign-in (RFC 6238 codes from an authenticator app, and recovery codes for a
// lost phone), which an organisation can require of everyone who sees its whole figures
export default {
	version: 15,
	name: 'second factor at sign-in',
	sql: `
alter table organisations add column second_factor_required boolean not null default false;
create table second_factors (
  user_id uuid primary key references users (id) on delete cascade,
  secret text not null,
  confirmed_at timestamptz,
  last_step bigint not null default -1
);
create table recovery_codes (
  code_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  used_at timestamptz
);
create index recovery_codes_user on recovery_codes (user_id);
create table pending_sign_ins (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  expires_at timestamptz not null
);
create index pending_sign_ins_user on pending_sign_ins (user_id);
`
} satisfies Migration;
