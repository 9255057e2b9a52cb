import { error, fail, redirect } from '@sveltejs/kit';
import { showNumber } from '$lib/format/number-input';
import { database } from '$lib/server/app';
import { householdsOf } from '$lib/follow-up/events';
import { eventField, readFollowUpForm, typedFollowUp } from '$lib/server/follow-ups/form';
import {
	followUpSheet,
	recordFollowUp,
	type FollowUpSheet
} from '$lib/server/follow-ups/follow-ups';
import { allowed, NOT_FOUND } from '$lib/server/platform/guard';
import type { Actor } from '$lib/server/platform/access';
import type { Actions, PageServerLoad } from './$types';

const monthsOf = (text: string) => (/^\d{1,2}$/.test(text) ? Number(text) : null);

async function sheetOr404(actor: Actor, id: string, maanden: string): Promise<FollowUpSheet> {
	const months = monthsOf(maanden);
	const sheet = months === null ? null : await followUpSheet(await database(), actor, id, months);
	if (!sheet) error(404, NOT_FOUND);
	return sheet;
}

/** The form's fields as the page starts them: this moment's record, else the one before it. */
function startingValues(sheet: FollowUpSheet): Record<string, string> {
	const from = sheet.current ?? sheet.earlier;
	const values: Record<string, string> = { version: String(sheet.saved.version) };
	if (!from) return values;
	sheet.events.forEach((event, i) => {
		const answer = from.answers[event.key];
		if (!answer) return;
		const fields = eventField(i);
		if (householdsOf(event) === 1) {
			const choice = (['happened', 'notHappened', 'unknown'] as const).find((c) => answer[c] === 1);
			if (choice) values[fields.choice] = choice;
		} else if (answer.happened === 0 && answer.notHappened === 0) {
			values[fields.unknown] = 'on';
		} else {
			values[fields.happened] = String(answer.happened);
			values[fields.notHappened] = String(answer.notHappened);
		}
	});
	values.hours = showNumber(from.supportHours.toFixed(), 'nl');
	values.maatwerk = showNumber(from.maatwerk.toFixed(), 'nl');
	values.notes = from.notes;
	return values;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const actor = allowed(locals, url, 'own-cases');
	const sheet = await sheetOr404(actor, params.id, params.maanden);
	return {
		caseId: sheet.saved.id,
		caseCode: sheet.saved.caseCode,
		caseType: sheet.saved.scenario.label,
		start: sheet.start,
		startGiven: sheet.saved.startedOn !== null,
		months: sheet.months,
		due: sheet.due,
		done: sheet.current ? { at: sheet.current.doneAt, by: sheet.current.doneByName } : null,
		fromEarlier: !sheet.current && sheet.earlier ? sheet.earlier.months : null,
		events: sheet.events.map((event, i) => ({
			fields: eventField(i),
			label: event.line.label,
			households: householdsOf(event),
			probabilityWithout: event.probabilityWithout.toFixed(),
			probabilityWith: event.probabilityWith.toFixed()
		})),
		households: Math.max(1, ...sheet.events.map(householdsOf)),
		values: startingValues(sheet)
	};
};

export const actions: Actions = {
	default: async ({ locals, url, params, request }) => {
		const actor = allowed(locals, url, 'own-cases');
		const sheet = await sheetOr404(actor, params.id, params.maanden);
		const form = await request.formData();
		const read = readFollowUpForm(form, sheet);
		if (!read.ok)
			return fail(400, {
				values: typedFollowUp(form),
				problems: read.problems,
				confirmable: read.confirmable
			});
		if (!(await recordFollowUp(await database(), actor, sheet.saved.id, sheet.months, read.record)))
			error(404, NOT_FOUND);
		redirect(
			303,
			`/organisatie/nameting?ingevuld=${encodeURIComponent(`${sheet.saved.caseCode}/${sheet.months}`)}`
		);
	}
};
