import { readdirSync, readFileSync } from 'node:fs';

/** The shipped example cases, to start a saved case from. Read once. */
let examples: { id: string; label: string; scenario: string }[] | null = null;

export function exampleCases(dir = 'examples') {
	examples ??= readdirSync(dir)
		.filter((file) => file.endsWith('.json') && file !== 'leeg.json')
		.sort()
		.map((file) => {
			const scenario = readFileSync(`${dir}/${file}`, 'utf8');
			return {
				id: file.replace(/\.json$/, ''),
				label: JSON.parse(scenario).label as string,
				scenario
			};
		});
	return examples;
}
