import { D, type Dec } from '../../engine';
import { householdsOf, type AvoidedEvent, type EventAnswer } from '../../follow-up/events';
import { numberProblemMessage, readNumber } from '../../format/number-input';
import { problem, type FieldProblem } from '../../i18n/form-messages';
import type { FollowUpRecord, FollowUpSheet } from './follow-ups';
import { paragraphField, readFreeText } from '../platform/forms';

/**
 * Reads a submitted follow-up against the sheet it was filled in on. Every problem names its
 * field, in both languages; nothing is kept unless all of it is right.
 */

export const ANSWERS = ['happened', 'notHappened', 'unknown'] as const;
export type AnswerChoice = (typeof ANSWERS)[number];

export const LIMITS = { hours: new D(10_000), maatwerk: new D(1_000_000), notes: 1000 };

/** The form field names of the i-th event. */
export const eventField = (i: number) => ({
	choice: `e${i}`,
	happened: `e${i}-happened`,
	notHappened: `e${i}-not`
});

const text = (form: FormData, key: string) => String(form.get(key) ?? '');

type Reading<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

function readAmount(
	form: FormData,
	field: string,
	name: { nl: string; en: string },
	max: Dec,
	wholeOnly: boolean
): Reading<Dec> {
	const fail = (nl: string, en: string): Reading<Dec> => ({
		ok: false,
		problem: problem(field, `${name.nl}: ${nl}`, `${name.en}: ${en}`)
	});
	const read = readNumber(text(form, field), 'nl', 'amount');
	if (!read.ok)
		return fail(
			numberProblemMessage(read.problem, 'nl', 'amount'),
			numberProblemMessage(read.problem, 'en', 'amount')
		);
	if (read.value.isNegative()) return fail('mag niet negatief zijn', 'may not be negative');
	if (wholeOnly && !read.value.isInteger())
		return fail('moet een heel getal zijn', 'must be a whole number');
	if (read.value.decimalPlaces() > 2) return fail('hoogstens 2 decimalen', 'at most 2 decimals');
	if (read.value.gt(max))
		return fail(
			`mag hoogstens ${max.toNumber().toLocaleString('nl-NL')} zijn`,
			`may be at most ${max.toNumber().toLocaleString('en-GB')}`
		);
	return { ok: true, value: read.value };
}

function readAnswer(form: FormData, event: AvoidedEvent, i: number): Reading<EventAnswer> {
	const households = householdsOf(event);
	const name = { nl: `“${event.line.label}”`, en: `“${event.line.label}”` };
	const fields = eventField(i);
	if (households === 1) {
		const choice = text(form, fields.choice);
		if (!(ANSWERS as readonly string[]).includes(choice))
			return {
				ok: false,
				problem: problem(
					fields.choice,
					`${name.nl}: kies ja, nee of onbekend`,
					`${name.en}: choose yes, no or unknown`
				)
			};
		const answer = { happened: 0, notHappened: 0, unknown: 0 };
		answer[choice as AnswerChoice] = 1;
		return { ok: true, value: answer };
	}
	const max = new D(households);
	const happened = readAmount(
		form,
		fields.happened,
		{ nl: `${name.nl}, toch gebeurd`, en: `${name.en}, happened` },
		max,
		true
	);
	if (!happened.ok) return happened;
	const not = readAmount(
		form,
		fields.notHappened,
		{ nl: `${name.nl}, niet gebeurd`, en: `${name.en}, did not happen` },
		max,
		true
	);
	if (!not.ok) return not;
	const known = happened.value.plus(not.value).toNumber();
	if (known > households)
		return {
			ok: false,
			problem: problem(
				fields.notHappened,
				`${name.nl}: samen ${known} huishoudens, maar de casus telt er ${households}`,
				`${name.en}: ${known} households together, but the case counts ${households}`
			)
		};
	return {
		ok: true,
		value: {
			happened: happened.value.toNumber(),
			notHappened: not.value.toNumber(),
			unknown: households - known
		}
	};
}

/** A submitted follow-up as a record to keep, or every problem with it. */
export function readFollowUpForm(
	form: FormData,
	sheet: FollowUpSheet
):
	| { ok: true; record: FollowUpRecord }
	| {
			ok: false;
			problems: FieldProblem[];
			/** Its notes may be confirmed as not personal. */ confirmable: boolean;
	  } {
	const problems: FieldProblem[] = [];
	if (text(form, 'version') !== String(sheet.saved.version))
		problems.push(
			problem(
				'version',
				`De casus is intussen opnieuw opgeslagen (versie ${sheet.saved.version}); de vragen hieronder horen bij die versie. Kijk uw antwoorden na en sla opnieuw op.`,
				`The case was saved again in the meantime (version ${sheet.saved.version}); the questions below belong to that version. Check your answers and save again.`
			)
		);
	const answers: Record<string, EventAnswer> = {};
	sheet.events.forEach((event, i) => {
		const read = readAnswer(form, event, i);
		if (read.ok) answers[event.key] = read.value;
		else problems.push(read.problem);
	});
	const hours = readAmount(
		form,
		'hours',
		{ nl: 'Uren ondersteuning', en: 'Hours of support' },
		LIMITS.hours,
		false
	);
	if (!hours.ok) problems.push(hours.problem);
	const maatwerk = readAmount(
		form,
		'maatwerk',
		{ nl: 'Maatwerkbudget', en: 'Flexible budget' },
		LIMITS.maatwerk,
		false
	);
	if (!maatwerk.ok) problems.push(maatwerk.problem);
	const notes = readFreeText(
		'notes',
		{ nl: 'Toelichting', en: 'Notes' },
		paragraphField(LIMITS.notes),
		text(form, 'notes'),
		{ offered: true, given: form.get('confirmPersonalData') === 'on' }
	);
	if (!notes.ok) problems.push(notes.problem);
	if (problems.length > 0 || !hours.ok || !maatwerk.ok || !notes.ok)
		return { ok: false, problems, confirmable: !notes.ok && notes.confirmable };
	return {
		ok: true,
		record: {
			caseVersion: sheet.saved.version,
			answers,
			supportHours: hours.value,
			maatwerk: maatwerk.value,
			notes: notes.value
		}
	};
}

/** What the user typed, returned with a refused form so that nothing is lost. */
export function typedFollowUp(form: FormData): Record<string, string> {
	return Object.fromEntries([...form.keys()].map((key) => [key, text(form, key)]));
}
