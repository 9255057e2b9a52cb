import { readFileSync } from 'node:fs';
import * as devalue from 'devalue';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/lib/server/db/database';
import { BAD_INPUTS, type BadInput, type Who } from '../bad-input/catalogue';
import { ThrowawayPostgres } from '../support/throwaway-postgres';
import { DEMO_PASSWORD } from './browser';
import { startApp, type RunningApp } from './server';

/**
 * The catalogue's API, form and address entries against the running app, on a PostgreSQL the
 * test can look into: each answer's status, field and Dutch message, and nothing saved.
 */
const ACCOUNTS: Record<Exclude<Who, 'anonymous'>, string> = {
	worker: 'wijkcoach@welzijn-voorbeeldstad.example',
	manager: 'beheer@welzijn-voorbeeldstad.example',
	funderAdmin: 'beleid@gemeente-voorbeeldstad.example'
};

let pg: ThrowawayPostgres;
let app: RunningApp;
let db: Database;
const cookies: Partial<Record<Who, string>> = {};
let caseId = '';

/** Every saved thing, counted: rows, versions and the audit log, which records every change. */
async function saved(): Promise<string> {
	const [row] = await db.query<Record<string, number>>(`select
		(select count(*)::int from organisations) as organisations,
		(select count(*)::int from users) as users,
		(select count(*)::int from invitations) as invitations,
		(select count(*)::int from cases) as cases,
		(select count(*)::int from case_versions) as versions,
		(select coalesce(sum(version), 0)::int from cases) as "caseVersions",
		(select count(*)::int from unit_cost_overrides) as overrides,
		(select count(*)::int from shares) as shares,
		(select count(*)::int from report_versions) as "reportVersions",
		(select count(*)::int from report_version_files) as "reportFiles",
		(select count(*)::int from follow_ups) as "followUps",
		(select coalesce(sum(extract(epoch from done_at)), 0)::text from follow_ups) as "followUpTimes",
		(select count(*)::int from measured_probabilities) as "measured",
		(select count(*)::int from comparison_groups) as "comparisons",
		(select count(*)::int from live_round_templates) as "templates",
		(select array_to_string(follow_up_months, ',') from organisations order by name limit 1) as moments,
		(select count(*)::int from audit_log) as audit`);
	return JSON.stringify(row);
}

async function signIn(email: string): Promise<string> {
	const response = await fetch(`${app.baseUrl}/inloggen`, {
		method: 'POST',
		headers: {
			origin: app.baseUrl,
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html'
		},
		body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
		redirect: 'manual'
	});
	return response.headers.get('set-cookie')!.split(';')[0]!;
}

interface Answer {
	status: number;
	/** Each problem as "field: Dutch message", or the page's text. */
	said: string[];
}

function problemsOf(value: unknown): string[] {
	const problems = (value as { problems?: { field: string; message: { nl: string } }[] })?.problems;
	return problems?.map((p) => `${p.field}: ${p.message.nl}`) ?? [];
}

async function send(entry: BadInput): Promise<Answer> {
	const { send } = entry;
	if (send.kind !== 'api' && send.kind !== 'form' && send.kind !== 'url')
		throw new Error(`${send.kind} runs in tests/bad-input.test.ts`);
	const headers: Record<string, string> = { origin: app.baseUrl };
	const cookie = cookies[send.who];
	if (cookie) headers.cookie = cookie;
	let response: Response;
	if (send.kind === 'url') {
		if (send.json) headers.accept = 'application/json';
		response = await fetch(app.baseUrl + send.path, { headers, redirect: 'manual' });
	} else if (send.kind === 'api') {
		headers['content-type'] = 'application/json';
		response = await fetch(app.baseUrl + send.path.replace('{case}', caseId), {
			method: send.method,
			headers,
			body: send.method === 'PUT' ? await withVersion(send.body) : send.body,
			redirect: 'manual'
		});
	} else {
		// as SvelteKit's enhance sends a form: the answer is an action result in JSON
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers.accept = 'application/json';
		headers['x-sveltekit-action'] = 'true';
		response = await fetch(app.baseUrl + send.path.replace('{case}', caseId), {
			method: 'POST',
			headers,
			body: new URLSearchParams(send.fields),
			redirect: 'manual'
		});
	}
	const text = await response.text();
	return { status: statusOf(text, response.status), said: readAnswer(text, response.status) };
}

/** A PUT needs the version it changes; a body that is not an object is sent as it is. */
async function withVersion(body: string): Promise<string> {
	let value: unknown;
	try {
		value = JSON.parse(body);
	} catch {
		return body;
	}
	if (!value || typeof value !== 'object' || Array.isArray(value) || 'version' in value)
		return body;
	const [row] = await db.query<{ version: number }>('select version from cases where id = $1', [
		caseId
	]);
	// spliced in as text: a body nested too deep for JSON.stringify still goes as it is
	const rest = body.trimStart().slice(1).trimStart();
	return `{"version":${row!.version}${rest.startsWith('}') ? '' : ','}${rest}`;
}

/** An action result travels with 200 and carries the status the page would have had. */
function statusOf(text: string, status: number): number {
	try {
		const result = JSON.parse(text) as { type?: string; status?: number };
		if (result.type === 'failure' || result.type === 'error') return result.status ?? status;
	} catch {
		// not JSON: the HTTP status is the answer
	}
	return status;
}

