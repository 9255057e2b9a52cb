// How long signing in takes, from the first post to the session: a password alone, beside a
// password and a code from an authenticator app, against the built app as npm start runs it.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import * as devalue from 'devalue';
import { signIn, startApp, waitFor } from './app';

const PORT = 3993;
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = 3;
const PASSWORD = 'demo-wachtwoord-2026';
const WORKER = 'wijkcoach@welzijn-voorbeeldstad.example';
const MANAGER = 'beheer@welzijn-voorbeeldstad.example';

const cookieOf = (response: Response, name: string) =>
	response.headers
		.getSetCookie()
		.find((c) => c.startsWith(`${name}=`))
		?.split(';')[0];

async function post(path: string, form: Record<string, string>, cookie = '') {
	return fetch(BASE + path, {
		method: 'POST',
		headers: {
			origin: BASE,
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'application/json',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(form),
		redirect: 'manual'
	});
}

/** Sets the manager's second step up, as the page asks: the key and the recovery codes. */
async function setUp(): Promise<{ key: string; recovery: string[] }> {
	const session = await signIn(BASE, MANAGER);
	const page = await (
		await fetch(`${BASE}/organisatie/beveiliging`, { headers: { cookie: session } })
	).text();
	const key = /data-secret[^>]*>([A-Z2-7 ]+)</.exec(page)![1]!.replace(/ /g, '');
	const code = new TOTP({ secret: Secret.fromBase32(key) }).generate();
	const answer = JSON.parse(
		await (await post('/organisatie/beveiliging?/confirm', { code }, session)).text()
	);
	const recovery: string[] | undefined = devalue.parse(answer.data).recoveryCodes;
	if (!recovery) throw new Error('the second step was not set up');
	return { key, recovery };
}

/** One sign-in, with the second step's code where one is given. */
async function timedSignIn(email: string, code?: () => string): Promise<number> {
	const start = performance.now();
	const first = await post('/inloggen', { email, password: PASSWORD });
	let session = cookieOf(first, 'effectwijzer_session');
	if (code) {
		const pending = cookieOf(first, 'effectwijzer_second_step')!;
		const answer = await post('/inloggen/tweede-stap', { code: code() }, pending);
		session = cookieOf(answer, 'effectwijzer_session');
	}
	if (!session) throw new Error(`${email} was not signed in`);
	return performance.now() - start;
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
	const dataDir = mkdtempSync(join(tmpdir(), 'effectwijzer-sign-in-'));
	const app = startApp(PORT, { EFFECTWIJZER_DATA_DIR: dataDir, ORIGIN: BASE });
	try {
		await waitFor(`${BASE}/`);
		const { key, recovery } = await setUp();
		// a code is good once: the app's code of the next time step first, then recovery codes
		const codes = [
			() =>
				new TOTP({ secret: Secret.fromBase32(key) }).generate({ timestamp: Date.now() + 30_000 }),
			...recovery.map((c) => () => c)
		];
		console.log(
			`load average before: ${loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`
		);
		const password: number[] = [];
		const twoStep: number[] = [];
		// alternated, so both meet the same load
		for (const code of codes) {
			for (let r = 0; r < ROUNDS; r++) password.push(await timedSignIn(WORKER));
			twoStep.push(await timedSignIn(MANAGER, code));
		}
		const p = median(password);
		const t = median(twoStep);
		console.log(
			`sign-in: password alone median ${p.toFixed(0)} ms (n = ${password.length}); password and code median ${t.toFixed(0)} ms (n = ${twoStep.length}); ratio ${(t / p).toFixed(2)}×`
		);
		console.log(
			`load average after: ${loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`
		);
	} finally {
		app.kill('SIGTERM');
		await new Promise((r) => app.once('exit', r));
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
