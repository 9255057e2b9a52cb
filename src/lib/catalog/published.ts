import * as z from 'zod/mini';
import { noteSchema, type UnitCostEntry } from '../schemas/unit-cost';
import { CATALOG, gapSchema, type Catalog } from './catalog';
import raw from './data/unit-cost-notes.json';
import { sourceProblem } from './source-policy';

/**
 * The shipped catalog as it is published on the catalog page, in its CSV and JSON downloads and
 * by the command line: every entry with its note (why it is graded so, what it stands in for) and
 * the gaps no source yet fills. Kept apart from the figures so the calculator's first load, which
 * prices and never shows a note, does not carry them.
 */
const commentarySchema = z.strictObject({
	version: z.string(),
	description: z.string(),
	notes: z.record(z.string(), noteSchema),
	gaps: z.array(gapSchema)
});

function loadPublished(): Catalog {
	const commentary = commentarySchema.parse(raw);
	const problems: string[] = [];
	if (commentary.version !== CATALOG.version)
		problems.push(`notes are for ${commentary.version}, the catalog is ${CATALOG.version}`);
	const ids = new Set(CATALOG.entries.map((e) => e.id));
	for (const id of Object.keys(commentary.notes))
		if (!ids.has(id)) problems.push(`a note for ${id}, which is not in the catalog`);
	const withNote = (entry: UnitCostEntry): UnitCostEntry => {
		const note = commentary.notes[entry.id];
		return note === undefined ? entry : { ...entry, note };
	};
	const entries = CATALOG.entries.map(withNote);
	for (const entry of entries) {
		const problem = sourceProblem(entry);
		if (problem) problems.push(`${entry.id} ${problem}`);
	}
	if (problems.length > 0) throw new Error(problems.join('; '));
	return { ...CATALOG, entries, gaps: commentary.gaps };
}

export const PUBLISHED_CATALOG: Catalog = loadPublished();
