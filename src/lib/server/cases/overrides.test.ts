import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { freshWorld, OWN_EVICTION_COST } from '$test/world';
import { listOverrides, setOverride } from './overrides';

describe.each(ENGINES)('an own unit cost refused on %s', (engine) => {
	const given = freshWorld(engine);

	it('names the field a spreadsheet formula was typed into, in words, and keeps nothing', async () => {
		const refused = await setOverride(given.db, given.w.a.analyst, {
			...OWN_EVICTION_COST,
			sourceTitle: '=HYPERLINK("https://evil.example")'
		});
		expect(refused).toEqual({
			ok: false,
			problems: [
				{
					field: 'sourceTitle',
					message: {
						nl: 'Bron: titel: begint met = en zou in een rekenblad een formule worden; begin met een letter of cijfer',
						en: 'Source: title: starts with = and would become a formula in a spreadsheet; start with a letter or digit'
					}
				}
			]
		});
		expect(await listOverrides(given.db, given.w.a.analyst)).toEqual([]);
	});
});
