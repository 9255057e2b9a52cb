import type { Migration } from './migration';

// a browser an account has signed in from, by the hash of the token its cookie holds: guesses
// at an account from everywhere are slowed down, the owner on such a browser never
export default {
	version: 14,
	name: 'browsers an account has signed in from',
	sql: `
create table known_devices (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  seen_at timestamptz not null
);
create index known_devices_user on known_devices (user_id);
`
} satisfies Migration;
