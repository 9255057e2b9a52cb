import { readFileSync } from 'node:fs';

export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

export interface Io {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	readStdin: () => string;
	readFile: (path: string) => string;
}

/** Wrong usage of the command line: exit code 2 with a hint. */
export class UsageError extends Error {}

export function readInput(file: string | undefined, io: Io): string {
	if (file === undefined) throw new UsageError('missing FILE (a path, or - for standard input)');
	if (file === '-') return io.readStdin();
	try {
		return io.readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		throw new UsageError(`cannot read ${file} (${code})`);
	}
}

export const processIo: Io = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	readStdin: () => readFileSync(0, 'utf8'),
	readFile: (path) => readFileSync(path, 'utf8')
};
