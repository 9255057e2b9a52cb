import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { TRAINING_CASES } from '../../src/lib/training/cases';
import { DEMO_PASSWORD } from './browser';
import { Visitor } from './http';
import { routesOnDisk } from './routes';
import { startApp, type RunningApp } from './server';

/**
 * Every response of the app carries its security headers: pages rendered per request, the
 * prerendered pages and static files (served before SvelteKit's hooks), the API, redirects and
 * errors, signed in and not.
 */
const baseUrl = inject('baseUrl');
const manager = new Visitor(baseUrl);
const funder = new Visitor(baseUrl);
const anonymous = new Visitor(baseUrl);
const ids = { case: '', share: '', invitation: '' };

async function signIn(visitor: Visitor, email: string) {
	const res = await visitor.post('/inloggen', { email, password: DEMO_PASSWORD });
	expect(res.action?.type, res.text).toBe('redirect');
}

/** A concrete address for every GET route, and who asks for it. */
const EXAMPLES: Record<string, () => [path: string, who: Visitor]> = {
	'GET /': () => ['/', anonymous],
	'GET /api/cases': () => ['/api/cases', manager],
	'GET /api/portfolio/[year]/scenario': () => ['/api/portfolio/2026/scenario', manager],
	'GET /api/cases/[id]': () => [`/api/cases/${ids.case}`, manager],
	'GET /api/portfolio/gedeeld/[id]/scenario': () => [
		`/api/portfolio/gedeeld/${ids.share}/scenario`,
		funder
	],
	'GET /api/catalog.csv': () => ['/api/catalog.csv', anonymous],
	'GET /api/catalog.json': () => ['/api/catalog.json', anonymous],
	'GET /api/unit-cost-usage': () => ['/api/unit-cost-usage', manager],
	'GET /catalogus': () => ['/catalogus', anonymous],
	'GET /favicon.ico': () => ['/favicon.ico', anonymous],
	'GET /inloggen': () => ['/inloggen', anonymous],
	'GET /inloggen/tweede-stap': () => ['/inloggen/tweede-stap', anonymous],
	'GET /organisatie': () => ['/organisatie', manager],
	'GET /organisatie/casussen/[id]': () => [`/organisatie/casussen/${ids.case}`, manager],
	'GET /organisatie/casussen/nieuw': () => ['/organisatie/casussen/nieuw', manager],
	'GET /organisatie/delen': () => ['/organisatie/delen', manager],
	'GET /organisatie/gebruikers': () => ['/organisatie/gebruikers', manager],
	'GET /organisatie/beveiliging': () => ['/organisatie/beveiliging', manager],
	'GET /organisatie/gedeeld': () => ['/organisatie/gedeeld', funder],
	'GET /organisatie/gedeeld/[id]': () => [`/organisatie/gedeeld/${ids.share}`, funder],
	'GET /organisatie/gedeeld/[id]/csv': () => [`/organisatie/gedeeld/${ids.share}/csv`, funder],
	'GET /organisatie/gedeeld/[id]/xlsx': () => [`/organisatie/gedeeld/${ids.share}/xlsx`, funder],
	'GET /organisatie/gedeeld/[id]/rapport': () => [
		`/organisatie/gedeeld/${ids.share}/rapport`,
		funder
	],
	'GET /organisatie/gedeeld/overzicht/[year]': () => [
		'/organisatie/gedeeld/overzicht/2026',
		funder
	],
	'GET /organisatie/gedeeld/overzicht/[year]/csv': () => [
		'/organisatie/gedeeld/overzicht/2026/csv',
		funder
	],
	'GET /organisatie/gedeeld/overzicht/[year]/xlsx': () => [
		'/organisatie/gedeeld/overzicht/2026/xlsx',
		funder
	],
	'GET /organisatie/kengetallen': () => ['/organisatie/kengetallen', manager],
	'GET /organisatie/nameting': () => ['/organisatie/nameting', manager],
	'GET /organisatie/nameting/[id]/[maanden]': () => [
		`/organisatie/nameting/${ids.case}/6`,
		manager
	],
	'GET /organisatie/nameting/kalibratie': () => ['/organisatie/nameting/kalibratie', manager],
	'GET /organisatie/logboek': () => ['/organisatie/logboek', manager],
	'GET /organisatie/beoordelen': () => ['/organisatie/beoordelen', manager],
	'GET /organisatie/portfolio/[year]': () => ['/organisatie/portfolio/2026', manager],
	'GET /organisatie/portfolio/[year]/csv': () => ['/organisatie/portfolio/2026/csv', manager],
	'GET /organisatie/portfolio/[year]/xlsx': () => ['/organisatie/portfolio/2026/xlsx', manager],
	'GET /organisatie/portfolio/[year]/rapport': () => [
		'/organisatie/portfolio/2026/rapport',
		manager
	],
	'GET /registreren': () => ['/registreren', anonymous],
	'GET /training': () => ['/training', anonymous],
	'GET /training/[id]': () => [`/training/${TRAINING_CASES[0]!.id}`, anonymous],
	'GET /training/[id]/presentatie': () => [
		`/training/${TRAINING_CASES[0]!.id}/presentatie`,
		anonymous
	],
	'GET /training/raden': () => ['/training/raden', anonymous],
	'GET /training/live': () => ['/training/live', anonymous],
	// a round that is not (or no longer) there: the page, and its stream, which says so and ends
	'GET /training/live/[code]': () => ['/training/live/ABCDE', anonymous],
	'GET /api/live/[code]/events': () => ['/api/live/ABCDE/events', anonymous],
	'GET /doe-mee': () => ['/doe-mee', anonymous],
	'GET /doe-mee/[code]': () => ['/doe-mee/ABCDE', anonymous],
	'GET /api/live/templates': () => ['/api/live/templates', manager],
	'GET /uitnodiging/[token]': () => [`/uitnodiging/${ids.invitation}`, anonymous],
	'GET /vergelijken': () => ['/vergelijken', anonymous],
	'GET /woordenlijst': () => ['/woordenlijst', anonymous]
};

