import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

/** Every module under src/lib, and the modules it imports there. */
function libImports(): Map<string, string[]> {
	const lib = resolve('src/lib');
	const modules = filesUnder('src/lib').filter(
		(f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts')
	);
	const target = (spec: string, from: string) => {
		const base = spec.startsWith('$lib/')
			? join(lib, spec.slice(5))
			: spec.startsWith('.')
				? resolve(dirname(from), spec)
				: null;
		if (!base) return null;
		const found = ['', '.ts', '.svelte', '.js', '/index.ts']
			.map((ext) => base + ext)
			.find((p) => existsSync(p) && statSync(p).isFile());
		return found?.startsWith(lib) ? relative(lib, found) : null;
	};
	return new Map(
		modules.map((file) => {
			const text = readFileSync(file, 'utf8');
			const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)];
			return [
				relative(lib, resolve(file)),
				specs.flatMap(([, spec]) => target(spec!, resolve(file)) ?? [])
			];
		})
	);
}

/** A module's folder: the first under src/lib, or a room under src/lib/server. */
const folderOf = (module: string) => {
	const parts = module.split('/').slice(0, -1);
	return parts.slice(0, parts[0] === 'server' ? 2 : 1).join('/') || '.';
};

describe('one room per feature', () => {
	it('keeps only the composition root in the root of src/lib/server', () => {
		const loose = readdirSync('src/lib/server').filter(
			(name) => !statSync(join('src/lib/server', name)).isDirectory() && !name.endsWith('.test.ts')
		);
		expect(loose.sort()).toEqual(['app-database.ts', 'app.ts', 'demo.ts', 'examples.ts']);
	});

	it('keeps every server module within 420 lines', () => {
		const long = filesUnder('src/lib/server')
			.filter((f) => !f.endsWith('.test.ts'))
			.map((f) => [f, readFileSync(f, 'utf8').split('\n').length] as const)
			.filter(([, lines]) => lines > 420);
		expect(long).toEqual([]);
	});

	it('lets no two folders import each other, but where an ADR in docs/adr says why', () => {
		const edges = new Set<string>();
		for (const [module, imported] of libImports())
			for (const other of imported)
				if (folderOf(module) !== folderOf(other))
					edges.add(`${folderOf(module)} -> ${folderOf(other)}`);
		const pairs = [...edges]
			.map((edge) => edge.split(' -> ') as [string, string])
			.filter(([a, b]) => a < b && edges.has(`${b} -> ${a}`))
			.map(([a, b]) => `${a} <-> ${b}`);
		// docs/adr/0001-heavy-work-runs-the-features-pure-code.md
		expect(pairs.sort()).toEqual(['server/cases <-> server/work', 'server/sums <-> server/work']);
	});
});
