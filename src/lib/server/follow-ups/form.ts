import { D, type Dec } from '../../engine';
import { householdsOf, type AvoidedEvent, type EventAnswer } from '../../follow-up/events';
import * as z from 'zod';
import { bi, type FieldProblem } from '../../i18n/form-messages';
import { typedAmount } from '../../schemas/typed-number';
import type { FollowUpRecord, FollowUpSheet } from './follow-ups';
import { paragraphField, readForm, readFreeText, type FieldNames } from '../platform/forms';

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
	notHappened: `e${i}-not`,
	/** "Nog niet bekend" for all the households of a case of many. */
	unknown: `e${i}-unknown`
});

/** A count left blank is not given: for "nog niet bekend", never read as 0. */
const blankIsNotGiven = (value: unknown) =>
	value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
		? undefined
		: value;

const text = (form: FormData, key: string) => String(form.get(key) ?? '');

type Answers = Record<string, EventAnswer>;

/** An event's answer fields and how they are read: one choice, or two counts for many households. */
function answerFields(event: AvoidedEvent, i: number) {
	const households = householdsOf(event);
	const label = `“${event.line.label}”`;
	const fields = eventField(i);
	if (households === 1)
		return {
			names: { [fields.choice]: { nl: label, en: label } },
			shape: {
				[fields.choice]: z.enum(
					ANSWERS,
					bi('kies ja, nee of onbekend', 'choose yes, no or unknown')
				)
			}
		};
	const count = z.preprocess(
		blankIsNotGiven,
		z.optional(typedAmount({ max: households, places: 0 }))
	);
	return {
		names: {
			[fields.happened]: { nl: `${label}, toch gebeurd`, en: `${label}, happened` },
			[fields.notHappened]: { nl: `${label}, niet gebeurd`, en: `${label}, did not happen` },
			[fields.unknown]: { nl: `${label}, nog niet bekend`, en: `${label}, not known yet` }
		},
		shape: {
			[fields.happened]: count,
			[fields.notHappened]: count,
			[fields.unknown]: z.optional(z.literal('on'))
		}
	};
}

/** What an event's fields say, once read. */
function answerOf(event: AvoidedEvent, i: number, read: Record<string, unknown>): EventAnswer {
	const fields = eventField(i);
	if (householdsOf(event) === 1) {
		const answer = { happened: 0, notHappened: 0, unknown: 0 };
		answer[read[fields.choice] as AnswerChoice] = 1;
		return answer;
	}
	if (read[fields.unknown] === 'on')
		return { happened: 0, notHappened: 0, unknown: householdsOf(event) };
	const happened = (read[fields.happened] as Dec).toNumber();
	const notHappened = (read[fields.notHappened] as Dec).toNumber();
	return { happened, notHappened, unknown: householdsOf(event) - happened - notHappened };
}

/**
 * A follow-up's form as a schema: the version it was filled in on, every event's answer, the
 * hours and budget spent. The counts of one event may not add up to more than its households.
 */
export function followUpSchema(sheet: FollowUpSheet) {
	const { version } = sheet.saved;
	const events = sheet.events.map(answerFields);
	const schema = z
		.object({
			version: z.literal(
				String(version),
				bi(
					`De casus is intussen opnieuw opgeslagen (versie ${version}); de vragen hieronder horen bij die versie. Kijk uw antwoorden na en sla opnieuw op.`,
					`The case was saved again in the meantime (version ${version}); the questions below belong to that version. Check your answers and save again.`
				)
			),
			hours: typedAmount({ max: LIMITS.hours.toNumber(), places: 2 }),
			maatwerk: typedAmount({ max: LIMITS.maatwerk.toNumber(), places: 2 })
		})
		.extend(Object.assign({}, ...events.map((e) => e.shape)) as Record<string, z.ZodType>)
		.superRefine((read, context) =>
			sheet.events.forEach((event, i) => {
				const fields = eventField(i);
				const households = householdsOf(event);
				if (households === 1) return;
				const [happened, not] = [read[fields.happened], read[fields.notHappened]];
				const unknown = read[fields.unknown] === 'on';
				const given = [happened, not].filter((count) => count !== undefined).length;
				if (unknown ? given > 0 : given < 2)
					context.addIssue({
						code: 'custom',
						path: [unknown || happened !== undefined ? fields.notHappened : fields.happened],
						params: { named: true },
						message: unknown
							? bi(
									`“${event.line.label}”: kies aantallen of “Nog niet bekend”, niet allebei`,
									`“${event.line.label}”: give counts or “Not known yet”, not both`
								)
							: bi(
									`“${event.line.label}”: vul beide aantallen in (0 kan), of kies “Nog niet bekend”`,
									`“${event.line.label}”: fill in both counts (0 will do), or choose “Not known yet”`
								)
					});
				if (!(happened instanceof D && not instanceof D)) return;
				const known = happened.plus(not).toNumber();
				if (known > households)
					context.addIssue({
						code: 'custom',
						path: [fields.notHappened],
						// about the event, not one of its two fields
						params: { named: true },
						message: bi(
							`“${event.line.label}”: samen ${known} huishoudens, maar de casus telt er ${households}`,
							`“${event.line.label}”: ${known} households together, but the case counts ${households}`
						)
					});
			})
		);
	const names: FieldNames = {
		// the message names what it is about
		version: null,
		...Object.assign({}, ...events.map((e) => e.names)),
		hours: { nl: 'Uren ondersteuning', en: 'Hours of support' },
		maatwerk: { nl: 'Maatwerkbudget', en: 'Flexible budget' }
	};
	return { schema, names };
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
	const { schema, names } = followUpSchema(sheet);
	const read = readForm(schema, form, names);
	const notes = readFreeText(
		'notes',
		{ nl: 'Toelichting', en: 'Notes' },
		paragraphField(LIMITS.notes),
		text(form, 'notes'),
		{ offered: true, given: form.get('confirmPersonalData') === 'on' }
	);
	if (!read.ok || !notes.ok)
		return {
			ok: false,
			problems: [...(read.ok ? [] : read.problems), ...(notes.ok ? [] : [notes.problem])],
			confirmable: !notes.ok && notes.confirmable
		};
	const answers: Answers = {};
	sheet.events.forEach((event, i) => (answers[event.key] = answerOf(event, i, read.value)));
	return {
		ok: true,
		record: {
			caseVersion: sheet.saved.version,
			answers,
			supportHours: read.value.hours as Dec,
			maatwerk: read.value.maatwerk as Dec,
			notes: notes.value
		}
	};
}

/** What the user typed, returned with a refused form so that nothing is lost. */
export function typedFollowUp(form: FormData): Record<string, string> {
	return Object.fromEntries([...form.keys()].map((key) => [key, text(form, key)]));
}
