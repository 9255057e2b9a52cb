import { describe, expect, it } from 'vitest';
import { computeScenario, D } from '../engine';
import { describeProblem } from '../i18n/problems';
import { resultText } from '../report/files/text';
import { parseScenario } from './calculate';
import { CATALOG } from '../catalog/catalog';

const scenario = (extra: Record<string, unknown> = {}, priceYear = 2024) => ({
	format: 'effectwijzer-scenario/1',
	id: 'prov',
	label: 'Provenance',
	assumptions: { priceYear, horizonYears: 2 },
	cases: [
		{
			id: 'a',
			label: 'A',
			costs: [{ id: 'c', label: 'Coach', unitCostId: 'sociaalwerk.uur', quantity: '10' }]
		}
	],
	...extra
});

const forecast = {
	label: 'CPB-raming augustus 2025',
	yearlyChangePct: { '2025': '3.0', '2026': '2.0' }
};

describe('a price year beyond the index', () => {
	it('is refused without a forecast', () => {
		const outcome = parseScenario(scenario({}, 2026));
		expect(outcome.ok).toBe(false);
		if (!outcome.ok)
			expect(describeProblem(outcome.problems[0]!, 'en')).toMatch(/no figure for 2026/);
	});

	it('is indexed through a user-entered forecast, which the result and the report label', () => {
		const outcome = parseScenario(scenario({ priceIndexForecast: forecast }, 2026));
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		const result = computeScenario(outcome.scenario);
		// 10 h × €64 (2022) × 1.038 × 1.033 × 1.033 (CBS, 2025 published since) × 1.02 (forecast)
		const expected = new D(640).times('1.038').times('1.033').times('1.033').times('1.02');
		expect(result.total.societal.costs.toFixed(10)).toBe(expected.toFixed(10));
		expect(result.provenance.forecast).toEqual({ label: forecast.label, years: [2026] });
		expect(resultText(result, 'x', 'nl')).toContain(
			'PROGNOSE, geen bronwaarde: 2026 (CPB-raming augustus 2025)'
		);
	});

	it('needs a forecast that follows on from the index without a gap', () => {
		const outcome = parseScenario(
			scenario({ priceIndexForecast: { ...forecast, yearlyChangePct: { '2027': '2.0' } } }, 2027)
		);
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) {
			expect(outcome.problems[0]).toMatchObject({
				path: 'priceIndexForecast.yearlyChangePct.2027'
			});
			expect(describeProblem(outcome.problems[0]!, 'nl')).toMatch(/verwacht 2026, gevonden 2027/);
		}
	});

	it('says nothing of a forecast that no amount passed through', () => {
		const outcome = parseScenario(scenario({ priceIndexForecast: forecast }));
		if (!outcome.ok) throw new Error('invalid');
		expect(computeScenario(outcome.scenario).provenance.forecast).toBeNull();
	});
});

describe('overridden figures and the catalog version', () => {
	const own = {
		id: 'sociaalwerk.uur',
		label: { nl: 'Uur eigen sociaal werker', en: 'Own social worker hour' },
		amount: '82.50',
		unit: 'per uur',
		priceYear: 2024,
		payer: 'gemeente-wmo',
		domain: 'sociaal-werk',
		valueType: 'fiscal',
		grade: 2,
		source: { title: 'Jaarrekening 2024', publisher: 'Stichting Welzijn Oost', year: 2025 },
		status: 'own-data'
	};

	it('marks an overridden unit cost in the result, its lines and the report', () => {
		const outcome = parseScenario(scenario({ unitCosts: [own] }));
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		const result = computeScenario(outcome.scenario);
		expect(result.provenance.overriddenUnitCosts).toEqual(['sociaalwerk.uur']);
		expect(result.lines[0]!.unitCost.overridden).toBe(true);
		expect(result.total.societal.costs.toString()).toBe('825');
		expect(resultText(result, 'x', 'en')).toContain(
			'own figures instead of the catalog: sociaalwerk.uur'
		);
	});

	it('records the catalog version used, and notices a file that names another', () => {
		const outcome = parseScenario(scenario({ catalogVersion: '2025.1' }));
		if (!outcome.ok) throw new Error('invalid');
		expect(outcome.notice).toEqual({ recorded: '2025.1', used: CATALOG.version });
		expect(computeScenario(outcome.scenario).provenance.catalogVersion).toBe(CATALOG.version);
	});
});
