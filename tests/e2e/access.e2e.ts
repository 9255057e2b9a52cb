import { readFileSync } from 'node:fs';
import * as devalue from 'devalue';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './server';
import { Visitor } from './http';
import { routesOnDisk } from './routes';

/**
 * Tenant isolation and roles, over HTTP, for every page, form action and API route of the
 * organisation area: each user gets exactly what their role allows, and nothing of another
 * organisation is ever there for them (404, not even a 403 that says it exists).
 */
const PASSWORD = 'correct horse battery staple';
const EXAMPLE = readFileSync('examples/energie-afsluiting-voorkomen.json', 'utf8');

type Who =
	| 'anon'
	| 'aWorker'
	| 'aColleague'
	| 'aAnalyst'
	| 'aAdmin'
	| 'bWorker'
	| 'bAnalyst'
	| 'fViewer'
	| 'fAdmin'
	| 'gViewer';
const EVERYONE: Who[] = [
	'anon',
	'aWorker',
	'aColleague',
	'aAnalyst',
	'aAdmin',
	'bWorker',
	'bAnalyst',
	'fViewer',
	'fAdmin',
	'gViewer'
];
type Verdict = 'ok' | 'sign-in' | 'forbidden' | 'not-found';
const SIGNED_IN = EVERYONE.filter((who) => who !== 'anon');

let app: RunningApp;
const users = {} as Record<Who, Visitor>;
let serial = 0;
const next = () => ++serial;
// Each share is for a year of its own, so none is already open.
let shareYear = 2030;
const nextYear = () => ++shareYear;

function verdict(res: Awaited<ReturnType<Visitor['request']>>): Verdict | string {
	// a form action's JSON names redirects and failures; an error keeps its HTTP status
	const status =
		res.action?.type === 'redirect'
			? 303
			: res.action?.type === 'failure'
				? res.action.status
				: res.status;
	const location = res.action?.location ?? res.location ?? '';
	if (status === 303 && location.startsWith('/inloggen')) return 'sign-in';
	if (status === 401) return 'sign-in';
	if (status === 403) return 'forbidden';
	if (status === 404) return 'not-found';
	if (status >= 200 && status < 400 && res.action?.type !== 'failure') return 'ok';
	return `unexpected ${status} ${res.text.slice(0, 200)}`;
}

async function register(
	name: string,
	kind: 'provider' | 'funder',
	email: string
): Promise<Visitor> {
	const founder = new Visitor(app.baseUrl);
	const res = await founder.post('/registreren', {
		organisationName: name,
		kind,
		displayName: name,
		email,
		password: PASSWORD
	});
	expect(res.action?.type, res.text).toBe('success');
	const signedIn = await founder.post('/inloggen', { email, password: PASSWORD });
	expect(signedIn.action?.type, signedIn.text).toBe('redirect');
	return founder;
}

async function invite(admin: Visitor, email: string, role: string): Promise<Visitor> {
	const res = await admin.post('/organisatie/gebruikers?/invite', { email, role });
	const link = /\/uitnodiging\/[\w-]+/.exec(res.text)?.[0];
	if (!link) throw new Error(`no invitation link: ${res.text}`);
	const member = new Visitor(app.baseUrl);
	const accepted = await member.post(link, { displayName: email, password: PASSWORD });
	expect(accepted.action?.type, accepted.text).toBe('success');
	const signedIn = await member.post('/inloggen', { email, password: PASSWORD });
	expect(signedIn.action?.type, signedIn.text).toBe('redirect');
	return member;
}

async function newCase(owner: Visitor, code: string, year = 2026): Promise<string> {
	const res = await owner.post('/organisatie/casussen/nieuw', {
		caseCode: code,
		year: String(year),
		times: '2',
		notes: '',
		scenario: EXAMPLE
	});
	const id = /\/organisatie\/casussen\/([\w-]+)/.exec(res.action?.location ?? '')?.[1];
	if (!id) throw new Error(`case not created: ${res.text}`);
	return id;
}

