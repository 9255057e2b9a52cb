import { describe, expect, it } from 'vitest';
import { example } from '$test/world';
import type { SavedCase } from '../cases/cases';
import { readFollowUpForm } from './form';
import { eventsOfCase, type FollowUpSheet } from './follow-ups';

function sheetOf(times: number): FollowUpSheet {
	const saved = {
		id: 'c1',
		caseCode: 'FU-1',
		times,
		version: 3,
		scenario: JSON.parse(example('maatwerk-huurachterstand'))
	} as SavedCase;
	return {
		saved,
		start: '2026-01-10',
		months: 6,
		due: '2026-07-10',
		events: eventsOfCase(saved, []),
		current: null,
		earlier: null
	};
}

const ALL_NO = { e0: 'notHappened', e1: 'notHappened', e2: 'notHappened', e3: 'notHappened' };

function submitted(fields: Record<string, string>) {
	const form = new FormData();
	for (const [key, value] of Object.entries({ version: '3', ...fields })) form.set(key, value);
	return form;
}

const problemsOf = (fields: Record<string, string>, times = 1) => {
	const read = readFollowUpForm(submitted(fields), sheetOf(times));
	return read.ok ? [] : read.problems.map((p) => [p.field, p.message.nl]);
};

describe('reading a follow-up as the worker typed it', () => {
	it('reads Dutch numbers: 3,5 hours and € 1.250', () => {
		const read = readFollowUpForm(
			submitted({ ...ALL_NO, hours: '3,5', maatwerk: '€ 1.250' }),
			sheetOf(1)
		);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		expect([read.record.supportHours.toFixed(), read.record.maatwerk.toFixed()]).toEqual([
			'3.5',
			'1250'
		]);
		expect(read.record.caseVersion).toBe(3);
	});

	it.each`
		fields                                                                     | field         | nl
		${{ e0: 'notHappened', hours: '1', maatwerk: '0' }}                        | ${'e1'}       | ${'“Nachtopvang na uitzetting (90 nachten)”: kies ja, nee of onbekend'}
		${{ ...ALL_NO, e0: 'misschien', hours: '1', maatwerk: '0' }}               | ${'e0'}       | ${'“Huisuitzetting”: kies ja, nee of onbekend'}
		${{ ...ALL_NO, hours: '', maatwerk: '0' }}                                 | ${'hours'}    | ${'Uren ondersteuning: '}
		${{ ...ALL_NO, hours: '-3', maatwerk: '0' }}                               | ${'hours'}    | ${'Uren ondersteuning: mag niet negatief zijn'}
		${{ ...ALL_NO, hours: '20000', maatwerk: '0' }}                            | ${'hours'}    | ${'Uren ondersteuning: mag hoogstens 10.000 zijn'}
		${{ ...ALL_NO, hours: '2', maatwerk: '1,250.50' }}                         | ${'maatwerk'} | ${'Maatwerkbudget: '}
		${{ ...ALL_NO, hours: '2', maatwerk: '12,3456' }}                          | ${'maatwerk'} | ${'Maatwerkbudget: hoogstens 2 decimalen'}
		${{ ...ALL_NO, hours: '2', maatwerk: '0', notes: 'BSN 111222333' }}        | ${'notes'}    | ${'Toelichting: “111222333” lijkt een burgerservicenummer.'}
		${{ ...ALL_NO, hours: '2', maatwerk: '0', notes: 'Mevrouw Jansen belde' }} | ${'notes'}    | ${'vink dan hieronder aan'}
		${{ ...ALL_NO, hours: '2', maatwerk: '0', version: '2' }}                  | ${'version'}  | ${'De casus is intussen opnieuw opgeslagen (versie 3)'}
	`('refuses $field, naming it: “$nl”', ({ fields, field, nl }) => {
		const problems = problemsOf(fields);
		expect(problems.find(([f]) => f === field)?.[1]).toContain(nl);
	});

	it('keeps a name the worker confirmed is none, but never a citizen service number', () => {
		const confirmed = { ...ALL_NO, hours: '2', maatwerk: '0', confirmPersonalData: 'on' };
		expect(problemsOf({ ...confirmed, notes: 'Mevrouw Jansen belde' })).toEqual([]);
		expect(problemsOf({ ...confirmed, notes: 'BSN 111222333' })).toHaveLength(1);
	});

	it('counts households for a case of many: the rest is unknown, more than there are is refused', () => {
		const counts = (happened: string, not: string) => ({
			'e0-happened': happened,
			'e0-not': not,
			...Object.fromEntries(
				[1, 2, 3].flatMap((i) => [
					[`e${i}-happened`, '0'],
					[`e${i}-not`, '0']
				])
			),
			hours: '10',
			maatwerk: '0'
		});
		const read = readFollowUpForm(submitted(counts('2', '29')), sheetOf(40));
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		expect(read.record.answers['effect:huurachterstand/uitzetting']).toEqual({
			happened: 2,
			notHappened: 29,
			unknown: 9
		});
		expect(problemsOf(counts('12', '29'), 40)).toEqual([
			['e0-not', '“Huisuitzetting”: samen 41 huishoudens, maar de casus telt er 40']
		]);
		expect(problemsOf(counts('2,5', '29'), 40)[0]?.[1]).toBe(
			'“Huisuitzetting”, toch gebeurd: moet een heel getal zijn'
		);
	});

	it('takes “nog niet bekend” for the households of a case of many as a choice of its own, never a blank', () => {
		const rest = { 'e1-unknown': 'on', 'e2-unknown': 'on', 'e3-unknown': 'on' };
		const fields = { ...rest, 'e0-happened': '1', 'e0-not': '30', hours: '10', maatwerk: '0' };
		const read = readFollowUpForm(submitted(fields), sheetOf(40));
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		expect(read.record.answers['effect:huurachterstand/nachtopvang']).toEqual({
			happened: 0,
			notHappened: 0,
			unknown: 40
		});
		// a blank count is asked for, never read as 0
		expect(problemsOf({ ...fields, 'e0-not': '' }, 40)).toEqual([
			['e0-not', '“Huisuitzetting”: vul beide aantallen in (0 kan), of kies “Nog niet bekend”']
		]);
		expect(problemsOf({ ...fields, 'e1-happened': '3' }, 40)).toEqual([
			[
				'e1-not',
				'“Nachtopvang na uitzetting (90 nachten)”: kies aantallen of “Nog niet bekend”, niet allebei'
			]
		]);
	});
});
