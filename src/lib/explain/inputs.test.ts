import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sensitivityInputs } from '../engine';
import { parseScenario } from '../calculate/calculate';
import { inputName } from './inputs';

function inputs(name: string) {
	const outcome = parseScenario(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
	if (!outcome.ok) throw new Error('example does not validate');
	return sensitivityInputs(outcome.scenario);
}

describe('naming an input of the sensitivity analysis', () => {
	it('says what kind of input it is and which line, in the reader’s language', () => {
		const names = inputs('ggz-naar-buurtteam').map((input) => inputName(input, 'nl'));
		expect(names).toContain('rente voor latere jaren');
		expect(names.some((n) => n.startsWith('kengetal: '))).toBe(true);
		expect(
			names.some((n) => /^correctie: .+ \((door anderen bereikt|neemt af per jaar)\)$/.test(n))
		).toBe(true);
		expect(inputs('ggz-naar-buurtteam').map((input) => inputName(input, 'en'))).toContain(
			'rate for later years'
		);
	});
});