/** A case saved with a name its worker confirmed: held for a manager, as it shows masked. */
const HELD_SHOWN = 'Huurachterstand [naam ter beoordeling]';
async function heldCase(owner: Visitor): Promise<string> {
	const scenario = JSON.parse(EXAMPLE);
	scenario.cases[0].label = 'Huurachterstand familie Jansen';
	const res = await owner.post('/organisatie/casussen/nieuw', {
		caseCode: `HELD-${next()}`,
		year: '2026',
		times: '1',
		notes: '',
		scenario: JSON.stringify(scenario),
		confirmPersonalData: 'on'
	});
	const id = /\/organisatie\/casussen\/([\w-]+)/.exec(res.action?.location ?? '')?.[1];
	if (!id) throw new Error(`case not held: ${res.text}`);
	return id;
}

/** A case of the year for both providers, each year established: what a share needs. */
async function establishedYear(year: number): Promise<void> {
	for (const [worker, analyst] of [
		[users.aWorker, users.aAnalyst],
		[users.bWorker, users.bAnalyst]
	] as const) {
		await newCase(worker, `Y-${next()}`, year);
		const res = await analyst.post(`/organisatie/portfolio/${year}?/establish`, {});
		expect(res.action?.type, res.text).toBe('success');
	}
}

let funderF = '';
async function newShare(year: number): Promise<string> {
	await establishedYear(year);
	const res = await users.aAnalyst.post('/organisatie/delen?/share', {
		shareCode: funderF,
		year: String(year)
	});
	expect(res.action?.type, res.text).toBe('success');
	const list = await users.fViewer.get('/organisatie/gedeeld');
	const ids = [...list.text.matchAll(/\/organisatie\/gedeeld\/([\w-]{36})/g)].map((m) => m[1]!);
	return ids[0]!;
}

async function newOverride(): Promise<string> {
	const res = await users.aAnalyst.post('/organisatie/kengetallen?/set', {
		unitCostId: 'energie.afsluiting',
		amount: '150',
		priceYear: '2024',
		sourceTitle: 'Eigen administratie',
		sourcePublisher: 'Welzijn A',
		sourceYear: '2025'
	});
	expect(res.action?.type, res.text).toBe('success');
	return 'energie.afsluiting';
}

let caseA = '';
let share2026 = '';
async function version(id: string): Promise<string> {
	const res = await users.aAnalyst.get(`/api/cases/${id}`);
	return String(JSON.parse(res.text).version);
}
const caseForm = async (id: string) => ({
	version: await version(id),
	caseCode: 'A-2026-1',
	year: '2026',
	times: '3',
	notes: '',
	scenario: EXAMPLE
});

/**
 * A follow-up of a case as its sheet asks for it, read from the page its organisation's analyst
 * sees: every outcome "no", an hour of support and no budget spent.
 */
async function followUpForm(
	caseId: string,
	reader = users.aAnalyst
): Promise<Record<string, string>> {
	const page = await reader.get(`/organisatie/nameting/${caseId}/6`);
	const form: Record<string, string> = { hours: '1', maatwerk: '0' };
	form.version = /name="version" value="(\d+)"/.exec(page.text)?.[1] ?? '';
	for (const [, name] of page.text.matchAll(/name="(e\d+(?:-happened|-not)?)"/g))
		form[name!] = name!.endsWith('-happened') ? '0' : name!.endsWith('-not') ? '1' : 'notHappened';
	return form;
}

/** A case of each provider with an outcome known at its follow-up: what a calibration needs. */
async function followedUpCases(): Promise<void> {
	for (const [worker, analyst] of [
		[users.aWorker, users.aAnalyst],
		[users.bWorker, users.bAnalyst]
	] as const) {
		const id = await newCase(worker, `F-${next()}`);
		const res = await worker.post(`/organisatie/nameting/${id}/6`, await followUpForm(id, analyst));
		expect(res.action?.type, res.text).toBe('redirect');
	}
}

/** The kind of event the example's follow-ups measure: its first avoided event. */
const MEASURED_KIND = (
	JSON.parse(EXAMPLE) as { cases: { timelines: { reference: { unitCostId: string }[] } }[] }
).cases[0]!.timelines.reference[0]!.unitCostId;

