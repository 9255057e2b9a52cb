import { describe, expect, it } from 'vitest';
import { addMonths, followUpStatus, readMoments } from './schedule';

describe('when a follow-up is due', () => {
	it.each`
		start           | months | due
		${'2026-01-15'} | ${6}   | ${'2026-07-15'}
		${'2025-08-31'} | ${6}   | ${'2026-02-28'}
		${'2023-08-31'} | ${6}   | ${'2024-02-29'}
		${'2025-12-01'} | ${12}  | ${'2026-12-01'}
		${'2026-03-31'} | ${1}   | ${'2026-04-30'}
	`('$months months after $start is $due', ({ start, months, due }) => {
		expect(addMonths(start, months)).toBe(due);
	});

	it.each`
		due             | today           | done     | status
		${'2026-06-01'} | ${'2026-12-06'} | ${true}  | ${'done'}
		${'2026-06-01'} | ${'2026-12-06'} | ${false} | ${'overdue'}
		${'2026-11-06'} | ${'2026-12-06'} | ${false} | ${'due'}
		${'2026-11-05'} | ${'2026-12-06'} | ${false} | ${'overdue'}
		${'2026-12-06'} | ${'2026-12-06'} | ${false} | ${'due'}
		${'2027-01-05'} | ${'2026-12-06'} | ${false} | ${'coming'}
		${'2027-01-06'} | ${'2026-12-06'} | ${false} | ${'later'}
	`('due $due, today $today, done $done: $status', ({ due, today, done, status }) => {
		expect(followUpStatus(due, today, done)).toBe(status);
	});
});

describe('the organisation’s moments as typed', () => {
	it.each`
		typed         | months
		${'6, 12'}    | ${[6, 12]}
		${'12 6'}     | ${[6, 12]}
		${'3;6;9;12'} | ${[3, 6, 9, 12]}
	`('reads “$typed” as $months', ({ typed, months }) => {
		expect(readMoments(typed)).toEqual({ ok: true, months });
	});

	it.each`
		typed              | nl
		${''}              | ${'vul minstens één aantal maanden in'}
		${'6, 0'}          | ${'“0” is geen heel aantal maanden van 1 tot 60'}
		${'6,5'}           | ${'“6,5” is geen heel aantal maanden van 1 tot 60; schrijf meer momenten zo: 6, 12'}
		${'6.5'}           | ${'“6.5” is geen heel aantal maanden van 1 tot 60'}
		${'zes'}           | ${'“zes” is geen heel aantal maanden van 1 tot 60'}
		${'1 2 3 4 5 6 7'} | ${'hoogstens 6 momenten'}
		${'6, 6'}          | ${'6 maanden staat er twee keer in; noem elk moment één keer, zo: 6, 12'}
	`('refuses “$typed”, saying so', ({ typed, nl }) => {
		const read = readMoments(typed);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.nl).toContain(nl);
	});
});
