import { readFileSync } from 'node:fs';
import type { Lang } from '../lib/i18n/lang';
import { decodeTextFile } from '../lib/schemas/text-file';

export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

export interface Io {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	readStdin: () => Uint8Array;
	readFile: (path: string) => Uint8Array;
}

/** Wrong usage of the command line: exit code 2 with a hint. */
export class UsageError extends Error {}

/** A file that cannot be read as text: exit code 1, with the reason in the reader's language. */
export class UnreadableInput extends Error {}

/**
 * The text of FILE (or of standard input for -), however it was saved (see decodeTextFile);
 * `spreadsheet` also takes the Windows-1252 of a Dutch Excel CSV.
 */
export function readInput(
	file: string | undefined,
	io: Io,
	lang: Lang,
	spreadsheet = false
): string {
	if (file === undefined) throw new UsageError('missing FILE (a path, or - for standard input)');
	let bytes: Uint8Array;
	try {
		bytes = file === '-' ? io.readStdin() : io.readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		throw new UsageError(`cannot read ${file} (${code})`);
	}
	const decoded = decodeTextFile(bytes, spreadsheet);
	if (!decoded.ok) throw new UnreadableInput(`${file}: ${decoded.problem[lang]}`);
	return decoded.text;
}

export const processIo: Io = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	readStdin: () => new Uint8Array(readFileSync(0)),
	readFile: (path) => new Uint8Array(readFileSync(path))
};
