import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
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

export interface RunningApp {
	baseUrl: string;
	/** Stops the server and resolves once it has gone: the network is cut. */
	stop(): Promise<void>;
}

/** Starts the built app (vite build has run) on a free loopback port. */
export async function startApp(): Promise<RunningApp> {
	const port = await freePort();
	const server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const baseUrl = `http://127.0.0.1:${port}`;
	await waitFor(baseUrl, server);
	const stop = () =>
		new Promise<void>((resolve) => {
			if (server.exitCode !== null) return resolve();
			server.once('exit', () => resolve());
			server.kill();
		});
	return { baseUrl, stop };
}

/** One app for all browser tests; a test that needs to cut the network starts its own. */
export default async function setup(project: TestProject) {
	const app = await startApp();
	project.provide('baseUrl', app.baseUrl);
	return app.stop;
}
