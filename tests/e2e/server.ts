import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { APP_NODE_FLAGS } from '../../scripts/app-node-flags';
import { freePort } from '../support/free-port';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
	for (let attempt = 0; attempt < 600; attempt++) {
		if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode}`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`the app did not answer at ${url}`);
}

/**
 * The built app (vite build has run) in a process of its own, started as `npm start` does. A
 * setting given as '' is left unset, as on a machine where nobody set it.
 */
function spawnApp(
	env: Record<string, string>,
	errors: 'inherit' | 'pipe',
	output: 'ignore' | 'pipe' = 'ignore'
): ChildProcess {
	const settings: Record<string, string | undefined> = {
		...process.env,
		HOST: '127.0.0.1',
		...env
	};
	for (const [key, value] of Object.entries(settings)) if (value === '') delete settings[key];
	return spawn(process.execPath, [...APP_NODE_FLAGS, 'scripts/serve.js'], {
		env: settings,
		stdio: ['ignore', output, errors]
	});
}

/** Starts the app where it cannot start; resolves with its exit code and what it printed. */
export async function refusedStart(
	env: Record<string, string>
): Promise<{ code: number | null; printed: string }> {
	const app = spawnApp({ PORT: String(await freePort()), ...env }, 'pipe');
	let printed = '';
	app.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => app.once('exit', resolve));
	return { code, printed };
}

export interface RunningApp {
	baseUrl: string;
	/** What the app printed on standard output. */
	printed(): string;
	/** The folder of its embedded database. */
	dataDir: string;
	/** Asks the app to stop, as a service manager or Ctrl-C does; resolves with its exit code. */
	terminate(signal: 'SIGTERM' | 'SIGINT'): Promise<number | null>;
	/** Stops the server and resolves once it has gone: the network is cut. */
	stop(): Promise<void>;
}

/** Starts the app on a free loopback port, with a fresh database. */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
	const port = await freePort();
	const dataDir = join(mkdtempSync(join(tmpdir(), 'effectwijzer-e2e-')), 'data');
	const baseUrl = `http://127.0.0.1:${port}`;
	const server = spawnApp(
		{ PORT: String(port), ORIGIN: baseUrl, EFFECTWIJZER_DATA_DIR: dataDir, ...env },
		'inherit',
		'pipe'
	);
	let printed = '';
	server.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
	await waitFor(baseUrl, server);
	const stop = () =>
		new Promise<void>((resolve) => {
			const cleanUp = () => {
				rmSync(join(dataDir, '..'), { recursive: true, force: true });
				resolve();
			};
			if (server.exitCode !== null || server.signalCode !== null) return cleanUp();
			server.once('exit', cleanUp);
			// at once, as a cut network would: a graceful stop waits for the browser's open connections
			server.kill('SIGKILL');
		});
	const terminate = (signal: 'SIGTERM' | 'SIGINT') =>
		new Promise<number | null>((resolve) => {
			server.once('exit', (code) => resolve(code));
			server.kill(signal);
		});
	return { baseUrl, dataDir, terminate, stop, printed: () => printed };
}

/** One app for all browser tests; a test that needs to cut the network starts its own. */
export default async function setup(project: TestProject) {
	const app = await startApp();
	project.provide('baseUrl', app.baseUrl);
	return app.stop;
}