/** Responses that are not a route's own: a static file, the service worker, errors, a refusal. */
const OTHER_RESPONSES: [what: string, call: () => ReturnType<Visitor['request']>][] = [
	['the service worker', () => anonymous.get('/service-worker.js')],
	['the app version file', () => anonymous.get('/_app/version.json')],
	['a page that does not exist', () => anonymous.get('/bestaat-niet')],
	['an API route while signed out', () => anonymous.get('/api/cases')],
	['an organisation page while signed out', () => anonymous.get('/organisatie')],
	['a refused API save', () => manager.request('POST', '/api/cases', { caseCode: '' }, true)],
	['signing out', () => anonymous.request('POST', '/uitloggen', {})]
];

function expectEveryResponseHeader(headers: Headers, what: string) {
	expect(headers.get('x-content-type-options'), what).toBe('nosniff');
	expect(headers.get('x-frame-options'), what).toBe('DENY');
	expect(headers.get('referrer-policy'), what).toBe('same-origin');
	expect(headers.get('permissions-policy'), what).toContain('camera=()');
	expect(headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
	expect(headers.get('strict-transport-security'), `${what} over plain http`).toBeNull();
}

/** The page's policy, from the header or, for a prerendered page, from its meta element. */
function pagePolicy(headers: Headers, html: string): string {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
	return meta ?? headers.get('content-security-policy') ?? '';
}

function scriptSources(policy: string): string[] {
	const directive = policy.split(';').find((d) => d.trim().startsWith('script-src '));
	return directive?.trim().split(/\s+/).slice(1) ?? [];
}

describe('security headers', () => {
	beforeAll(async () => {
		await signIn(manager, 'beheer@welzijn-voorbeeldstad.example');
		await signIn(funder, 'beleid@gemeente-voorbeeldstad.example');
		const cases = JSON.parse((await manager.get('/api/cases')).text) as { cases: { id: string }[] };
		ids.case = cases.cases[0]!.id;
		const shared = await funder.get('/organisatie/gedeeld');
		ids.share = /\/organisatie\/gedeeld\/([\w-]{36})/.exec(shared.text)?.[1] ?? '';
		expect(ids.share).not.toBe('');
		const invited = await manager.post('/organisatie/gebruikers?/invite', {
			email: 'nieuw@welzijn-voorbeeldstad.example',
			role: 'social-worker'
		});
		ids.invitation = /\/uitnodiging\/([\w-]+)/.exec(invited.text)?.[1] ?? '';
		expect(ids.invitation).not.toBe('');
	});

	it('has an example address for every page and GET route of the app', () => {
		const gets = routesOnDisk(['src/routes']).filter((key) => key.startsWith('GET '));
		expect(Object.keys(EXAMPLES).sort()).toEqual(gets);
	});

	it.each(Object.keys(EXAMPLES))('%s carries them', async (key) => {
		const [path, who] = EXAMPLES[key]!();
		const res = await who.get(path);
		expect(res.status, `${path}: ${res.text.slice(0, 200)}`).toBeLessThan(400);
		expectEveryResponseHeader(res.headers, path);
		expectKeptOnlyWherePublic(res.headers, path, who !== anonymous);
		if (!res.headers.get('content-type')?.startsWith('text/html')) return;
		if (!res.text.startsWith('<!doctype html>')) {
			// a report fragment, fetched by its page: by itself it may load and run nothing
			expect(res.headers.get('content-security-policy'), path).toContain("default-src 'none'");
			return;
		}
		const policy = pagePolicy(res.headers, res.text);
		const scripts = scriptSources(policy);
		expect(scripts, path).toContain("'self'");
		expect(scripts, path).not.toContain("'unsafe-inline'");
		expect(scripts, path).not.toContain("'unsafe-eval'");
		// SvelteKit's own start-up script is allowed by its hash, and only it
		expect(scripts.filter((s) => s.startsWith("'sha256-")).length, path).toBeGreaterThan(0);
		expect(policy, path).toContain("default-src 'self'");
		expect(policy, path).toContain("object-src 'none'");
	});

	it.each(OTHER_RESPONSES)('%s carries them', async (what, call) => {
		const res = await call();
		expectEveryResponseHeader(res.headers, what);
	});

	it.each([
		['an API refusal while signed out', () => anonymous.get('/api/cases')],
		['a refused API save', () => manager.request('POST', '/api/cases', { caseCode: '' }, true)],
		['a page that does not exist, signed in', () => manager.get('/bestaat-niet')],
		[
			'signing in',
			() => new Visitor(baseUrl).post('/inloggen', { email: 'x@y.example', password: 'z' })
		]
	])('%s is never kept by a browser or a proxy', async (what, call) => {
		const res = await call();
		expect(res.headers.get('cache-control'), what).toContain('no-store');
		expect(res.headers.get('vary') ?? '', what).toMatch(/cookie/i);
	});

	it('lets the app’s immutable files be kept, as before', async () => {
		const page = await anonymous.get('/');
		const asset = /\/_app\/immutable\/[^"']+\.js/.exec(page.text)?.[0];
		expect(asset).toBeDefined();
		const res = await anonymous.get(asset!);
		expect(res.headers.get('cache-control')).toContain('immutable');
	});
});

/** Public: what is the same for everyone. Anything of a reader's own is never kept. */
function expectKeptOnlyWherePublic(headers: Headers, path: string, signedIn: boolean) {
	const personal =
		signedIn ||
		(path.startsWith('/api/') && !path.startsWith('/api/catalog.')) ||
		path.startsWith('/uitnodiging/');
	const caching = headers.get('cache-control') ?? '';
	if (!personal) {
		expect(caching, `${path} is the same for everyone`).not.toContain('no-store');
		return;
	}
	expect(caching, `${path} is a reader’s own`).toContain('no-store');
	expect(headers.get('vary') ?? '', path).toMatch(/cookie/i);
}

describe('security headers of an app reached over HTTPS', () => {
	let app: RunningApp;
	beforeAll(async () => {
		app = await startApp({ ORIGIN: 'https://effectwijzer.example' });
	}, 60_000);
	afterAll(() => app?.stop());

	it('tell browsers to come back over HTTPS only, on pages and static files alike', async () => {
		const port = new URL(app.baseUrl).port;
		for (const path of ['/', '/woordenlijst', '/service-worker.js', '/api/catalog.json']) {
			const res = await fetch(`http://127.0.0.1:${port}${path}`);
			expect(res.headers.get('strict-transport-security'), path).toBe('max-age=31536000');
		}
	});
});
