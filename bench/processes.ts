// npm run bench:server (a part): 1, 2 and 4 app processes on one throwaway PostgreSQL, as behind
// a load balancer without sticky sessions. Prints pages/s, p50, p99 and errors for each, the
// processes' memory, and how long a save or a sign-out in one process takes to hold in another.
import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { insertOrganisation } from '../src/lib/server/accounts/organisations';
import { actorById, startSession } from '../src/lib/server/accounts/sessions';
import { startDatabase } from '../src/lib/server/app-database';
import { createCase } from '../src/lib/server/cases/cases';
import { stopWorkers } from '../src/lib/server/work/pool';
import { freePort } from '../tests/support/free-port';
import { ThrowawayPostgres } from '../tests/support/throwaway-postgres';
import { startApp, waitFor } from './app';

const USERS = 100;
const CASES = 2_000;
const SECONDS = 10;
const HANDOVERS = 10;
const PAGE = '/organisatie/portfolio/2026';

const EXAMPLES = readdirSync('examples')
	.filter((f) => f.endsWith('.json') && f !== 'leeg.json')
	.map((f) => readFileSync(`examples/${f}`, 'utf8'));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

/**
 * An organisation with CASES cases saved through the app, USERS signed-in analysts for the load
 * and HANDOVERS more who sign out.
 */
async function seed(url: string): Promise<string[]> {
	const db = await startDatabase({ DATABASE_URL: url, EFFECTWIJZER_DEMO: 'off' });
	const organisation = await insertOrganisation(db, 'Bench', 'provider');
	const tokens: string[] = [];
	for (let i = 0; i < USERS + HANDOVERS; i++) {
		const [user] = await db.query<{ id: string }>(
			`insert into users (organisation_id, email, display_name, password_hash, roles)
			 values ($1, $2, $3, 'not for signing in', $4) returning id`,
			[organisation, `analyst${i}@bench.example`, `Analist ${i}`, ['analyst']]
		);
		tokens.push(await startSession(db, user!.id, new Date()));
		if (i > 0) continue;
		const analyst = (await actorById(db, user!.id))!;
		for (let c = 0; c < CASES; c++) {
			const saved = await createCase(db, analyst, {
				caseCode: `B-${c + 1}`,
				year: 2026,
				times: 1 + (c % 7),
				notes: '',
				scenario: EXAMPLES[c % EXAMPLES.length]!
			});
			if (!saved.ok) throw new Error('a seeded case was not saved');
		}
	}
	await db.close();
	await stopWorkers();
	return tokens;
}

interface Process {
	baseUrl: string;
	child: ChildProcess;
}

async function startProcesses(count: number, url: string): Promise<Process[]> {
	const processes: Process[] = [];
	for (let i = 0; i < count; i++) {
		const port = await freePort();
		const baseUrl = `http://127.0.0.1:${port}`;
		const child = startApp(port, { DATABASE_URL: url, ORIGIN: baseUrl, NODE_ENV: 'production' });
		processes.push({ baseUrl, child });
	}
	await Promise.all(processes.map((p) => waitFor(p.baseUrl)));
	return processes;
}

const cookieOf = (token: string) => `effectwijzer_session=${token}`;

/** Every process under load at once, the users spread evenly over them, no pause between pages. */
async function throughput(processes: Process[], tokens: string[]) {
	const share = Math.floor(USERS / processes.length);
	const runs = await Promise.all(
		processes.map((p, i) => {
			let next = i * share;
			return autocannon({
				url: p.baseUrl + PAGE,
				connections: share,
				duration: SECONDS,
				timeout: 10,
				requests: [
					{
						setupRequest: (request, context: { cookie?: string }) => {
							context.cookie ??= cookieOf(tokens[next++ % tokens.length]!);
							return {
								...request,
								headers: { ...request.headers, cookie: context.cookie, 'accept-encoding': 'gzip' }
							};
						}
					}
				]
			});
		})
	);
	return {
		perSecond: runs.reduce((sum, r) => sum + r.requests.average, 0),
		p50: Math.max(...runs.map((r) => r.latency.p50)),
		p99: Math.max(...runs.map((r) => r.latency.p99)),
		errors: runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0)
	};
}

/** Resident and peak memory of a process, from Linux's /proc. */
function memory(child: ChildProcess): string {
	try {
		const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
		const mb = (field: string) =>
			Math.round(Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))![1]) / 1024);
		return `${mb('VmRSS')} MB (peak ${mb('VmHWM')} MB)`;
	} catch {
		return 'unknown';
	}
}

