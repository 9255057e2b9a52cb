import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every method, page and form action under the given folders of src/routes, as keys such as
 * "GET /organisatie/casussen/[id]" or "POST /organisatie/delen share": what a test that must
 * cover every route compares its own list with.
 */
export function routesOnDisk(roots: string[]): string[] {
	const keys: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			const route = '/' + dir.replace(/^src\/routes\/?/, '');
			const source = () => readFileSync(path, 'utf8');
			if (name === '+page.svelte') keys.push(`GET ${route}`);
			if (name === '+server.ts')
				for (const m of source().matchAll(/export const (GET|POST|PUT|DELETE|PATCH)\b/g))
					keys.push(`${m[1]} ${route}`);
			if (name === '+page.server.ts') {
				const actions = /export const actions[^{]*\{([\s\S]*)\};?\s*$/.exec(source())?.[1] ?? '';
				for (const m of actions.matchAll(/^\t(\w+): async/gm)) keys.push(`POST ${route} ${m[1]}`);
			}
		}
	};
	for (const root of roots) walk(root);
	return keys.sort();
}
