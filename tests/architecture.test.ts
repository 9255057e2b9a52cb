import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const filesUnder = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});

describe('one home per concept', () => {
	it('keeps only the layout, the error page, the start page and folders in the root of src/routes', () => {
		const files = readdirSync('src/routes').filter(
			(name) => !statSync(join('src/routes', name)).isDirectory()
		);
		expect(files.sort()).toEqual(['+error.svelte', '+layout.svelte', '+page.svelte']);
	});

	it('lets no report module import from the server', () => {
		const offenders = filesUnder('src/lib/report').filter((file) =>
			/from '(\$lib\/server|\.\.\/server)/.test(readFileSync(file, 'utf8'))
		);
		expect(offenders).toEqual([]);
	});
});

describe('the engine has one door', () => {
	const eslint = new ESLint();
	const rulesBroken = async (code: string, filePath: string) => {
		const [result] = await eslint.lintText(code, { filePath });
		return result!.messages.map((m) => m.ruleId);
	};

	it('refuses an import past the index from outside the engine', async () => {
		const deep =
			"import { computeScenario } from '$lib/engine/compute';\nexport const c = computeScenario;\n";
		const door =
			"import { computeScenario } from '$lib/engine';\nexport const c = computeScenario;\n";
		expect(await rulesBroken(deep, 'src/lib/report/probe.ts')).toContain('no-restricted-imports');
		expect(
			await rulesBroken(deep.replace('$lib/engine', '../engine'), 'src/lib/report/probe.ts')
		).toContain('no-restricted-imports');
		expect(await rulesBroken(door, 'src/lib/report/probe.ts')).toEqual([]);
	});

	it('lets the engine import decimal.js and itself, and nothing else', async () => {
		const own =
			"import Decimal from 'decimal.js';\nimport { ONE } from './decimal';\nexport const d = [Decimal, ONE];\n";
		const zod = "import * as z from 'zod';\nexport const s = z;\n";
		const up = "import { CATALOG } from '../catalog/catalog';\nexport const c = CATALOG;\n";
		expect(await rulesBroken(own, 'src/lib/engine/probe.ts')).toEqual([]);
		expect(await rulesBroken(zod, 'src/lib/engine/probe.ts')).toContain('no-restricted-imports');
		expect(await rulesBroken(up, 'src/lib/engine/probe.ts')).toContain('no-restricted-imports');
		expect(
			await rulesBroken(up.replace('../', '../../'), 'src/lib/engine/simulation/probe.ts')
		).toContain('no-restricted-imports');
	});
});
