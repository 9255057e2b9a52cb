import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { freshWorld } from '$test/world';
import { listTemplates, removeTemplate, saveTemplate } from './templates';

const ROUND = [
	'wonen.huisuitzetting',
	'schulden.deurwaarder-dagvaarding',
	'jeugd.uithuisplaatsing-jaar'
];

describe.each(ENGINES)('kept guessing rounds on %s', (engine) => {
	const given = freshWorld(engine);

	it('are shared within the organisation and nowhere else, and a name kept again replaces its round', async () => {
		const { a, b } = given.w;
		const kept = await saveTemplate(given.db, a.worker, ' Schulden ', ROUND);
		expect(kept.ok).toBe(true);
		const seen = await listTemplates(given.db, a.colleague);
		expect(seen.map((t) => [t.name, t.unitCostIds, t.mine])).toEqual([['Schulden', ROUND, false]]);
		expect(await listTemplates(given.db, b.analyst)).toEqual([]);
		expect((await saveTemplate(given.db, a.colleague, 'schulden', ROUND.slice(0, 1))).ok).toBe(
			true
		);
		expect(
			(await listTemplates(given.db, a.worker)).map((t) => [t.name, t.unitCostIds.length])
		).toEqual([['schulden', 1]]);
	});

	it('refuse a nameless round, or questions the catalog does not have, by field', async () => {
		const { a } = given.w;
		const nameless = await saveTemplate(given.db, a.worker, '  ', ROUND);
		expect(nameless.ok || nameless.problem.field).toBe('name');
		const unknown = await saveTemplate(given.db, a.worker, 'X', ['bestaat.niet']);
		expect(unknown.ok || unknown.problem.message.nl).toMatch(
			/^Vragen: 1 tot 20 verschillende kengetallen/
		);
	});

	it('are removed by whoever kept them or an analyst, never by a colleague or another organisation', async () => {
		const { a, b } = given.w;
		const kept = await saveTemplate(given.db, a.worker, 'Jeugd', ROUND);
		if (!kept.ok) throw new Error('not kept');
		expect(await removeTemplate(given.db, b.analyst, kept.id)).toBe(false);
		expect(await removeTemplate(given.db, a.colleague, kept.id)).toBe(false);
		expect(await removeTemplate(given.db, a.analyst, kept.id)).toBe(true);
		expect((await listTemplates(given.db, a.worker)).map((t) => t.name)).not.toContain('Jeugd');
		const audit = await given.db.query<{ action: string }>(
			`select action from audit_log where subject_type = 'round-template' order by at`
		);
		expect(audit.map((r) => r.action)).toContain('round.removed');
	});
});
