import type { Migration } from './migration';

export default {
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
} satisfies Migration;