/** Households without the help, followed for the same kind of event: a comparison group. */
const COMPARISON = {
	unitCostId: MEASURED_KIND,
	households: '50',
	happened: '12',
	description: 'wachtlijst 2025'
};

interface Probe {
	/** Method, route id and form action, as the completeness check finds them in src/routes. */
	key: string;
	call: (v: Visitor) => Promise<Awaited<ReturnType<Visitor['request']>>>;
	allowed: Who[];
	/** Signed in, but the thing belongs to another organisation or person: not there at all. */
	hidden?: Who[];
	api?: boolean;
}

const PROBES: Probe[] = [
	{
		key: 'GET /organisatie',
		call: (v) => v.get('/organisatie'),
		allowed: EVERYONE.filter((w) => w !== 'anon')
	},
	{
		key: 'GET /organisatie/casussen/nieuw',
		call: (v) => v.get('/organisatie/casussen/nieuw'),
		allowed: ['aWorker', 'aColleague', 'aAnalyst', 'bWorker', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/casussen/nieuw default',
		call: (v) =>
			v.post('/organisatie/casussen/nieuw', {
				caseCode: `P-${next()}`,
				year: '2026',
				times: '1',
				notes: '',
				scenario: EXAMPLE
			}),
		allowed: ['aWorker', 'aColleague', 'aAnalyst', 'bWorker', 'bAnalyst']
	},
	{
		key: 'GET /organisatie/casussen/[id]',
		call: (v) => v.get(`/organisatie/casussen/${caseA}`),
		allowed: ['aWorker', 'aAnalyst'],
		hidden: ['aColleague', 'bWorker', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/casussen/[id] save',
		call: async (v) => v.post(`/organisatie/casussen/${caseA}?/save`, await caseForm(caseA)),
		allowed: ['aWorker', 'aAnalyst'],
		hidden: ['aColleague', 'bWorker', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/casussen/[id] delete',
		call: async (v) =>
			v.post(`/organisatie/casussen/${await newCase(users.aWorker, `DEL-${next()}`)}?/delete`, {}),
		allowed: ['aWorker', 'aAnalyst'],
		hidden: ['aColleague', 'bWorker', 'bAnalyst']
	},
	{
		key: 'GET /organisatie/nameting',
		call: (v) => v.get('/organisatie/nameting'),
		allowed: ['aWorker', 'aColleague', 'aAnalyst', 'bWorker', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/nameting moments',
		call: (v) => v.post('/organisatie/nameting?/moments', { moments: '6, 12' }),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'GET /organisatie/nameting/[id]/[maanden]',
		call: (v) => v.get(`/organisatie/nameting/${caseA}/6`),
		allowed: ['aWorker', 'aAnalyst'],
		hidden: ['aColleague', 'bWorker', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/nameting/[id]/[maanden] default',
		call: async (v) => v.post(`/organisatie/nameting/${caseA}/6`, await followUpForm(caseA)),
		allowed: ['aWorker', 'aAnalyst'],
		hidden: ['aColleague', 'bWorker', 'bAnalyst']
	},
	{
		key: 'GET /organisatie/nameting/kalibratie',
		call: (v) => v.get('/organisatie/nameting/kalibratie'),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/nameting/kalibratie adopt',
		call: async (v) => {
			await followedUpCases();
			return v.post('/organisatie/nameting/kalibratie?/adopt', { unitCostId: MEASURED_KIND });
		},
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/nameting/kalibratie withdraw',
		call: async (v) => {
			await followedUpCases();
			for (const analyst of [users.aAnalyst, users.bAnalyst])
				await analyst.post('/organisatie/nameting/kalibratie?/adopt', {
					unitCostId: MEASURED_KIND
				});
			return v.post('/organisatie/nameting/kalibratie?/withdraw', { unitCostId: MEASURED_KIND });
		},
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/nameting/kalibratie comparison',
		call: (v) => v.post('/organisatie/nameting/kalibratie?/comparison', COMPARISON),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/nameting/kalibratie removeComparison',
		call: async (v) => {
			for (const analyst of [users.aAnalyst, users.bAnalyst])
				await analyst.post('/organisatie/nameting/kalibratie?/comparison', COMPARISON);
			return v.post('/organisatie/nameting/kalibratie?/removeComparison', {
				unitCostId: MEASURED_KIND
			});
		},
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/casussen/[id] measured',
		call: async (v) =>
			v.post(`/organisatie/casussen/${caseA}?/measured`, { version: await version(caseA) }),
		allowed: ['aWorker', 'aAnalyst'],
		hidden: ['aColleague', 'bWorker', 'bAnalyst']
	},
	{
		key: 'GET /organisatie/portfolio/[year]',
		call: (v) => v.get('/organisatie/portfolio/2026'),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	...(['release', 'return'] as const).map((action) => ({
		key: `POST /organisatie/beoordelen ${action}`,
		call: async (v: Visitor) =>
			v.post(`/organisatie/beoordelen?/${action}`, {
				caseId: await heldCase(users.aWorker),
				shown: HELD_SHOWN
			}),
		allowed: ['aAnalyst'] as Who[],
		hidden: ['bAnalyst'] as Who[]
	})),
	{
		key: 'GET /organisatie/beoordelen',
		call: (v) => v.get('/organisatie/beoordelen'),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'GET /organisatie/portfolio/[year]/rapport',
		call: (v) => v.get('/organisatie/portfolio/2026/rapport'),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'GET /organisatie/portfolio/[year]/csv',
		call: (v) => v.get('/organisatie/portfolio/2026/csv'),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'GET /organisatie/portfolio/[year]/xlsx',
		call: (v) => v.get('/organisatie/portfolio/2026/xlsx'),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/portfolio/[year] establish',
		call: async (v) => {
			const year = nextYear();
			await newCase(users.aWorker, `E-${next()}`, year);
			await newCase(users.bWorker, `E-${next()}`, year);
			return v.post(`/organisatie/portfolio/${year}?/establish`, {});
		},
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/portfolio/[year] recompute',
		call: (v) => v.post('/organisatie/portfolio/2026?versie=1&/recompute', {}),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'GET /organisatie/kengetallen',
		call: (v) => v.get('/organisatie/kengetallen'),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{
		key: 'POST /organisatie/kengetallen set',
		call: () => Promise.resolve(null as never),
		allowed: []
	},
	{
		key: 'POST /organisatie/kengetallen remove',
		call: async (v) =>
			v.post('/organisatie/kengetallen?/remove', { unitCostId: await newOverride() }),
		allowed: ['aAnalyst'],
		hidden: ['bAnalyst']
	},
	{
		key: 'GET /organisatie/delen',
		call: (v) => v.get('/organisatie/delen'),
		allowed: ['aAnalyst', 'bAnalyst']
	},
	{ key: 'POST /organisatie/delen share', call: () => Promise.resolve(null as never), allowed: [] },
	{
		key: 'POST /organisatie/delen withdraw',
		call: async (v) => v.post('/organisatie/delen?/withdraw', { id: await newShare(nextYear()) }),
		allowed: ['aAnalyst'],
		hidden: ['bAnalyst']
	},
	{
		key: 'GET /organisatie/gedeeld',
		call: (v) => v.get('/organisatie/gedeeld'),
		allowed: ['fViewer', 'gViewer']
	},
	{
		key: 'POST /organisatie/gedeeld leave',
		call: async (v) => v.post('/organisatie/gedeeld?/leave', { id: await newShare(nextYear()) }),
		allowed: ['fViewer'],
		hidden: ['gViewer']
	},
	{
		// only a funder's founder is both administrator and viewer; the database tests renew
		key: 'POST /organisatie/gedeeld renewCode',
		call: (v) => v.post('/organisatie/gedeeld?/renewCode', {}),
		allowed: []
	},
	{
		key: 'GET /organisatie/gedeeld/[id]',
		call: async (v) => v.get(`/organisatie/gedeeld/${share2026}`),
		allowed: ['fViewer'],
		hidden: ['gViewer']
	},
	{
		key: 'GET /organisatie/gedeeld/[id]/rapport',
		call: async (v) => v.get(`/organisatie/gedeeld/${share2026}/rapport`),
		allowed: ['fViewer'],
		hidden: ['gViewer']
	},
	{
		key: 'GET /organisatie/gedeeld/[id]/csv',
		call: async (v) => v.get(`/organisatie/gedeeld/${share2026}/csv`),
		allowed: ['fViewer'],
		hidden: ['gViewer']
	},
	{
		key: 'GET /organisatie/gedeeld/[id]/xlsx',
		call: async (v) => v.get(`/organisatie/gedeeld/${share2026}/xlsx`),
		allowed: ['fViewer'],
		hidden: ['gViewer']
	},
	{
		key: 'POST /organisatie/gedeeld/[id] recompute',
		call: (v) => v.post(`/organisatie/gedeeld/${share2026}?/recompute`, {}),
		allowed: ['fViewer'],
		hidden: ['gViewer']
	},
	{
		key: 'GET /organisatie/gedeeld/overzicht/[year]',
		call: (v) => v.get('/organisatie/gedeeld/overzicht/2026'),
		allowed: ['fViewer'],
		hidden: ['gViewer']
	},
	{
		key: 'GET /organisatie/gedeeld/overzicht/[year]/csv',
		call: (v) => v.get('/organisatie/gedeeld/overzicht/2026/csv'),
		allowed: ['fViewer'],
		hidden: ['gViewer']
	},
	{
		key: 'GET /organisatie/gedeeld/overzicht/[year]/xlsx',
		call: (v) => v.get('/organisatie/gedeeld/overzicht/2026/xlsx'),
		allowed: ['fViewer'],
		hidden: ['gViewer']
	},
	{
		key: 'GET /organisatie/gebruikers',
		call: (v) => v.get('/organisatie/gebruikers'),
		allowed: ['aAdmin', 'fAdmin']
	},
	{
		key: 'POST /organisatie/gebruikers invite',
		call: (v) =>
			v.post('/organisatie/gebruikers?/invite', { email: `p${next()}@x.example`, role: 'admin' }),
		allowed: ['aAdmin', 'fAdmin']
	},
	{
		key: 'GET /organisatie/logboek',
		call: (v) => v.get('/organisatie/logboek'),
		allowed: ['aAnalyst', 'aAdmin', 'bAnalyst', 'fAdmin']
	},
	{
		key: 'GET /api/portfolio/[year]/scenario',
		call: (v) => v.get('/api/portfolio/2026/scenario'),
		allowed: ['aAnalyst', 'bAnalyst'],
		api: true
	},
	{
		key: 'GET /api/portfolio/gedeeld/[id]/scenario',
		call: (v) => v.get(`/api/portfolio/gedeeld/${share2026}/scenario`),
		allowed: ['fViewer'],
		hidden: ['gViewer'],
		api: true
	},
	{
		key: 'GET /api/cases',
		call: (v) => v.get('/api/cases'),
		allowed: ['aWorker', 'aColleague', 'aAnalyst', 'bWorker', 'bAnalyst'],
		api: true
	},
	{
		key: 'POST /api/cases',
		call: (v) =>
			v.request(
				'POST',
				'/api/cases',
				{ caseCode: `API-${next()}`, year: 2026, times: 1, scenario: JSON.parse(EXAMPLE) },
				true
			),
		allowed: ['aWorker', 'aColleague', 'aAnalyst', 'bWorker', 'bAnalyst'],
		api: true
	},
	{
		key: 'GET /api/cases/[id]',
		call: (v) => v.get(`/api/cases/${caseA}`),
		allowed: ['aWorker', 'aAnalyst'],
		hidden: ['aColleague', 'bWorker', 'bAnalyst'],
		api: true
	},
	{
		key: 'PUT /api/cases/[id]',
		call: async (v) =>
			v.request(
				'PUT',
				`/api/cases/${caseA}`,
				{
					caseCode: 'A-2026-1',
					year: 2026,
					times: 4,
					scenario: JSON.parse(EXAMPLE),
					version: Number(await version(caseA))
				},
				true
			),
		allowed: ['aWorker', 'aAnalyst'],
		hidden: ['aColleague', 'bWorker', 'bAnalyst'],
		api: true
	},
	{
		key: 'DELETE /api/cases/[id]',
		call: async (v) =>
			v.request('DELETE', `/api/cases/${await newCase(users.aWorker, `DEL-${next()}`)}`),
		allowed: ['aWorker', 'aAnalyst'],
		hidden: ['aColleague', 'bWorker', 'bAnalyst'],
		api: true
	},
	{
		key: 'GET /organisatie/beveiliging',
		call: (v) => v.get('/organisatie/beveiliging'),
		allowed: SIGNED_IN
	},
	// each account's own second step: set up, new recovery codes, switched off, in this order
	{
		key: 'POST /organisatie/beveiliging confirm',
		call: (v) => setUpSecondFactor(v),
		allowed: SIGNED_IN
	},
	{
		key: 'POST /organisatie/beveiliging newCodes',
		call: async (v) =>
			keepRecoveryCodes(
				v,
				await v.post('/organisatie/beveiliging?/newCodes', { code: recoveryCode(v) })
			),
		allowed: SIGNED_IN
	},
	{
		key: 'POST /organisatie/beveiliging switchOff',
		call: (v) => v.post('/organisatie/beveiliging?/switchOff', { code: recoveryCode(v) }),
		allowed: SIGNED_IN
	},
	{
		key: 'POST /organisatie/gebruikers secondFactor',
		call: (v) => v.post('/organisatie/gebruikers?/secondFactor', {}),
		allowed: ['aAdmin', 'fAdmin']
	},
	{
		key: 'POST /organisatie/gebruikers resetSecondFactor',
		call: async (v) => {
			// an administrator resets a member of its own organisation: itself, with the step set up
			const members = await v.get('/organisatie/gebruikers');
			if (members.status === 200) await setUpSecondFactor(v);
			const listed = await v.get('/organisatie/gebruikers');
			const userId =
				/name="userId" value="([\w-]{36})"/.exec(listed.text)?.[1] ?? crypto.randomUUID();
			return v.post('/organisatie/gebruikers?/resetSecondFactor', { userId });
		},
		allowed: ['aAdmin', 'fAdmin']
	}
];

/** Each visitor's recovery codes, from the answer that gave them. */
const recoveryCodes = new WeakMap<Visitor, string[]>();
const recoveryCode = (v: Visitor) => recoveryCodes.get(v)?.shift() ?? '000000';

function keepRecoveryCodes(v: Visitor, res: Awaited<ReturnType<Visitor['request']>>) {
	if (res.action?.type === 'success') {
		const data = devalue.parse((res.action as unknown as { data: string }).data);
		recoveryCodes.set(v, [...data.recoveryCodes]);
	}
	return res;
}

/** Reads the key off the page as a person types it into an app, and confirms it with a code. */
async function setUpSecondFactor(v: Visitor) {
	const page = await v.get('/organisatie/beveiliging');
	if (page.status !== 200) return page;
	const secret = /data-secret[^>]*>([A-Z2-7 ]+)</.exec(page.text)?.[1]?.replace(/ /g, '') ?? '';
	const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
	return keepRecoveryCodes(v, await v.post('/organisatie/beveiliging?/confirm', { code }));
}

// The set and share actions create data once per allowed user; they run with inputs of their own.
PROBES.find((p) => p.key === 'POST /organisatie/kengetallen set')!.call = (v) =>
	v.post('/organisatie/kengetallen?/set', {
		unitCostId: 'wonen.huisuitzetting',
		amount: '9000',
		priceYear: '2024',
		sourceTitle: 'Eigen',
		sourcePublisher: 'Eigen',
		sourceYear: '2025'
	});
PROBES.find((p) => p.key === 'POST /organisatie/kengetallen set')!.allowed = [
	'aAnalyst',
	'bAnalyst'
];
PROBES.find((p) => p.key === 'POST /organisatie/delen share')!.call = async (v) => {
	const year = nextYear();
	await establishedYear(year);
	return v.post('/organisatie/delen?/share', { shareCode: funderF, year: String(year) });
};
PROBES.find((p) => p.key === 'POST /organisatie/delen share')!.allowed = ['aAnalyst', 'bAnalyst'];

describe('who may do what, over HTTP', () => {
	beforeAll(async () => {
		app = await startApp({ EFFECTWIJZER_DEMO: 'off' });
		users.anon = new Visitor(app.baseUrl);
		const a = await register('Welzijn A', 'provider', 'founder@a.example');
		const b = await register('Welzijn B', 'provider', 'founder@b.example');
		const f = await register('Gemeente F', 'funder', 'founder@f.example');
		const g = await register('Gemeente G', 'funder', 'founder@g.example');
		users.aWorker = await invite(a, 'worker@a.example', 'social-worker');
		users.aColleague = await invite(a, 'colleague@a.example', 'social-worker');
		users.aAnalyst = await invite(a, 'analyst@a.example', 'analyst');
		users.aAdmin = await invite(a, 'admin@a.example', 'admin');
		users.bWorker = await invite(b, 'worker@b.example', 'social-worker');
		users.bAnalyst = await invite(b, 'analyst@b.example', 'analyst');
		users.fViewer = await invite(f, 'viewer@f.example', 'funder-viewer');
		users.fAdmin = await invite(f, 'admin@f.example', 'admin');
		users.gViewer = await invite(g, 'viewer@g.example', 'funder-viewer');
		caseA = await newCase(users.aWorker, 'A-2026-1');
		await newCase(users.bWorker, 'B-2026-1');
		await newCase(users.aColleague, 'COLL-1');
		// the funder's administrator gives the provider its share code
		const page = await f.get('/organisatie/gedeeld');
		funderF = /data-share-code[^>]*>([0-9A-F-]{14})</.exec(page.text)?.[1] ?? '';
		expect(funderF).not.toBe('');
		share2026 = await newShare(2026);
	}, 120_000);
	afterAll(() => app?.stop());

	it('has a probe for every page, form action and API route of the organisation area', () => {
		expect(PROBES.map((p) => p.key).sort()).toEqual(
			routesOnDisk(['src/routes/organisatie', 'src/routes/api/cases', 'src/routes/api/portfolio'])
		);
	});

	it.each(PROBES.map((p) => [p.key, p] as const))(
		'%s: each user gets exactly what their role allows',
		async (_key, probe) => {
			const seen: Record<string, string> = {};
			const expected: Record<string, string> = {};
			for (const who of EVERYONE) {
				seen[who] = verdict(await probe.call(users[who]));
				expected[who] =
					who === 'anon'
						? 'sign-in'
						: probe.allowed.includes(who)
							? 'ok'
							: probe.hidden?.includes(who)
								? 'not-found'
								: 'forbidden';
			}
			expect(seen).toEqual(expected);
		},
		60_000
	);

	it('never lists another organisation’s cases, portfolio figures or shared reports', async () => {
		const bCases = await users.bAnalyst.get('/api/cases');
		expect(bCases.text).not.toContain('A-2026-1');
		expect(bCases.text).not.toContain(caseA);
		const bPortfolio = await users.bAnalyst.get('/organisatie/portfolio/2026/rapport');
		expect(bPortfolio.text).toContain('B-2026-1');
		expect(bPortfolio.text).not.toContain('A-2026-1');
		const bLog = await users.bAnalyst.get('/organisatie/logboek');
		expect(bLog.text).not.toContain('A-2026-1');
		const gShared = await users.gViewer.get('/organisatie/gedeeld');
		expect(gShared.text).not.toContain('Welzijn A');
		const aWorkerList = await users.aWorker.get('/organisatie');
		expect(aWorkerList.text).toContain('A-2026-1');
		expect(aWorkerList.text).not.toContain('COLL-1');
	});
});
