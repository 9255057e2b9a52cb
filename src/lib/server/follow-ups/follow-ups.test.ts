import { describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld } from '$test/world';
import type { Actor } from '../platform/access';
import { auditLog } from '../platform/audit';
import { establishReport, frozenVersion } from '../reports/versions';
import { createCase, deleteCase, updateCase } from '../cases/cases';
import { readFollowUpForm } from './form';
import {
	followUpList,
	followUpMoments,
	followUpSheet,
	recordFollowUp,
	setFollowUpMoments,
	yearFollowUpAccount
} from './follow-ups';
import {
	adoptMeasuredProbability,
	comparisonGroups,
	measuredProbabilities,
	organisationCalibration,
	readComparison,
	recordComparison,
	removeComparison,
	withdrawMeasuredProbability
} from './measured-probabilities';

const ARREARS = example('maatwerk-huurachterstand');

async function saved(
	actor: Actor,
	db: Parameters<typeof createCase>[0],
	caseCode: string,
	times: number,
	startedOn: string
) {
	const outcome = await createCase(db, actor, {
		caseCode,
		year: 2026,
		times,
		startedOn,
		notes: '',
		scenario: ARREARS
	});
	if (!outcome.ok) throw new Error(JSON.stringify(outcome));
	return outcome.id;
}

/** The form as a worker fills it in: per event a choice (one household) or two counts. */
function filled(fields: Record<string, string>, version = '1') {
	const form = new FormData();
	form.set('version', version);
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	return form;
}

