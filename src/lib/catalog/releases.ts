import * as z from 'zod/mini';
import { citation } from '../schemas/unit-cost';
import type { Catalog } from './catalog';
import release202611 from './data/releases/2026.11.json';
import release202612 from './data/releases/2026.12.json';

/**
 * Every catalog release as it was shipped: per entry the figures a reader compares (label, amount,
 * price year, unit, source), so what changed between any two versions can be shown, and a case or
 * report computed with an older version can say what is different now. The newest release is the
 * shipped catalog itself (catalog.test.ts holds them equal): changing a figure means a new release.
 */

const snapshotEntrySchema = z.strictObject({
	label: z.string(),
	amount: z.string(),
	priceYear: z.int(),
	unit: z.string(),
	source: z.string()
});
export type SnapshotEntry = z.infer<typeof snapshotEntrySchema>;

const releaseSchema = z.strictObject({
	version: z.string().check(z.minLength(1)),
	date: z.iso.date(),
	note: z.strictObject({ nl: z.string(), en: z.string() }),
	entries: z.record(z.string(), snapshotEntrySchema)
});
export type Release = z.infer<typeof releaseSchema>;

/** Oldest first. A new release is a new file, added here. */
export const RELEASES: readonly Release[] = [release202611, release202612].map((r) =>
	releaseSchema.parse(r)
);

/** A catalog's entries as a release records them. */
export function snapshotOf(catalog: Pick<Catalog, 'entries'>): Record<string, SnapshotEntry> {
	return Object.fromEntries(
		catalog.entries.map((e) => [
			e.id,
			{
				label: e.label.nl,
				amount: e.amount.toString(),
				priceYear: e.priceYear,
				unit: e.unit,
				source: citation(e.source)
			}
		])
	);
}

const COMPARED = ['amount', 'priceYear', 'unit', 'label', 'source'] as const;
export type ComparedField = (typeof COMPARED)[number];

export type CatalogChange =
	| { kind: 'added'; id: string; now: SnapshotEntry }
	| { kind: 'removed'; id: string; was: SnapshotEntry }
	| {
			kind: 'changed';
			id: string;
			was: SnapshotEntry;
			now: SnapshotEntry;
			fields: ComparedField[];
	  };

/** What differs between two releases' entries: added, removed, and changed with old and new. */
export function catalogChanges(
	before: Record<string, SnapshotEntry>,
	after: Record<string, SnapshotEntry>
): CatalogChange[] {
	const changes: CatalogChange[] = [];
	for (const [id, was] of Object.entries(before)) {
		const now = after[id];
		if (!now) changes.push({ kind: 'removed', id, was });
		else {
			const fields = COMPARED.filter((f) => was[f] !== now[f]);
			if (fields.length > 0) changes.push({ kind: 'changed', id, was, now, fields });
		}
	}
	for (const [id, now] of Object.entries(after))
		if (!(id in before)) changes.push({ kind: 'added', id, now });
	const order = { changed: 0, added: 1, removed: 2 };
	return changes.sort(
		(a, b) => order[a.kind] - order[b.kind] || label(a).localeCompare(label(b), 'nl')
	);
}

const label = (c: CatalogChange) => (c.kind === 'removed' ? c.was : c.now).label;

/**
 * What changed from an earlier release to the newest, with the releases in between (their notes),
 * or null for a version this catalog never shipped.
 */
export function changesSince(
	version: string
): { releases: Release[]; changes: CatalogChange[] } | null {
	const from = RELEASES.findIndex((r) => r.version === version);
	if (from < 0) return null;
	const latest = RELEASES.at(-1)!;
	return {
		releases: RELEASES.slice(from + 1),
		changes: catalogChanges(RELEASES[from]!.entries, latest.entries)
	};
}
