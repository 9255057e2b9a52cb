import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '$test/databases';
import { example, freshWorld } from '$test/world';
import { createCase } from './cases';
import { organisationUsage } from './unit-cost-usage';

describe.each(ENGINES)('the unit costs an organisation uses, on %s', (engine) => {
	const given = freshWorld(engine);
	beforeAll(async () => {
		for (const [code, name] of [
			['HUUR-1', 'maatwerk-huurachterstand'],
			['HUUR-2', 'maatwerk-huurachterstand']
		] as const) {
			const saved = await createCase(given.db, given.w.a.worker, {
				caseCode: code,
				year: 2026,
				times: 1,
				notes: '',
				scenario: example(name)
			});
			if (!saved.ok) throw new Error(JSON.stringify(saved));
		}
	});

	it('counts each unit cost once per line it is used in, over every case', async () => {
		const usage = await organisationUsage(given.db, given.w.a.analyst);
		expect(usage.get('wonen.huisuitzetting')).toBe(2);
		expect(usage.get('sociaalwerk.uur')).toBe(2);
		expect(usage.get('sociaalwerk.maatwerkbudget-euro')).toBe(2);
	});

	it("counts the organisation's cases for every member who keeps cases, and nobody else's", async () => {
		expect((await organisationUsage(given.db, given.w.a.worker)).get('wonen.huisuitzetting')).toBe(
			2
		);
		expect((await organisationUsage(given.db, given.w.b.analyst)).size).toBe(0);
		expect((await organisationUsage(given.db, given.w.f.viewer)).size).toBe(0);
	});
});
