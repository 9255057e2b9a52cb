import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../i18n/problems';
import { scenarioJsonSchemaText } from '../schemas/json-schema';
import { parseScenario, parseScenarioText } from './calculate';

const minimal = () => ({
	format: 'effectwijzer-scenario/1',
	id: 'minimal',
	label: 'Minimal',
	assumptions: { priceYear: 2024, horizonYears: 3 },
	cases: [
		{
			id: 'a',
			label: 'A',
			costs: [{ id: 'c', label: 'Coach', unitCostId: 'sociaalwerk.uur', quantity: '4' }],
			effects: [
				{
					id: 'e',
					label: 'Eviction',
					unitCostId: 'wonen.huisuitzetting',
					quantity: 1,
					probabilityWithout: 0.5
				}
			]
		}
	]
});

type Json = ReturnType<typeof minimal> & Record<string, unknown>;

const badInputs: {
	name: string;
	mutate: (s: Json) => unknown;
	path: string;
	en: RegExp;
	nl: RegExp;
}[] = [
	{
		name: 'a probability of 1.2',
		mutate: (s) => ((s.cases[0]!.effects[0]!.probabilityWithout = 1.2), s),
		path: 'cases[0].effects[0].probabilityWithout',
		en: /between 0 and 1.*1\.2/,
		nl: /tussen 0 en 1.*1\.2/
	},
	{
		name: 'a negative count',
		mutate: (s) => (Object.assign(s.cases[0]!, { count: -3 }), s),
		path: 'cases[0].count',
		en: /must be greater than 0/,
		nl: /moet groter dan 0 zijn/
	},
	{
		name: 'a case of no households',
		mutate: (s) => (Object.assign(s.cases[0]!, { count: 0 }), s),
		path: 'cases[0].count',
		en: /must be greater than 0/,
		nl: /moet groter dan 0 zijn/
	},
	{
		name: 'a case of 5e-324 households',
		mutate: (s) => (Object.assign(s.cases[0]!, { count: 5e-324 }), s),
		path: 'cases[0].count',
		en: /too many decimals: at most 6/,
		nl: /te veel decimalen: hoogstens 6/
	},
	{
		name: 'a discount rate of 100%',
		mutate: (s) => (Object.assign(s.assumptions, { discountRatePct: 100 }), s),
		path: 'assumptions.discountRatePct',
		en: /must be between 0 and 20/,
		nl: /moet tussen 0 en 20 liggen/
	},
	{
		name: 'a quantity of 1e308',
		mutate: (s) => (Object.assign(s.cases[0]!.costs[0]!, { quantity: 1e308 }), s),
		path: 'cases[0].costs[0].quantity',
		en: /must be between 0 and 1,000,000/,
		nl: /moet tussen 0 en 1\.000\.000 liggen/
	},
	{
		name: 'an unknown payer',
		mutate: (s) => (Object.assign(s.cases[0]!.costs[0]!, { payer: 'de-buurman' }), s),
		path: 'cases[0].costs[0].payer',
		en: /gemeente-wmo/,
		nl: /gemeente-wmo/
	},
	{
		name: 'a missing price year',
		mutate: (s) => (delete (s.assumptions as Partial<Json['assumptions']>).priceYear, s),
		path: 'assumptions.priceYear',
		en: /is missing/,
		nl: /ontbreekt/
	},
	{
		name: 'a money amount written as a float',
		mutate: (s) => ((s.unitCosts = [{ ...ownUnitCost, amount: 12.5 }]), s),
		path: 'unitCosts[0].amount',
		en: /decimal number as text/,
		nl: /decimaal getal als tekst/
	},
	{
		name: 'a misspelt field',
		mutate: (s) => (Object.assign(s.cases[0]!.effects[0]!, { probabiltyWith: 0.1 }), s),
		path: 'cases[0].effects[0]',
		en: /unknown field: probabiltyWith/,
		nl: /onbekend veld: probabiltyWith/
	},
	{
		name: 'an unknown unit cost',
		mutate: (s) => ((s.cases[0]!.costs[0]!.unitCostId = 'sociaalwerk.onbekend'), s),
		path: 'cases[0].costs[0].unitCostId',
		en: /neither the catalog/,
		nl: /niet in de catalogus/
	},
	{
		name: 'a price year beyond the CPI',
		mutate: (s) => ((s.assumptions.priceYear = 2031), s),
		path: 'assumptions.priceYear',
		en: /no figure for 2031/,
		nl: /geen cijfer voor 2031/
	}
];

const ownUnitCost = {
	id: 'eigen.uur',
	label: { nl: 'Eigen uur', en: 'Own hour' },
	amount: '70',
	unit: 'per uur',
	priceYear: 2024,
	payer: 'gemeente-wmo',
	domain: 'sociaal-werk',
	valueType: 'fiscal',
	grade: 3,
	source: { title: 'Begroting 2024', publisher: 'Stichting Welzijn', year: 2024 },
	status: 'own-data'
};

describe('the scenario boundary', () => {
	it('reads a sound scenario with its defaults', () => {
		const outcome = parseScenario(minimal());
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.scenario.assumptions.discountRate.toString()).toBe('0.0225');
		expect(outcome.scenario.assumptions.optimism.table.map(String)).toEqual([
			'0',
			'0.1',
			'0.2',
			'0.3',
			'0.4'
		]);
		expect(outcome.scenario.cases[0]!.count.toString()).toBe('1');
	});

	it("marks a scenario's own figure that replaces a catalog entry as overridden", () => {
		const input = {
			...minimal(),
			unitCosts: [{ ...ownUnitCost, id: 'sociaalwerk.uur' }, ownUnitCost]
		};
		const outcome = parseScenario(input);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		expect(outcome.scenario.unitCosts.get('sociaalwerk.uur')).toMatchObject({ overridden: true });
		expect(outcome.scenario.unitCosts.get('eigen.uur')).toMatchObject({ overridden: false });
	});

	it('reports malformed JSON as a problem, not a crash', () => {
		const outcome = parseScenarioText('{"format": ');
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.problems[0]).toMatchObject({ path: '(root)', code: 'malformed-json' });
		expect(describeProblem(outcome.problems[0]!, 'nl')).toMatch(/geen geldige JSON/);
	});
});

describe.each(badInputs)('$name', ({ mutate, path, en, nl }) => {
	it('is refused with a message naming the field, in Dutch and English', () => {
		const outcome = parseScenario(mutate(minimal() as Json));
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		const problem = outcome.problems.find((p) => p.path === path);
		expect(problem, JSON.stringify(outcome.problems)).toBeDefined();
		expect(describeProblem(problem!, 'en')).toMatch(en);
		expect(describeProblem(problem!, 'nl')).toMatch(nl);
		expect(describeProblem(problem!, 'en').startsWith(path)).toBe(true);
	});
});

describe('the published JSON Schema', () => {
	it('is in sync with the zod schema (run npm run schema after changing it)', () => {
		const published = readFileSync(
			new URL('../../../docs/scenario.schema.json', import.meta.url),
			'utf8'
		);
		expect(published).toBe(scenarioJsonSchemaText());
	});
});
