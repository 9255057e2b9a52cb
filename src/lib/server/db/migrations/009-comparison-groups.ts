import type { Migration } from './migration';

// What lets an organisation measure P, the chance without its help: a group it followed
// that did not get the help (a waiting list, a neighbourhood without the team).
export default {
	version: 9,
	name: 'comparable households without the intervention, per kind of event',
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
} satisfies Migration;
