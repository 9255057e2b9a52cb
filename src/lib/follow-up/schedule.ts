/**
 * When a case is followed up: at fixed months after its help started (default 6 and 12, set per
 * organisation). Dates are calendar days ('YYYY-MM-DD'), so no time zone moves a due date.
 */

export const DEFAULT_MOMENTS = [6, 12] as const;
/** A follow-up more than this many days past its date is overdue. */
export const OVERDUE_AFTER_DAYS = 30;
/** Follow-ups due within this many days are listed as coming up. */
export const COMING_UP_DAYS = 30;
export const MOMENT_LIMITS = { min: 1, max: 60, count: 6 } as const;

export type FollowUpStatus = 'done' | 'overdue' | 'due' | 'coming' | 'later';

const DAY = 86_400_000;
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const asDay = (date: Date) => date.toISOString().slice(0, 10);

/** The day `months` calendar months after `start`; the 31st becomes the month's last day. */
export function addMonths(start: string, months: number): string {
	const date = asDate(start);
	const day = date.getUTCDate();
	date.setUTCDate(1);
	date.setUTCMonth(date.getUTCMonth() + months);
	const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
	date.setUTCDate(Math.min(day, last));
	return asDay(date);
}

export const daysBetween = (from: string, to: string) =>
	Math.round((asDate(to).getTime() - asDate(from).getTime()) / DAY);

export function followUpStatus(due: string, today: string, done: boolean): FollowUpStatus {
	if (done) return 'done';
	const late = daysBetween(due, today);
	if (late > OVERDUE_AFTER_DAYS) return 'overdue';
	if (late >= 0) return 'due';
	return -late <= COMING_UP_DAYS ? 'coming' : 'later';
}

/** The organisation's moments as typed ("6, 12"), or why not, naming what is wrong. */
export function readMoments(
	text: string
): { ok: true; months: number[] } | { ok: false; nl: string; en: string } {
	const parts = text
		// "6, 12" is a list, but "6,5" a Dutch decimal: a comma separates only before a space.
		.split(/;|,\s|\s/)
		.map((part) => part.trim())
		.filter(Boolean);
	if (parts.length === 0)
		return {
			ok: false,
			nl: 'vul minstens één aantal maanden in',
			en: 'enter at least one number of months'
		};
	if (parts.length > MOMENT_LIMITS.count)
		return {
			ok: false,
			nl: `hoogstens ${MOMENT_LIMITS.count} momenten`,
			en: `at most ${MOMENT_LIMITS.count} moments`
		};
	const months: number[] = [];
	for (const part of parts) {
		const value = Number(part);
		if (!/^\d+$/.test(part) || value < MOMENT_LIMITS.min || value > MOMENT_LIMITS.max)
			return {
				ok: false,
				nl: `“${part}” is geen heel aantal maanden van ${MOMENT_LIMITS.min} tot ${MOMENT_LIMITS.max}; schrijf meer momenten zo: 6, 12`,
				en: `“${part}” is not a whole number of months from ${MOMENT_LIMITS.min} to ${MOMENT_LIMITS.max}; write more moments like this: 6, 12`
			};
		if (months.includes(value))
			return {
				ok: false,
				nl: `${value} maanden staat er twee keer in; noem elk moment één keer, zo: 6, 12`,
				en: `${value} months is in it twice; name each moment once, like this: 6, 12`
			};
		months.push(value);
	}
	return { ok: true, months: months.sort((a, b) => a - b) };
}
