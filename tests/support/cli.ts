import { readFileSync } from 'node:fs';
import { main, type Io } from '../../src/cli/main';

/**
 * Runs the command line in this process, as a shell would: files read as bytes from disk,
 * standard input given as text or as bytes. Returns the exit code and what was printed.
 */
export function cli(args: string[], stdin: string | Uint8Array = '') {
	let stdout = '';
	let stderr = '';
	const io: Io = {
		stdout: (text) => void (stdout += text),
		stderr: (text) => void (stderr += text),
		readStdin: () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
		readFile: (path) => new Uint8Array(readFileSync(path))
	};
	const code = main(args, io);
	return { code, stdout, stderr };
}
