import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeImportProblem, importCatalogFile } from '../src/lib/catalog/catalog-file';
import { describeProblem } from '../src/lib/i18n/problems';
import { parseScenarioText } from '../src/lib/calculate/calculate';
import { decodeTextFile } from '../src/lib/schemas/text-file';
import { BAD_INPUTS, type BadInput } from './bad-input/catalogue';
import { cli } from './support/cli';

/** Fields that name the kind of slip rather than a place in the message. */
const UNNAMED = new Set(['command', '(root)', '(file)']);

function runCli(entry: BadInput & { send: { kind: 'cli' } }) {
	const dir = mkdtempSync(join(tmpdir(), 'effectwijzer-bad-'));
	for (const [name, content] of Object.entries(entry.send.files ?? {}))
		writeFileSync(join(dir, name), content);
	const result = cli(entry.send.args.map((arg) => arg.replace('{dir}', dir)));
	// the command line reads and says; it never writes a file
	expect(readdirSync(dir).sort()).toEqual(Object.keys(entry.send.files ?? {}).sort());
	return { status: result.code, said: result.stderr || result.stdout };
}

function runImport(entry: BadInput & { send: { kind: 'import' } }) {
	const { what, bytes, fileName } = entry.send;
	if (what === 'catalog') {
		const result = importCatalogFile(bytes, fileName, '2026-12-01');
		return result.ok
			? { status: 0, said: '' }
			: { status: 1, said: result.problems.map((p) => describeImportProblem(p, 'nl')).join('\n') };
	}
	// as the calculator's "open a file": read the bytes, then the scenario
	const decoded = decodeTextFile(bytes);
	if (!decoded.ok) return { status: 1, said: `(root): ${decoded.problem.nl}` };
	const outcome = parseScenarioText(decoded.text);
	return outcome.ok
		? { status: 0, said: '' }
		: { status: 1, said: outcome.problems.map((p) => describeProblem(p, 'nl')).join('\n') };
}

const inProcess = BAD_INPUTS.filter((e) => e.send.kind === 'cli' || e.send.kind === 'import');

describe('bad input on the command line and in file imports', () => {
	it.each(inProcess.map((e) => [`${e.surface}: ${e.name}`, e] as const))('%s', (_name, entry) => {
		const { status, said } =
			entry.send.kind === 'cli' ? runCli(entry as never) : runImport(entry as never);
		expect(status, said).toBe(entry.status);
		expect(said).toMatch(entry.message);
		if (!UNNAMED.has(entry.field)) expect(said).toContain(entry.field);
	});
});