async function page(baseUrl: string, token: string) {
	return fetch(baseUrl + PAGE, { headers: { cookie: cookieOf(token) }, redirect: 'manual' });
}

/** The number of cases the page's year row shows. */
async function casesShown(baseUrl: string, token: string): Promise<number> {
	const html = await (await page(baseUrl, token)).text();
	const shown = html.match(
		/<tr class="current"><th scope="row">2026<\/th><td class="number">([\d.]+)</
	);
	if (!shown) throw new Error('the portfolio page shows no case count for 2026');
	return Number(shown[1]!.replaceAll('.', ''));
}

/** Until `holds`, asking at once again; the time since `since`, in ms. */
async function until(holds: () => Promise<boolean>, since: number): Promise<number> {
	for (let i = 0; i < 1000; i++) if (await holds()) return performance.now() - since;
	throw new Error('never held');
}

/** A save in A until B's page counts it, and a sign-out in A until B refuses the session. */
async function handovers([a, b]: Process[], tokens: string[]): Promise<void> {
	const saves: number[] = [];
	const answered: number[] = [];
	const signOuts: number[] = [];
	for (let i = 0; i < HANDOVERS; i++) {
		const token = tokens[i]!;
		const before = await casesShown(b!.baseUrl, token); // B has the page at hand
		const start = performance.now();
		const saved = await fetch(`${a!.baseUrl}/api/cases`, {
			method: 'POST',
			headers: { cookie: cookieOf(token), origin: a!.baseUrl, 'content-type': 'application/json' },
			body: JSON.stringify({
				caseCode: `H-${i + 1}`,
				year: 2026,
				times: 1,
				notes: '',
				scenario: JSON.parse(EXAMPLES[0]!)
			})
		});
		if (saved.status !== 201) throw new Error(`save answered ${saved.status}`);
		answered.push(performance.now() - start);
		saves.push(await until(async () => (await casesShown(b!.baseUrl, token)) > before, start));

		if ((await page(b!.baseUrl, token)).status !== 200) throw new Error('B refused a session');
		const out = performance.now();
		await fetch(`${a!.baseUrl}/uitloggen`, {
			method: 'POST',
			headers: { cookie: cookieOf(token), origin: a!.baseUrl },
			redirect: 'manual'
		});
		signOuts.push(await until(async () => (await page(b!.baseUrl, token)).status === 303, out));
	}
	console.log(
		`a save in process A until B's page counts it: median ${median(saves).toFixed(0)} ms, ` +
			`slowest ${Math.max(...saves).toFixed(0)} ms (${HANDOVERS} saves, of which the save itself ` +
			`${median(answered).toFixed(0)} ms; target < 100 ms)`
	);
	console.log(
		`a sign-out in process A until B refuses the session: median ${median(signOuts).toFixed(0)} ms, ` +
			`slowest ${Math.max(...signOuts).toFixed(0)} ms (${HANDOVERS} sign-outs; target < 100 ms)`
	);
}

const pg = await ThrowawayPostgres.create();
try {
	const admin = await startDatabase({ DATABASE_URL: pg.url, EFFECTWIJZER_DEMO: 'off' });
	await admin.exec('create database bench');
	await admin.close();
	const url = pg.url.replace(/\/postgres$/, '/bench');
	console.log(`load average before: ${load()}`);
	console.log(
		`Seeding ${CASES} cases through the app and ${USERS} signed-in users on PostgreSQL …`
	);
	const tokens = await seed(url);
	const loading = tokens.slice(0, USERS);
	for (const count of [1, 2, 4]) {
		const processes = await startProcesses(count, url);
		try {
			for (const p of processes) await page(p.baseUrl, loading[0]!); // the first page is kept
			await throughput(processes, loading); // warm-up, not reported
			const r = await throughput(processes, loading);
			console.log(
				`${count} app process${count > 1 ? 'es' : ''}, ${USERS} users, no pause: ` +
					`${r.perSecond.toFixed(0)} pages/s   p50 ${r.p50} ms   p99 ${r.p99} ms   errors ${r.errors}` +
					`   memory ${processes.map((p) => memory(p.child)).join(', ')}` +
					(count > 1 ? '   (p50 and p99: the slowest process)' : '')
			);
			if (count === 2) await handovers(processes, tokens.slice(USERS));
		} finally {
			for (const p of processes) p.child.kill('SIGINT');
			await Promise.all(
				processes.map(
					(p) => new Promise((r) => (p.child.exitCode !== null ? r(null) : p.child.once('exit', r)))
				)
			);
		}
	}
	console.log(`load average after: ${load()}`);
} finally {
	pg.remove();
}