function readAnswer(text: string, status: number): string[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return [`url: ${text.replace(/<[^>]+>/g, ' ')}`];
	}
	const result = json as {
		type?: string;
		data?: string;
		error?: { message: string };
		message?: string;
	};
	if (result.type === 'failure' && result.data) return problemsOf(devalue.parse(result.data));
	if (result.type === 'error')
		return [`${status === 413 ? 'body' : 'url'}: ${result.error?.message}`];
	const problems = problemsOf(json);
	return problems.length > 0 ? problems : [`url: ${result.message ?? text}`];
}

const EXAMPLE_TEXT = readFileSync('examples/maatwerk-huurachterstand.json', 'utf8');
const overHttp = BAD_INPUTS.filter((e) => ['api', 'form', 'url'].includes(e.send.kind));

beforeAll(async () => {
	pg = await ThrowawayPostgres.create();
	const admin = await openDatabase({ url: pg.url });
	await admin.exec('create database effectwijzer_bad');
	await admin.close();
	const url = pg.url.replace(/\/postgres$/, '/effectwijzer_bad');
	app = await startApp({ DATABASE_URL: url, EFFECTWIJZER_DEMO: 'on' });
	db = await openDatabase({ url });
	for (const [who, email] of Object.entries(ACCOUNTS)) cookies[who as Who] = await signIn(email);
	const [row] = await db.query<{ id: string }>(
		`select c.id from cases c join users u on u.id = c.owner_id where u.email = $1 limit 1`,
		[ACCOUNTS.worker]
	);
	caseId = row!.id;
}, 90_000);
afterAll(async () => {
	await db?.close();
	await app?.stop();
	pg?.remove();
});

describe('bad input over HTTP', () => {
	it('has at least 250 entries in the catalogue, over every surface', () => {
		const surfaces = new Set(BAD_INPUTS.map((e) => e.surface));
		expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(250);
		expect([...surfaces].sort()).toEqual(['api', 'cli', 'form', 'import', 'url']);
	});

	it.each(overHttp.map((e) => [`${e.surface}: ${e.name}`, e] as const))(
		'%s',
		async (_name, entry) => {
			const before = await saved();
			const answer = await send(entry);
			expect(answer.status, answer.said.join('\n')).toBe(entry.status);
			const named = answer.said.filter((line) => line.startsWith(`${entry.field}: `));
			expect(named.join('\n'), answer.said.join('\n')).toMatch(entry.message);
			expect(await saved(), 'nothing is saved').toBe(before);
		}
	);
});

/** Characters that broke the app or may: half surrogate pairs, NUL, bidi controls, invisibles. */
const AWKWARD = ['\ud800', '\udfff', '\u0000', '\u202e', '\u2066', '\u200b', '\ufeff', '\u00a0'];
const awkwardText = fc
	.array(
		fc.oneof(
			fc.constantFrom(...AWKWARD),
			fc.string({ unit: 'binary', maxLength: 3 }),
			fc.constantFrom('a', 'Z', '1', ' ', '-', '=', '€', 'é', 'е')
		),
		{ maxLength: 12 }
	)
	.map((parts) => parts.join(''));

/** A text field of every kind the app stores, as its surface sends it, with `t` in it. */
const TEXT_FIELDS: [what: string, entry: (t: string) => BadInput['send']][] = [
	[
		'a new case’s code, notes and label',
		(t) => ({
			kind: 'api',
			method: 'POST',
			path: '/api/cases',
			who: 'worker',
			body: JSON.stringify({
				caseCode: `WT-${t}-1`,
				year: 2026,
				notes: t,
				scenario: { ...JSON.parse(EXAMPLE_TEXT), label: t || 'x' }
			})
		})
	],
	[
		'a changed case’s notes',
		(t) => ({
			kind: 'api',
			method: 'PUT',
			path: '/api/cases/{case}',
			who: 'worker',
			body: JSON.stringify({ notes: t })
		})
	],
	[
		'a kept round’s name',
		(t) => ({
			kind: 'api',
			method: 'POST',
			path: '/api/live/templates',
			who: 'worker',
			body: JSON.stringify({ name: t, unitCostIds: ['wonen.huisuitzetting'] })
		})
	],
	[
		'a case form’s notes',
		(t) => ({
			kind: 'form',
			path: '/organisatie/casussen/nieuw',
			who: 'worker',
			fields: { caseCode: 'WT-2026-990', year: '2026', times: '1', notes: t, scenario: '{}' }
		})
	],
	[
		'an own unit cost’s source and note',
		(t) => ({
			kind: 'form',
			path: '/organisatie/kengetallen?/set',
			who: 'manager',
			fields: {
				unitCostId: 'wonen.huisuitzetting',
				amount: '10',
				priceYear: '2024',
				sourceTitle: t,
				sourcePublisher: t,
				sourceYear: '2025',
				note: t
			}
		})
	]
];

describe('arbitrary text over HTTP', () => {
	it.each(TEXT_FIELDS)('%s never meets a server error', async (_what, entry) => {
		await fc.assert(
			fc.asyncProperty(awkwardText, async (t) => {
				const request = entry(t);
				const answer = await send({
					surface: request.kind,
					name: 'arbitrary',
					send: request,
					status: 0,
					field: '',
					message: /./
				});
				expect(answer.status, `${JSON.stringify(t)}: ${answer.said.join('\n')}`).toBeLessThan(500);
			}),
			{ numRuns: 40 }
		);
	});
});
