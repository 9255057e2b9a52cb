import { describe, expect, it } from 'vitest';
import { pattern } from './patterns';
import { addUsage, unitCostUsage } from './usage';

describe('how often unit costs are used', () => {
	it('counts every line and event of every case, and adds counts from elsewhere', () => {
		const usage = unitCostUsage([pattern('maatwerk'), pattern('maatwerk')]);
		expect(usage.get('wonen.huisuitzetting')).toBe(2);
		expect(usage.get('sociaalwerk.uur')).toBe(2);
		const total = addUsage(usage, new Map([['sociaalwerk.uur', 5]]));
		expect(total.get('sociaalwerk.uur')).toBe(7);
		expect(unitCostUsage([{ cases: [] }]).size).toBe(0);
	});
});
