import { describe, expect, it } from 'vitest';
import { DISCOUNT_RATE_INPUT, fieldInput, parseInputId, unitCostInput } from './input-id';

describe('input ids', () => {
	it.each([
		[
			unitCostInput('wonen.huisuitzetting'),
			{ kind: 'unitCost', unitCostId: 'wonen.huisuitzetting' }
		],
		[
			fieldInput('effect', 'huur', 'uitzetting', 'probabilityWithout'),
			{ kind: 'effect', caseId: 'huur', lineId: 'uitzetting', field: 'probabilityWithout' }
		],
		[
			fieldInput('event', 'casus-1', 'opvang.2', 'dropOff'),
			{ kind: 'event', caseId: 'casus-1', lineId: 'opvang.2', field: 'dropOff' }
		],
		[DISCOUNT_RATE_INPUT, { kind: 'discountRate' }]
	])('reads %s back into its parts', (id, parts) => {
		expect(parseInputId(id)).toEqual(parts);
	});

	it.each([
		['unitCost:'],
		['effect:huur'],
		['effect:huur/uitzetting'],
		['event:/x:probability'],
		['assumption:horizon'],
		['kans']
	])('finds no input in %s', (id) => {
		expect(parseInputId(id)).toBeNull();
	});

	it('writes the forms the scenario format documents', () => {
		expect(unitCostInput('sociaalwerk.uur')).toBe('unitCost:sociaalwerk.uur');
		expect(fieldInput('event', 'a', 'b', 'probability')).toBe('event:a/b:probability');
	});
});
