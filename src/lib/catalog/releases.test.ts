import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { catalogChanges, changesSince, RELEASES, snapshotOf, type SnapshotEntry } from './releases';

const entry = (amount: string, extra: Partial<SnapshotEntry> = {}): SnapshotEntry => ({
	label: 'Huisuitzetting',
	amount,
	priceYear: 2014,
	unit: 'per uitzetting',
	source: 'Eropaf! (2014), Quickscan',
	...extra
});

describe('catalog releases', () => {
	it('ship the newest release as the catalog itself, so a changed figure needs a new release', () => {
		const latest = RELEASES.at(-1)!;
		expect([latest.version, latest.date]).toEqual([CATALOG.version, CATALOG.date]);
		expect(latest.entries).toEqual(snapshotOf(CATALOG));
	});

	it('are oldest first, each version once', () => {
		const versions = RELEASES.map((r) => r.version);
		expect(versions).toEqual([...versions].sort());
		expect(new Set(versions).size).toBe(versions.length);
	});

	type Snapshot = Record<string, SnapshotEntry>;
	it.each<{ name: string; before: Snapshot; after: Snapshot; expected: string[] }>([
		{
			name: 'an amount and its price year changed',
			before: { a: entry('7500') },
			after: { a: entry('8000', { priceYear: 2024 }) },
			expected: ['changed a amount,priceYear 7500→8000']
		},
		{
			name: 'an entry added and one removed',
			before: { a: entry('1'), b: entry('2', { label: 'Bijstand' }) },
			after: { a: entry('1'), c: entry('3', { label: 'Deurwaarder' }) },
			expected: ['added c 3', 'removed b 2']
		},
		{
			name: 'only a source moved to its publisher',
			before: { a: entry('1') },
			after: { a: entry('1', { source: 'Rijksoverheid (2024), IBO' }) },
			expected: ['changed a source 1→1']
		},
		{ name: 'nothing changed', before: { a: entry('1') }, after: { a: entry('1') }, expected: [] }
	])('lists what changed: $name', ({ before, after, expected }) => {
		const shown = catalogChanges(before, after).map((c) =>
			c.kind === 'changed'
				? `changed ${c.id} ${c.fields.join(',')} ${c.was.amount}→${c.now.amount}`
				: `${c.kind} ${c.id} ${c.kind === 'added' ? c.now.amount : c.was.amount}`
		);
		expect(shown).toEqual(expected);
	});

	it('says what changed since 2026.11: debt help re-sourced, a police hour withdrawn, bailiffs added', () => {
		const since = changesSince('2026.11')!;
		expect(since.releases.map((r) => r.version)).toEqual(['2026.12']);
		const debt = since.changes.find((c) => c.id === 'schulden.schuldhulptraject');
		expect(debt).toMatchObject({
			kind: 'changed',
			was: { amount: '2400', priceYear: 2015 },
			now: { amount: '8121', priceYear: 2022 }
		});
		expect(since.changes.find((c) => c.id === 'veiligheid.politie-uur')?.kind).toBe('removed');
		expect(since.changes.find((c) => c.id === 'schulden.deurwaarder-dagvaarding')?.kind).toBe(
			'added'
		);
	});

	it('lists every entry withdrawn in a release as removed since the release before it', () => {
		for (const withdrawn of CATALOG.withdrawn) {
			const at = RELEASES.findIndex((r) => r.version === withdrawn.withdrawnIn);
			expect(at, withdrawn.id).toBeGreaterThan(0);
			const removed = changesSince(RELEASES[at - 1]!.version)!.changes.filter(
				(c) => c.kind === 'removed'
			);
			expect(removed.map((c) => c.id)).toContain(withdrawn.id);
		}
	});

	it('knows no changes since the newest release, and no release it never shipped', () => {
		expect(changesSince(CATALOG.version)).toEqual({ releases: [], changes: [] });
		expect(changesSince('1999.1')).toBeNull();
	});
});
