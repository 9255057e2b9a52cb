import type { Migration } from './migration';

// a live round starts in the lobby: the room joins, and no question is shown (nor can a key
// press reveal one) until the trainer starts the first
export default {
	version: 13,
	name: 'live rounds wait in a lobby',
	sql: `
alter table live_rounds drop constraint live_rounds_phase_check;
alter table live_rounds add constraint live_rounds_phase_check
  check (phase in ('lobby', 'open', 'paused', 'revealed'));
alter table live_rounds alter column phase set default 'lobby';
`
} satisfies Migration;
