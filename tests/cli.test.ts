import { execFileSync, spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/main';
import { cli } from './support/cli';

const EXAMPLE = 'examples/maatwerk-huurachterstand.json';
const bad = JSON.stringify({
	format: 'effectwijzer-scenario/1',
	id: 'bad',
	label: 'Bad',
	assumptions: { priceYear: 2024, horizonYears: 3 },
	cases: [
		{
			id: 'a',
			label: 'A',
			count: -1,
			effects: [
				{
					id: 'e',
					label: 'E',
					unitCostId: 'wonen.huisuitzetting',
					quantity: 1,
					probabilityWithout: 1.2
				}
			]
		}
	]
});

describe('effectwijzer compute', () => {
	it('prints a readable report by default', () => {
		const { code, stdout } = cli(['compute', EXAMPLE]);
		expect(code).toBe(EXIT.ok);
		expect(stdout).toContain('Netto contante waarde');
		expect(stdout).toContain('€ 4.895,07');
	});

	it('prints the full result as JSON with exact decimal strings', () => {
		const { code, stdout } = cli(['compute', EXAMPLE, '--format', 'json']);
		expect(code).toBe(EXIT.ok);
		const result = JSON.parse(stdout);
		expect(result.total.societal.npv).toMatch(/^4895\.069772037206911166590272222979198\d+$/);
		expect(result.lines).toHaveLength(6);
	});

	it('prints every figure as CSV, money in cents', () => {
		const { code, stdout } = cli(['compute', EXAMPLE, '--format', 'csv', '--lang', 'en']);
		expect(code).toBe(EXIT.ok);
		const lines = stdout.trim().split('\r\n');
		expect(lines[0]).toBe('section,key,label,measure,value');
		expect(lines).toContain('total,total,Total,societal.npv,4895.07');
		expect(lines).toContain('payer,woningcorporatie,Housing corporation,societal.benefits,2751.03');
	});

	it('adds where every amount comes from with --explain', () => {
		const { code, stdout } = cli(['compute', EXAMPLE, '--explain', '--lang', 'en']);
		expect(code).toBe(EXIT.ok);
		expect(stdout).toContain('Where every amount comes from');
		expect(stdout).toMatch(
			/- Huisuitzetting: 1 × €9,825\.09 \(Eviction, landlord's cost: €7,500\.00/
		);
	});

	it('reads a scenario from standard input', () => {
		const { code, stdout } = cli(['compute', '-', '--lang', 'en'], readFileSync(EXAMPLE, 'utf8'));
		expect(code).toBe(EXIT.ok);
		expect(stdout).toContain('€4,895.07');
	});

	it('exits 1 and lists every problem by its JSON path on invalid input', () => {
		const { code, stderr } = cli(['compute', '-', '--lang', 'en'], bad);
		expect(code).toBe(EXIT.invalidInput);
		expect(stderr).toContain('2 problem(s)');
		expect(stderr).toContain('cases[0].count (case a): must be greater than 0, but is -1');
		expect(stderr).toContain(
			'cases[0].effects[0].probabilityWithout (case a): must lie between 0 and 1'
		);
	});

	it('exits 1 on malformed JSON', () => {
		const { code, stderr } = cli(['compute', '-'], '{ nope');
		expect(code).toBe(EXIT.invalidInput);
		expect(stderr).toContain('geen geldige JSON');
	});
});

describe('effectwijzer validate', () => {
	it('says a sound file is valid', () => {
		expect(cli(['validate', EXAMPLE, '--lang', 'en'])).toMatchObject({
			code: EXIT.ok,
			stdout: `${EXAMPLE}: valid\n`
		});
	});

	it('lists the problems of an unsound file in Dutch', () => {
		const { code, stderr } = cli(['validate', '-'], bad);
		expect(code).toBe(EXIT.invalidInput);
		expect(stderr).toContain('cases[0].count (casus a): moet groter dan 0 zijn');
	});
});

describe('wrong usage', () => {
	it.each([
		[['frobnicate'], /unknown command frobnicate/],
		[['compute'], /missing FILE/],
		[['compute', EXAMPLE, '--format', 'xml'], /--format must be table, json or csv/],
		[['compute', EXAMPLE, '--lang', 'de'], /--lang must be nl or en/],
		[['compute', EXAMPLE, '--bogus'], /Unknown option '--bogus'/],
		[['validate', EXAMPLE, '--format', 'json'], /only with compute/],
		[
			['compute', EXAMPLE, '--format', 'csv', '--explain'],
			/--explain goes with compute in the table format/
		],
		[['compute', 'no-such-file.json'], /cannot read no-such-file.json \(ENOENT\)/],
		[[], /Usage: effectwijzer/]
	])('%j exits 2 with a hint', (args, message) => {
		const { code, stdout, stderr } = cli(args);
		expect(code).toBe(EXIT.usage);
		expect(stdout + stderr).toMatch(message);
	});

	it.each([['--help'], ['compute', '--help'], ['validate', '--help'], ['help', 'compute']])(
		'%s prints help and exits 0',
		(...args) => {
			const { code, stdout } = cli(args);
			expect(code).toBe(EXIT.ok);
			expect(stdout).toMatch(/Usage: effectwijzer/);
		}
	);
});

// Two cold npx starts (npm, then tsx compiling the CLI) can take several seconds on a
// loaded CI machine; the default 5 s is meant for in-process tests.
const NPX_STARTS_TIMEOUT_MS = 60_000;

describe('the installed command', () => {
	it('runs through npx with its exit codes', { timeout: NPX_STARTS_TIMEOUT_MS }, () => {
		const out = execFileSync(
			'npx',
			['--no-install', 'effectwijzer', 'compute', EXAMPLE, '--format', 'csv'],
			{ encoding: 'utf8' }
		);
		expect(out).toContain('total,total,Totaal,societal.npv,4895.07');
		const failed = spawnSync('npx', ['--no-install', 'effectwijzer', 'validate', '-'], {
			input: bad,
			encoding: 'utf8'
		});
		expect(failed.status).toBe(EXIT.invalidInput);
	});
});

/**
 * A copy of the command's entry beside a bundle and sources that each say who ran: the real
 * bundle and sources are then measured in `npm run bench`, and compared in the test above.
 */
function entryBeside(bundle: boolean) {
	const root = mkdtempSync(join(tmpdir(), 'effectwijzer-bin-'));
	for (const folder of ['bin', 'dist/cli', 'src/cli', 'src/lib'])
		mkdirSync(join(root, folder), { recursive: true });
	copyFileSync('bin/effectwijzer.js', join(root, 'bin/effectwijzer.js'));
	writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
	symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
	const saying = (who: string) =>
		`export const processIo = {};\nexport function main() { console.log('${who}'); return 0; }\n`;
	writeFileSync(join(root, 'src/cli/main.ts'), saying('the sources'));
	writeFileSync(join(root, 'src/lib/engine.ts'), 'export {};\n');
	const past = new Date('2026-01-01T00:00:00Z');
	for (const file of ['src/cli/main.ts', 'src/lib/engine.ts'])
		utimesSync(join(root, file), past, past);
	if (bundle) {
		writeFileSync(join(root, 'dist/cli/main.js'), saying('the bundle'));
		const built = new Date('2026-01-02T00:00:00Z');
		utimesSync(join(root, 'dist/cli/main.js'), built, built);
	}
	const run = () =>
		execFileSync(process.execPath, [join(root, 'bin/effectwijzer.js')], {
			encoding: 'utf8'
		}).trim();
	return { root, run };
}

describe('the command starts', () => {
	it('from its bundle while the bundle is newer than every source', () => {
		const { root, run } = entryBeside(true);
		expect(run()).toBe('the bundle');
		rmSync(root, { recursive: true, force: true });
	});

	it(
		'from the sources once one changed after the bundle was built, or without a bundle',
		{
			timeout: NPX_STARTS_TIMEOUT_MS
		},
		() => {
			const withBundle = entryBeside(true);
			writeFileSync(join(withBundle.root, 'src/lib/engine.ts'), 'export const changed = true;\n');
			expect(withBundle.run()).toBe('the sources');
			const without = entryBeside(false);
			expect(without.run()).toBe('the sources');
			for (const { root } of [withBundle, without]) rmSync(root, { recursive: true, force: true });
		}
	);

	it('from a bundle that computes what the sources compute', async () => {
		const bundled = (await import(
			'../dist/cli/main.js' as string
		)) as typeof import('../src/cli/main');
		const args = ['compute', EXAMPLE, '--format', 'csv'];
		let printed = '';
		const code = bundled.main(args, {
			stdout: (text) => void (printed += text),
			stderr: () => undefined,
			readStdin: () => new Uint8Array(),
			readFile: (path) => new Uint8Array(readFileSync(path))
		});
		expect({ code, printed }).toEqual({ code: EXIT.ok, printed: cli(args).stdout });
	});
});
