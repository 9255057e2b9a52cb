import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld } from '$test/world';
import { HELD_MARK } from '../../privacy/held-names';
import { Forbidden } from '../platform/access';
import { auditLog } from '../platform/audit';
import { organisationReport, reportCases } from '../reports/portfolio';
import { establishReport, frozenVersion } from '../reports/versions';
import { createCase, findCase, updateCase } from './cases';
import type { CaseForm } from './form';
import { heldForReview, releaseName, returnName } from './held-names';

const named = (label: string) => {
	const scenario = JSON.parse(example('maatwerk-huurachterstand'));
	scenario.label = label;
	scenario.cases[0].label = label;
	return JSON.stringify(scenario);
};

const form = (code: string, label: string, over: Partial<CaseForm> = {}): CaseForm => ({
	caseCode: code,
	year: 2026,
	times: 1,
	notes: '',
	scenario: named(label),
	confirmPersonalData: 'on',
	...over
});

const NAME = 'Huurachterstand mevrouw Jansen';
const SHOWN = `Huurachterstand ${HELD_MARK}`;

describe.each(ENGINES)('a name a worker confirmed, held for a manager on %s', (engine) => {
	const given = freshWorld(engine);
	let held = '';

	it('is never saved in the case: the case carries the mark, the name waits apart', async () => {
		const saved = await createCase(given.db, given.w.a.worker, form('NAAM-1', NAME));
		if (!saved.ok) throw new Error(JSON.stringify(saved));
		held = saved.id;
		const found = await findCase(given.db, given.w.a.worker, held);
		expect(found!.scenario.label).toBe(SHOWN);
		expect(found!.scenario.cases[0]!.label).toBe(SHOWN);
		expect(found!.heldNames.map((h) => [h.place, h.original, h.names])).toEqual([
			['title', NAME, ['mevrouw Jansen']],
			['case', NAME, ['mevrouw Jansen']]
		]);
		const [version] = await given.db.query<{ scenario: unknown }>(
			'select scenario from case_versions where case_id = $1',
			[held]
		);
		expect(JSON.stringify(version!.scenario)).not.toContain('Jansen');
		expect((await auditLog(given.db, given.w.a.analyst)).map((e) => e.action)).toContain(
			'case.names-held'
		);
	});

	it('reaches no report and no established version while it is held', async () => {
		const report = await organisationReport(given.db, given.w.a.analyst.organisationId, 2026);
		const rows = await reportCases(given.db, report!);
		expect(rows.map((r) => r.label).join(' ')).not.toContain('Jansen');
		expect(rows.map((r) => r.label)).toContain(`NAAM-1: ${SHOWN}`);
		const established = await establishReport(given.db, given.w.a.analyst, 2026);
		if (!established.ok) throw new Error(JSON.stringify(established));
		const version = await frozenVersion(given.db, given.w.a.analyst.organisationId, 2026, 1);
		expect(JSON.stringify(version)).not.toContain('Jansen');
	});

	it('is listed for the organisation’s managers only', async () => {
		const review = await heldForReview(given.db, given.w.a.analyst);
		expect(review.map((c) => [c.caseCode, c.held.length])).toEqual([['NAAM-1', 1]]);
		expect(await heldForReview(given.db, given.w.b.analyst)).toEqual([]);
		await expect(heldForReview(given.db, given.w.a.worker)).rejects.toThrow(Forbidden);
		expect(await releaseName(given.db, given.w.b.analyst, held, SHOWN)).toEqual({ ok: false });
		await expect(releaseName(given.db, given.w.a.worker, held, SHOWN)).rejects.toThrow(Forbidden);
	});

	it('goes back into the case as typed once a manager releases it, and is not held again', async () => {
		expect(await releaseName(given.db, given.w.a.analyst, held, SHOWN)).toEqual({
			ok: true,
			caseCode: 'NAAM-1'
		});
		// the title and the case's label held the same text: one review releases both
		const found = await findCase(given.db, given.w.a.worker, held);
		expect(found!.scenario.label).toBe(NAME);
		expect(found!.scenario.cases[0]!.label).toBe(NAME);
		expect(found!.heldNames).toEqual([]);
		expect(found!.version).toBe(2);
		const report = await organisationReport(given.db, given.w.a.analyst.organisationId, 2026);
		expect((await reportCases(given.db, report!)).map((r) => r.label)).toContain(`NAAM-1: ${NAME}`);
		const log = await auditLog(given.db, given.w.a.analyst);
		expect(log.find((e) => e.action === 'case.name-released')?.detail).toMatchObject({
			caseCode: 'NAAM-1',
			text: NAME
		});
		// saved again as released, without asking again; and a version can be established with it
		const again = await updateCase(given.db, given.w.a.worker, held, 2, {
			...form('NAAM-1', NAME),
			confirmPersonalData: undefined
		});
		expect(again).toMatchObject({ ok: true, version: 3 });
		expect((await establishReport(given.db, given.w.a.analyst, 2026)).ok).toBe(true);
		expect(await releaseName(given.db, given.w.a.analyst, held, SHOWN)).toEqual({ ok: false });
	});

	it('sent back, it is forgotten and the mark stays for the worker to rewrite', async () => {
		const saved = await createCase(given.db, given.w.a.worker, form('NAAM-2', 'Gezin De Vries'));
		if (!saved.ok) throw new Error(JSON.stringify(saved));
		const shown = (await findCase(given.db, given.w.a.worker, saved.id))!.scenario.label;
		expect(shown).toBe(HELD_MARK);
		expect(await returnName(given.db, given.w.a.analyst, saved.id, shown)).toMatchObject({
			ok: true
		});
		const [row] = await given.db.query<{ text: string }>(
			'select row_to_json(c)::text as text from cases c where id = $1',
			[saved.id]
		);
		expect(row!.text).not.toContain('De Vries');
		const found = await findCase(given.db, given.w.a.worker, saved.id);
		expect(found!.heldNames).toEqual([]);
		expect(found!.scenario.cases[0]!.label).toBe(HELD_MARK);
	});

	it('is no longer held once the worker rewrites the text without the name', async () => {
		const saved = await createCase(given.db, given.w.a.worker, form('NAAM-3', 'Familie Bakker'));
		if (!saved.ok) throw new Error(JSON.stringify(saved));
		const rewritten = await updateCase(
			given.db,
			given.w.a.worker,
			saved.id,
			1,
			form('NAAM-3', 'Huurachterstand, gezin met twee kinderen', { confirmPersonalData: undefined })
		);
		expect(rewritten).toMatchObject({ ok: true });
		expect((await findCase(given.db, given.w.a.worker, saved.id))!.heldNames).toEqual([]);
		expect(await heldForReview(given.db, given.w.a.analyst)).toEqual([]);
	});
});