describe.each(ENGINES)('follow-ups on %s', (engine) => {
	const given = freshWorld(engine);
	const ids = {} as Record<'one' | 'forty' | 'other', string>;

	it('lists a worker’s own follow-ups by due date, and an analyst every one of the organisation', async () => {
		const { db, w } = given;
		ids.one = await saved(w.a.worker, db, 'FU-1', 1, '2026-01-10');
		ids.forty = await saved(w.a.colleague, db, 'FU-40', 40, '2025-07-15');
		ids.other = await saved(w.b.worker, db, 'FU-B1', 1, '2026-01-10');
		const mine = await followUpList(db, w.a.worker, '2026-08-01');
		expect(mine.map((i) => [i.caseCode, i.months, i.due, i.status])).toEqual([
			['FU-1', 6, '2026-07-10', 'due'],
			['FU-1', 12, '2027-01-10', 'later']
		]);
		const all = await followUpList(db, w.a.analyst, '2026-08-01');
		expect(all.filter((i) => i.caseCode === 'FU-40').map((i) => i.status)).toEqual([
			'overdue',
			'due'
		]);
		expect(all.some((i) => i.caseCode === 'FU-B1')).toBe(false);
	});

	it('opens a case’s sheet only for who may see the case, and only at a moment of the organisation', async () => {
		const { db, w } = given;
		expect(await followUpSheet(db, w.a.colleague, ids.one, 6)).toBeNull();
		expect(await followUpSheet(db, w.b.analyst, ids.one, 6)).toBeNull();
		expect(await followUpSheet(db, w.a.worker, ids.one, 7)).toBeNull();
		const sheet = (await followUpSheet(db, w.a.worker, ids.one, 6))!;
		expect(sheet.events.map((e) => e.line.id)).toEqual([
			'uitzetting',
			'nachtopvang',
			'schuldhulp',
			'crisisopname'
		]);
		expect(sheet.due).toBe('2026-07-10');
	});

	it('keeps a follow-up read from the form, Dutch numbers and all, and records who did it', async () => {
		const { db, w } = given;
		const sheet = (await followUpSheet(db, w.a.worker, ids.one, 6))!;
		const read = readFollowUpForm(
			filled({
				e0: 'notHappened',
				e1: 'notHappened',
				e2: 'unknown',
				e3: 'notHappened',
				hours: '7,5',
				maatwerk: '1.250',
				notes: 'Regeling loopt.'
			}),
			sheet
		);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		expect(read.record.supportHours.toFixed()).toBe('7.5');
		expect(read.record.maatwerk.toFixed()).toBe('1250');
		expect(await recordFollowUp(db, w.a.worker, ids.one, 6, read.record)).toBe(true);
		const list = await followUpList(db, w.a.worker, '2026-08-01');
		expect(list.find((i) => i.months === 6)?.status).toBe('done');
		const again = (await followUpSheet(db, w.a.worker, ids.one, 12))!;
		expect(again.earlier?.answers['effect:huurachterstand/uitzetting']).toEqual({
			happened: 0,
			notHappened: 1,
			unknown: 0
		});
		const log = await auditLog(db, w.a.analyst);
		expect(log.some((e) => e.action === 'follow-up.recorded')).toBe(true);
	});

	it('refuses a colleague’s follow-up of a case that is not theirs, and another organisation’s', async () => {
		const { db, w } = given;
		const sheet = (await followUpSheet(db, w.a.worker, ids.one, 6))!;
		const read = readFollowUpForm(
			filled({
				e0: 'happened',
				e1: 'happened',
				e2: 'happened',
				e3: 'happened',
				hours: '1',
				maatwerk: '0'
			}),
			sheet
		);
		if (!read.ok) throw new Error('should read');
		expect(await recordFollowUp(db, w.a.colleague, ids.one, 6, read.record)).toBe(false);
		expect(await recordFollowUp(db, w.b.analyst, ids.one, 6, read.record)).toBe(false);
		const kept = (await followUpSheet(db, w.a.worker, ids.one, 6))!;
		expect(kept.current?.answers['effect:huurachterstand/uitzetting']?.happened).toBe(0);
	});

	it('sets expected beside found in the year report, by hand: unknown never counts as prevented', async () => {
		const { db, w } = given;
		const sheet = (await followUpSheet(db, w.a.analyst, ids.forty, 12))!;
		// 40 households: eviction 2 happened, 29 not, so 9 unknown; the rest nobody knows yet
		const read = readFollowUpForm(
			filled({
				'e0-happened': '2',
				'e0-not': '29',
				'e1-happened': '0',
				'e1-not': '0',
				'e2-happened': '0',
				'e2-not': '0',
				'e3-happened': '0',
				'e3-not': '0',
				hours: '200',
				maatwerk: '11.500'
			}),
			sheet
		);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		await recordFollowUp(db, w.a.analyst, ids.forty, 12, read.record);
		const account = await yearFollowUpAccount(db, w.a.analyst, 2026);
		const eviction = account.rows.find((r) => r.unitCostId === 'wonen.huisuitzetting')!;
		// FU-1 (1 household, not evicted) and FU-40 (2 of 31 known evicted, 9 unknown): 41 households
		expect(eviction.households.toFixed()).toBe('41');
		expect(eviction.expectedPrevented.toFixed()).toBe('16.4');
		expect([eviction.asked, eviction.known, eviction.happened, eviction.unknown]).toEqual([
			41, 32, 2, 9
		]);
		expect(eviction.expectedAmongKnown.toFixed()).toBe('12.8');
		expect(eviction.foundAmongKnown.toFixed()).toBe('10.8');
		const debt = account.rows.find((r) => r.unitCostId === 'schulden.schuldhulptraject')!;
		// FU-1 said "unknown", FU-40 knows none: nothing is found prevented
		expect([debt.known, debt.unknown]).toEqual([0, 41]);
		expect(debt.foundAmongKnown.isZero()).toBe(true);
		expect(debt.realisedValue.isZero()).toBe(true);
		expect([account.savedCases, account.followedUp]).toEqual([2, 2]);
		expect(account.support.realisedHours.toFixed()).toBe('207.5');
		expect(account.support.realisedMaatwerk.toFixed()).toBe('12750');
	});

	it('takes a new follow-up as a change to the established report, whose next version carries it', async () => {
		const { db, w } = given;
		const first = await establishReport(db, w.a.analyst, 2026);
		if (!first.ok) throw new Error(JSON.stringify(first));
		const frozen = (await frozenVersion(db, w.ids.a, 2026, first.version.number))!;
		expect(frozen.report.followUp?.followedUp).toBe(2);
		const unchanged = await establishReport(db, w.a.analyst, 2026);
		expect(unchanged.ok).toBe(false);
		const sheet = (await followUpSheet(db, w.a.worker, ids.one, 12))!;
		const read = readFollowUpForm(
			filled({
				e0: 'happened',
				e1: 'notHappened',
				e2: 'unknown',
				e3: 'notHappened',
				hours: '9',
				maatwerk: '300'
			}),
			sheet
		);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		await recordFollowUp(db, w.a.worker, ids.one, 12, read.record);
		const second = await establishReport(db, w.a.analyst, 2026);
		if (!second.ok) throw new Error(JSON.stringify(second));
		const next = (await frozenVersion(db, w.ids.a, 2026, second.version.number))!;
		const eviction = next.report.followUp!.rows.find(
			(r) => r.unitCostId === 'wonen.huisuitzetting'
		)!;
		// FU-1's 12-month follow-up replaces its 6-month one: now evicted after all
		expect([eviction.known, eviction.happened]).toEqual([32, 3]);
	});

	it('gives the year’s figures to an analyst, never to a social worker', async () => {
		const { db, w } = given;
		await expect(yearFollowUpAccount(db, w.a.worker, 2026)).rejects.toThrow(/portfolio/);
		const other = await yearFollowUpAccount(db, w.b.analyst, 2026);
		expect(other.rows.every((r) => r.asked === 0)).toBe(true);
	});

	it('lets an analyst adopt a measured chance with its provenance, for their organisation only', async () => {
		const { db, w } = given;
		expect(await adoptMeasuredProbability(db, w.a.analyst, 'wonen.huisuitzetting', 2026)).toEqual({
			ok: true
		});
		const [measured] = await measuredProbabilities(db, w.ids.a);
		// Beta(½, 10½) + 3 of 32 = Beta(3.5, 39.5): 8.14%
		expect(measured).toMatchObject({
			unitCostId: 'wonen.huisuitzetting',
			provenance: 'eigen nameting 2026, n = 32',
			observed: 32,
			happened: 3,
			alpha: 3.5,
			beta: 39.5
		});
		expect(measured!.value.toFixed()).toBe('0.0814');
		expect(await measuredProbabilities(db, w.ids.b)).toEqual([]);
		const none = await adoptMeasuredProbability(
			db,
			w.a.analyst,
			'schulden.schuldhulptraject',
			2026
		);
		expect(none.ok).toBe(false);
		await expect(
			adoptMeasuredProbability(db, w.a.worker, 'wonen.huisuitzetting', 2026)
		).rejects.toThrow();
		expect(await withdrawMeasuredProbability(db, w.b.analyst, 'wonen.huisuitzetting')).toBe(false);
		expect(await withdrawMeasuredProbability(db, w.a.analyst, 'wonen.huisuitzetting')).toBe(true);
		expect(await measuredProbabilities(db, w.ids.a)).toEqual([]);
	});

	it('calibrates P from a comparison group the analyst records, read as typed and never personal', async () => {
		const { db, w } = given;
		const kinds = ['wonen.huisuitzetting'];
		const form = (fields: Record<string, string>) => {
			const data = new FormData();
			for (const [key, value] of Object.entries(fields)) data.set(key, value);
			return data;
		};
		const refused = (fields: Record<string, string>) => {
			const read = readComparison(form(fields), kinds);
			return read.ok ? [] : read.problems.map((p) => `${p.field}: ${p.message.nl}`);
		};
		const group = {
			unitCostId: 'wonen.huisuitzetting',
			households: '1.200',
			happened: '336',
			description: 'wachtlijst wijk Noord, 2025'
		};
		expect(refused({ ...group, happened: '1.300' })).toEqual([
			'happened: Waarvan gebeurd: 1300 is meer dan de 1200 huishoudens'
		]);
		expect(refused({ ...group, households: '0' })).toEqual([
			'households: Huishoudens: moet minstens 1 zijn'
		]);
		expect(refused({ ...group, households: '12,5' })[0]).toBe(
			'households: Huishoudens: moet een heel getal zijn'
		);
		expect(refused({ ...group, unitCostId: 'ggz.bestaat-niet' })[0]).toContain(
			'unitCostId: Gebeurtenis:'
		);
		expect(refused({ ...group, description: 'Familie Jansen, Dorpsstraat 12' })[0]).toContain(
			'description: Omschrijving: '
		);
		const read = readComparison(form(group), kinds);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		expect(read.group).toMatchObject({ households: 1200, happened: 336 });
		await expect(recordComparison(db, w.a.worker, read.group)).rejects.toThrow();
		await recordComparison(db, w.a.analyst, read.group);
		expect(await comparisonGroups(db, w.ids.b)).toEqual([]);
		const row = (await organisationCalibration(db, w.a.analyst)).find(
			(r) => r.unitCostId === 'wonen.huisuitzetting'
		)!;
		// the cases' P of 40% as prior, 336 of 1,200 without help: Beta(340.5, 870.5)
		expect(row.without.calibration!.posterior).toEqual({ alpha: 340.5, beta: 870.5 });
		expect(
			await adoptMeasuredProbability(db, w.a.analyst, 'wonen.huisuitzetting', 2026, 'without')
		).toEqual({ ok: true });
		const measured = (await measuredProbabilities(db, w.ids.a)).find(
			(m) => m.probability === 'without'
		)!;
		expect(measured.provenance).toBe('eigen vergelijkingsgroep 2026, n = 1.200');
		expect(measured.value.toFixed()).toBe('0.2812');
		expect(await removeComparison(db, w.b.analyst, 'wonen.huisuitzetting')).toBe(false);
		expect(await removeComparison(db, w.a.analyst, 'wonen.huisuitzetting')).toBe(true);
		const none = await adoptMeasuredProbability(
			db,
			w.a.analyst,
			'wonen.huisuitzetting',
			2026,
			'without'
		);
		expect(none.ok).toBe(false);
		expect(
			await withdrawMeasuredProbability(db, w.a.analyst, 'wonen.huisuitzetting', 'without')
		).toBe(true);
	});

	it('keeps the organisation’s moments as typed, refusing what is not a number of months', async () => {
		const { db, w } = given;
		expect(await setFollowUpMoments(db, w.a.analyst, '3, 12')).toEqual({
			ok: true,
			months: [3, 12]
		});
		expect(await followUpMoments(db, w.ids.a)).toEqual([3, 12]);
		const refused = await setFollowUpMoments(db, w.a.analyst, '6,5');
		expect(refused.ok).toBe(false);
		expect(await followUpMoments(db, w.ids.a)).toEqual([3, 12]);
		// a follow-up done at a moment no longer used still counts as done
		const list = await followUpList(db, w.a.worker, '2026-08-01');
		expect(list.map((i) => [i.months, i.status])).toEqual([
			[3, 'overdue'],
			[12, 'done'],
			[6, 'done']
		]);
		await expect(setFollowUpMoments(db, w.a.worker, '6')).rejects.toThrow();
		expect(await followUpMoments(db, w.ids.b)).toEqual([6, 12]);
	});

	it('prices a case again when it is saved again, and only then', async () => {
		const { db, w } = given;
		const before = await yearFollowUpAccount(db, w.a.analyst, 2026);
		const again = await yearFollowUpAccount(db, w.a.analyst, 2026);
		expect(again.rows).toEqual(before.rows);
		const updated = await updateCase(db, w.a.analyst, ids.forty, 1, {
			caseCode: 'FU-40',
			year: 2026,
			times: 50,
			startedOn: '2025-07-15',
			notes: '',
			scenario: ARREARS
		});
		expect(updated?.ok).toBe(true);
		const after = await yearFollowUpAccount(db, w.a.analyst, 2026);
		const eviction = after.rows.find((r) => r.unitCostId === 'wonen.huisuitzetting')!;
		// FU-1 is 1 household, FU-40 now 50; its follow-up still knows 31 of them
		expect(eviction.households.toFixed()).toBe('51');
		expect(eviction.known).toBe(32);
	});

	it('deletes a case’s follow-ups with the case', async () => {
		const { db, w } = given;
		expect(await deleteCase(db, w.a.worker, ids.one)).toBe(true);
		const [row] = await db.query<{ n: number }>(
			'select count(*)::int as n from follow_ups where case_id = $1',
			[ids.one]
		);
		expect(row!.n).toBe(0);
	});
});
