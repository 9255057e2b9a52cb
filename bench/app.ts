import { spawn, type ChildProcess } from 'node:child_process';
import { APP_NODE_FLAGS } from '../scripts/app-node-flags';

/** Waits until the app answers at the address. */
export async function waitFor(url: string): Promise<void> {
	for (let i = 0; i < 600; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the app did not answer at ${url}`);
}

/** The built app started as npm start starts it, on loopback. */
export function startApp(port: number, env: Record<string, string>): ChildProcess {
	return spawn(process.execPath, [...APP_NODE_FLAGS, 'scripts/serve.js'], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
		stdio: 'ignore'
	});
}
