import { readFileSync } from 'node:fs';
import { CATALOG } from '../../src/lib/catalog/catalog';
import { CATALOG_COLUMNS, catalogToCsv, catalogToJson } from '../../src/lib/catalog/catalog-file';
import { parseCsv } from '../../src/lib/csv/csv';

/**
 * Bad input, as people and programs send it, and what the app answers: one table for every
 * surface (the command line, the HTTP API, the form actions, the file imports and addresses),
 * each entry with the status it gets, the field it names and the words it says. Nothing of it
 * is ever saved; the runners check that too. Add to it whenever a new slip is found.
 *
 * Runners: tests/bad-input.test.ts (command line and imports, in this process) and
 * tests/e2e/bad-input.e2e.ts (API, forms and addresses, against the running app).
 */

export type Who = 'anonymous' | 'worker' | 'manager' | 'funderAdmin';

export type Send =
	/** `effectwijzer ARGS`, with files written to a fresh folder first ({dir} in args). */
	| { kind: 'cli'; args: string[]; files?: Record<string, string | Uint8Array> }
	/** A file chosen in the calculator (a scenario) or on the unit-cost page (a catalog). */
	| { kind: 'import'; what: 'scenario' | 'catalog'; fileName: string; bytes: Uint8Array }
	/** A JSON API request; {case} stands for a case of the worker's. */
	| { kind: 'api'; method: 'POST' | 'PUT'; path: string; body: string; who: Who }
	/** A form posted as the page's script posts it; {case} stands for a case of the worker's. */
	| { kind: 'form'; path: string; fields: Record<string, string>; who: Who }
	/** An address typed or followed. */
	| { kind: 'url'; path: string; who: Who; json?: boolean };

export interface BadInput {
	surface: Send['kind'];
	name: string;
	send: Send;
	/** The HTTP status, or the command line's exit code. */
	status: number;
	/** The field named: a form field or API key, a JSON path, a CSV column, or 'url'. */
	field: string;
	/** What the Dutch message says. */
	message: RegExp;
}

const EXAMPLE = readFileSync('examples/maatwerk-huurachterstand.json', 'utf8');
type Scenario = Record<string, unknown> & {
	assumptions: Record<string, unknown>;
	cases: (Record<string, unknown> & {
		costs: Record<string, unknown>[];
		effects: Record<string, unknown>[];
	})[];
};
const scenario = (): Scenario => JSON.parse(EXAMPLE);
const encode = (text: string) => new TextEncoder().encode(text);

/** A scenario slip: what is changed, the JSON path the answer names, and what it says. */
interface ScenarioSlip {
	name: string;
	change: (s: Scenario) => unknown;
	path: string;
	message: RegExp;
}

const cost = (s: Scenario) => s.cases[0]!.costs[0]!;
const effect = (s: Scenario) => s.cases[0]!.effects[0]!;
const OUT_OF_RANGE = /moet tussen 0 en 1\.000\.000 liggen/;
const CONTROL = /onzichtbaar stuurteken \(U\+0000\)/;

const SCENARIO_SLIPS: ScenarioSlip[] = [
	{
		name: 'a cost in the year after the horizon',
		change: (s) => (cost(s).year = 5),
		path: 'cases[0].costs[0].year',
		message: /jaar 5 valt na de horizon van 5 jaar \(het laatste jaar is 4\)/
	},
	{
		name: 'an effect that starts long after the horizon',
		change: (s) => (effect(s).startYear = 40),
		path: 'cases[0].effects[0].startYear',
		message: /jaar 40 valt na de horizon van 5 jaar/
	},
	{
		name: 'a quantity of 1e308',
		change: (s) => (cost(s).quantity = 1e308),
		path: 'cases[0].costs[0].quantity',
		message: OUT_OF_RANGE
	},
	{
		name: 'a quantity of 400 digits',
		change: (s) => (cost(s).quantity = '9'.repeat(400)),
		path: 'cases[0].costs[0].quantity',
		message: OUT_OF_RANGE
	},
	{
		name: 'a quantity in words',
		change: (s) => (cost(s).quantity = 'drie'),
		path: 'cases[0].costs[0].quantity',
		message: /verwacht een getal of een decimaal getal/
	},
	{
		name: 'a quantity with a decimal comma',
		change: (s) => (cost(s).quantity = '1,5'),
		path: 'cases[0].costs[0].quantity',
		message: /verwacht een getal of een decimaal getal/
	},
	{
		name: 'a quantity in exponent notation as text',
		change: (s) => (cost(s).quantity = '1e3'),
		path: 'cases[0].costs[0].quantity',
		message: /verwacht een getal of een decimaal getal/
	},
	{
		name: 'a negative quantity',
		change: (s) => (cost(s).quantity = -3),
		path: 'cases[0].costs[0].quantity',
		message: /mag niet negatief/
	},
	{
		name: 'a quantity as true',
		change: (s) => (cost(s).quantity = true),
		path: 'cases[0].costs[0].quantity',
		message: /verwacht een getal of een decimaal getal/
	},
	{
		name: 'a quantity as null',
		change: (s) => (cost(s).quantity = null),
		path: 'cases[0].costs[0].quantity',
		message: /verwacht een getal of een decimaal getal/
	},
	{
		name: 'no quantity',
		change: (s) => delete cost(s).quantity,
		path: 'cases[0].costs[0].quantity',
		message: /verwacht een getal of een decimaal getal/
	},
	{
		name: 'a household count of 1e308',
		change: (s) => (s.cases[0]!.count = 1e308),
		path: 'cases[0].count',
		message: OUT_OF_RANGE
	},
	{
		name: 'a negative household count',
		change: (s) => (s.cases[0]!.count = -1),
		path: 'cases[0].count',
		message: /moet groter dan 0 zijn/
	},
	{
		name: 'a probability of 1.2',
		change: (s) => (effect(s).probabilityWithout = 1.2),
		path: 'cases[0].effects[0].probabilityWithout',
		message: /tussen 0 en 1/
	},
	{
		name: 'a probability of 40 (meant as %)',
		change: (s) => (effect(s).probabilityWithout = 40),
		path: 'cases[0].effects[0].probabilityWithout',
		message: /tussen 0 en 1/
	},
	{
		name: 'a negative probability',
		change: (s) => (effect(s).probabilityWithout = -0.1),
		path: 'cases[0].effects[0].probabilityWithout',
		message: /tussen 0 en 1/
	},
	{
		name: 'a deadweight of 2',
		change: (s) => (effect(s).deadweight = 2),
		path: 'cases[0].effects[0].adjustments.deadweight',
		message: /tussen 0 en 1/
	},
	{
		name: 'an attribution of -1',
		change: (s) => (effect(s).attribution = -1),
		path: 'cases[0].effects[0].adjustments.attribution',
		message: /tussen 0 en 1/
	},
	{
		name: 'a drop-off of "veel"',
		change: (s) => (effect(s).dropOff = 'veel'),
		path: 'cases[0].effects[0].dropOff',
		message: /verwacht een getal of een decimaal getal/
	},
	{
		name: 'a start year of 1.5',
		change: (s) => (effect(s).startYear = 1.5),
		path: 'cases[0].effects[0].startYear',
		message: /verwacht een heel getal/
	},
	{
		name: 'a start year of 500',
		change: (s) => (effect(s).startYear = 500),
		path: 'cases[0].effects[0].startYear',
		message: /mag hoogstens 100 zijn/
	},
	{
		name: 'a duration of 0 years',
		change: (s) => (effect(s).durationYears = 0),
		path: 'cases[0].effects[0].durationYears',
		message: /moet minstens 1 zijn/
	},
	{
		name: 'a duration of 3000000000 years',
		change: (s) => (effect(s).durationYears = 3e9),
		path: 'cases[0].effects[0].durationYears',
		message: /mag hoogstens 100 zijn|heel getal/
	},
	{
		name: 'a shared-by of 1e308',
		change: (s) => (cost(s).sharedBy = 1e308),
		path: 'cases[0].costs[0].sharedBy',
		message: /moet tussen 0 en 100\.000 liggen/
	},
	{
		name: 'an unknown payer',
		change: (s) => (cost(s).payer = 'de-buurman'),
		path: 'cases[0].costs[0].payer',
		message: /kies één van: "gemeente-wmo"/
	},
	{
		name: 'an unknown unit cost',
		change: (s) => (cost(s).unitCostId = 'bestaat.niet'),
		path: 'cases[0].costs[0].unitCostId',
		message: /bestaat\.niet/
	},
	{
		name: 'a unit cost written as a Dutch name',
		change: (s) => (cost(s).unitCostId = 'Maatwerkbudget'),
		path: 'cases[0].costs[0].unitCostId',
		message: /kleine letters, cijfers/
	},
	{
		name: 'a NUL in a label',
		change: (s) => (cost(s).label = 'Betaling\u0000'),
		path: 'cases[0].costs[0].label',
		message: CONTROL
	},
	{
		name: 'a NUL in the description',
		change: (s) => (s.description = 'Uitleg\u0000'),
		path: 'description',
		message: CONTROL
	},
	{
		name: 'a bell character in the case name',
		change: (s) => (s.cases[0]!.label = 'Casus\u0007'),
		path: 'cases[0].label',
		message: /stuurteken \(U\+0007\)/
	},
	{
		name: 'a line break in a label',
		change: (s) => (cost(s).label = 'Twee\nregels'),
		path: 'cases[0].costs[0].label',
		message: /stuurteken \(U\+000A\)/
	},
	{
		name: 'a label of 5,000 characters',
		change: (s) => (cost(s).label = 'x'.repeat(5000)),
		path: 'cases[0].costs[0].label',
		message: /te lang: hoogstens 200 tekens/
	},
	{
		name: 'an empty label',
		change: (s) => (cost(s).label = ''),
		path: 'cases[0].costs[0].label',
		message: /mag niet leeg zijn/
	},
	{
		name: 'a label that is a number',
		change: (s) => (cost(s).label = 42),
		path: 'cases[0].costs[0].label',
		message: /verwacht tekst/
	},
	{
		name: 'a misspelt field',
		change: (s) => (effect(s).probabiltyWith = 0.1),
		path: 'cases[0].effects[0]',
		message: /onbekend veld: probabiltyWith/
	},
	{
		name: 'costs that are not a list',
		change: (s) => (s.cases[0]!.costs = {} as never),
		path: 'cases[0].costs',
		message: /verwacht een lijst/
	},
	{
		name: 'no cases',
		change: (s) => (s.cases = []),
		path: 'cases',
		message: /te weinig: minstens 1/
	},
	{
		name: 'cases that are a text',
		change: (s) => (s.cases = 'alle' as never),
		path: 'cases',
		message: /verwacht een lijst/
	},
	{
		name: 'another format',
		change: (s) => (s.format = 'effectwijzer-scenario/9'),
		path: 'format',
		message: /moet "effectwijzer-scenario\/1" zijn/
	},
	{
		name: 'no price year',
		change: (s) => delete s.assumptions.priceYear,
		path: 'assumptions.priceYear',
		message: /ontbreekt/
	},
	{
		name: 'a price year of 1850',
		change: (s) => (s.assumptions.priceYear = 1850),
		path: 'assumptions.priceYear',
		message: /moet minstens 1\.990 zijn/
	},
	{
		name: 'a price year the CPI does not cover',
		change: (s) => (s.assumptions.priceYear = 2090),
		path: 'assumptions.priceYear',
		message: /2090/
	},
	{
		name: 'a horizon of 1e308 years',
		change: (s) => (s.assumptions.horizonYears = 1e308),
		path: 'assumptions.horizonYears',
		message: /mag hoogstens 100 zijn|heel getal/
	},
	{
		name: 'a discount rate of 300%',
		change: (s) => (s.assumptions.discountRatePct = 300),
		path: 'assumptions.discountRatePct',
		message: /moet tussen 0 en 20 liggen/
	},
	{
		name: 'a negative discount rate',
		change: (s) => (s.assumptions.discountRatePct = -4),
		path: 'assumptions.discountRate',
		message: /mag niet negatief/
	},
	{
		name: 'a discount rate as "3,5"',
		change: (s) => (s.assumptions.discountRatePct = '3,5'),
		path: 'assumptions.discountRatePct',
		message: /verwacht een getal of een decimaal getal/
	},
	{
		name: 'an unknown discount convention',
		change: (s) => (s.assumptions.discountConvention = 'jaar-2'),
		path: 'assumptions.discountConvention',
		message: /kies één van/
	},
	{
		name: 'two costs with one id',
		change: (s) => s.cases[0]!.costs.push({ ...cost(s) }),
		path: 'cases[0].costs[2].id',
		message: /betaling/
	},
	{
		name: 'an effect that follows from itself',
		change: (s) => (effect(s).parentId = effect(s).id),
		path: 'cases[0].effects[0].parentId',
		message: /uitzetting/
	},
	{
		name: 'an own unit cost with a negative amount',
		change: (s) => (s.unitCosts = [{ ...CATALOG_ENTRY, id: 'eigen.x', amount: '-5' }]),
		path: 'unitCosts[0].amount',
		message: /moet tussen 0 en 100\.000\.000 liggen/
	},
	{
		name: 'an own unit cost of 400 digits',
		change: (s) => (s.unitCosts = [{ ...CATALOG_ENTRY, id: 'eigen.x', amount: '9'.repeat(400) }]),
		path: 'unitCosts[0].amount',
		message: /moet tussen 0 en 100\.000\.000 liggen/
	},
	{
		name: 'an own unit cost with a javascript: source',
		change: (s) =>
			(s.unitCosts = [
				{
					...CATALOG_ENTRY,
					id: 'eigen.x',
					source: { ...CATALOG_ENTRY.source, url: 'javascript:alert(1)' }
				}
			]),
		path: 'unitCosts[0].source.url',
		message: /geen webadres/
	},
	{
		name: 'a case of no households',
		change: (s) => (s.cases[0]!.count = 0),
		path: 'cases[0].count',
		message: /moet groter dan 0 zijn/
	},
	{
		name: 'a case of 5e-324 households',
		change: (s) => (s.cases[0]!.count = 5e-324),
		path: 'cases[0].count',
		message: /te veel decimalen: hoogstens 6/
	},
	{
		name: 'a price index of 0',
		change: (s) =>
			(s.priceIndex = {
				id: 'eigen-index',
				label: 'Eigen index',
				base: '2015 = 100',
				source: CATALOG_ENTRY.source,
				values: { '2024': '0', '2025': '103' }
			}),
		path: 'priceIndex.values.2024',
		message: /moet groter dan 0 zijn/
	},
	{
		name: 'a discount rate of 100%',
		change: (s) => (s.assumptions.discountRatePct = 100),
		path: 'assumptions.discountRatePct',
		message: /moet tussen 0 en 20 liggen/
	},
	{
		name: 'an own unit cost with its low above its high',
		change: (s) => (s.unitCosts = [{ ...CATALOG_ENTRY, id: 'eigen.x', low: '900', high: '100' }]),
		path: 'unitCosts[0].low',
		message: /ligt boven de bovengrens \(100\)/
	},
	{
		name: 'two own unit costs with one id',
		change: (s) =>
			(s.unitCosts = [
				{ ...CATALOG_ENTRY, id: 'eigen.x' },
				{ ...CATALOG_ENTRY, id: 'eigen.x', amount: '12' }
			]),
		path: 'unitCosts[1].id',
		message: /“eigen\.x” staat al eerder in deze lijst \(nummer 1\)/
	},
	{
		name: 'the same uncertain input twice',
		change: (s) =>
			(s.uncertainty = [1, 2].map((i) => ({
				input: 'unitCost:wonen.huisuitzetting',
				distribution: { kind: 'triangular', low: i, mode: 5, high: 9 }
			}))),
		path: 'uncertainty[1].input',
		message: /staat al eerder in deze lijst \(nummer 1\)/
	},
	{
		name: 'an uncertainty with its bounds the wrong way round',
		change: (s) =>
			(s.uncertainty = [
				{
					input: 'unitCost:wonen.huisuitzetting',
					distribution: { kind: 'triangular', low: 9, mode: 5, high: 1 }
				}
			]),
		path: 'uncertainty[0].distribution',
		message: /laag ≤ meest waarschijnlijk ≤ hoog/
	},
	{
		name: 'an uncertainty bound of 1e308',
		change: (s) =>
			(s.uncertainty = [
				{
					input: 'unitCost:wonen.huisuitzetting',
					distribution: { kind: 'uniform', low: 0, high: 1e308 }
				}
			]),
		path: 'uncertainty[0].distribution.high',
		message: /moet tussen -1\.000\.000\.000 en 1\.000\.000\.000 liggen/
	},
	{
		name: 'a price forecast of 90% a year',
		change: (s) => (s.priceIndexForecast = { label: 'Eigen', yearlyChangePct: { '2025': 90 } }),
		path: 'priceIndexForecast.yearlyChangePct.2025',
		message: /moet tussen -50 en 50 liggen/
	},
	{
		name: 'a price forecast for year "volgend"',
		change: (s) => (s.priceIndexForecast = { label: 'Eigen', yearlyChangePct: { volgend: 2 } }),
		path: 'priceIndexForecast.yearlyChangePct.volgend',
		message: /jaartal van vier cijfers/
	}
];

const CATALOG_ENTRY = JSON.parse(catalogToJson(CATALOG)).entries[0];

/** The nesting of a JSON text n levels deep: what the API and the files refuse by name. */
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/** A scenario slip as text: the changed example, or, for text slips, the text itself. */
const slipped = (slip: ScenarioSlip) => {
	const s = scenario();
	slip.change(s);
	return s;
};

/** Every scenario slip, on the command line, in a file import, through the API and in the form. */
function scenarioEntries(): BadInput[] {
	return SCENARIO_SLIPS.flatMap((slip) => {
		const s = slipped(slip);
		const json = JSON.stringify(s);
		const path = slip.path.replace(/\[/g, '\\[').replace(/\]/g, '\\]').replace(/\./g, '\\.');
		const named = new RegExp(`${path}(?![\\w.\\[]).*${slip.message.source}`);
		return [
			{
				surface: 'cli',
				name: slip.name,
				send: { kind: 'cli', args: ['validate', '{dir}/case.json'], files: { 'case.json': json } },
				status: 1,
				field: slip.path,
				message: named
			},
			{
				surface: 'import',
				name: slip.name,
				send: { kind: 'import', what: 'scenario', fileName: 'case.json', bytes: encode(json) },
				status: 1,
				field: slip.path,
				message: named
			},
			{
				surface: 'api',
				name: slip.name,
				send: {
					kind: 'api',
					method: 'POST',
					path: '/api/cases',
					body: JSON.stringify({ caseCode: 'BAD-001', year: 2026, scenario: s }),
					who: 'worker'
				},
				status: 400,
				field: 'scenario',
				message: named
			},
			{
				surface: 'form',
				name: slip.name,
				send: {
					kind: 'form',
					path: '/organisatie/casussen/nieuw',
					fields: { caseCode: 'BAD-002', year: '2026', times: '1', notes: '', scenario: json },
					who: 'worker'
				},
				status: 400,
				field: 'scenario',
				message: named
			}
		] satisfies BadInput[];
	});
}

/** Files that are not a scenario's JSON at all, on the command line and in the calculator. */
const SCENARIO_FILES: { name: string; bytes: Uint8Array; message: RegExp }[] = [
	{ name: 'an empty file', bytes: encode(''), message: /te vroeg op/ },
	{
		name: 'a missing closing brace',
		bytes: encode('{"format": "effectwijzer-scenario/1"'),
		message: /geen geldige JSON/
	},
	{
		name: 'a trailing comma',
		bytes: encode('{"a": 1,}'),
		message: /geen geldige JSON.*regel 1, kolom 9/
	},
	{ name: 'single quotes', bytes: encode("{'a': 1}"), message: /geen geldige JSON/ },
	{
		name: 'JSON nested 5,000 deep',
		bytes: encode(nested(5000)),
		message: /te diep genest: hoogstens 64 niveaus/
	},
	{
		name: 'a list instead of a scenario',
		bytes: encode('[]'),
		message: /verwacht een groep velden/
	},
	{
		name: 'a text instead of a scenario',
		bytes: encode('"scenario"'),
		message: /verwacht een groep velden/
	},
	{
		name: 'Windows-1252 bytes',
		bytes: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
		message: /geen UTF-8-tekst/
	},
	{
		name: 'a spreadsheet instead of JSON',
		bytes: encode('id;label\nhuur;Huur\n'),
		message: /geen geldige JSON/
	},
	{
		name: 'a PDF',
		bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0xe2, 0xe3]),
		message: /geen UTF-8-tekst/
	}
];

function scenarioFileEntries(): BadInput[] {
	return SCENARIO_FILES.flatMap(
		({ name, bytes, message }) =>
			[
				{
					surface: 'cli',
					name,
					send: {
						kind: 'cli',
						args: ['compute', '{dir}/case.json'],
						files: { 'case.json': bytes }
					},
					status: 1,
					field: '(root)',
					message
				},
				{
					surface: 'import',
					name,
					send: { kind: 'import', what: 'scenario', fileName: 'case.json', bytes },
					status: 1,
					field: '(root)',
					message
				}
			] satisfies BadInput[]
	);
}

/** A catalog cell slip: which CSV column of the first entry, what goes in, and what is said. */
const CATALOG_CELLS: { name: string; column: string; value: string; message: RegExp }[] = [
	{
		name: 'a negative amount',
		column: 'amount',
		value: '-12.50',
		message: /moet tussen 0 en 100\.000\.000 liggen/
	},
	{
		name: 'an amount of 400 digits',
		column: 'amount',
		value: '9'.repeat(400),
		message: /moet tussen 0 en 100\.000\.000 liggen/
	},
	{
		name: 'an amount in words',
		column: 'amount',
		value: 'twaalf',
		message: /decimaal getal als tekst/
	},
	{ name: 'an empty amount', column: 'amount', value: '', message: /decimaal getal als tekst/ },
	{
		name: 'a low of -1',
		column: 'low',
		value: '-1',
		message: /moet tussen 0 en 100\.000\.000 liggen/
	},
	{
		name: 'a javascript: source link',
		column: 'source_url',
		value: 'javascript:alert(1)',
		message: /geen webadres/
	},
	{
		name: 'a data: source link',
		column: 'source_url',
		value: 'data:text/html,<script>alert(1)</script>',
		message: /geen webadres/
	},
	{
		name: 'a source link without scheme',
		column: 'source_url',
		value: 'www.cbs.nl',
		message: /geen webadres/
	},
	{
		name: 'a formula as the label',
		column: 'label_nl',
		value: '=HYPERLINK("https://evil.example","klik")',
		message: /begint met = en zou in een rekenblad een formule worden/
	},
	{ name: 'a formula with @', column: 'label_en', value: '@SUM(A1:A9)', message: /begint met @/ },
	{ name: 'a formula with +', column: 'unit', value: '+cmd|calc', message: /begint met \+/ },
	{ name: 'a formula with -', column: 'source_title', value: '-2+3+cmd', message: /begint met -/ },
	{
		name: 'a NUL in the publisher',
		column: 'source_publisher',
		value: 'CBS\u0000',
		message: /stuurteken \(U\+0000\)/
	},
	{ name: 'an unknown payer', column: 'payer', value: 'de-buurman', message: /kies één van/ },
	{ name: 'an unknown domain', column: 'domain', value: 'ruimtevaart', message: /kies één van/ },
	{ name: 'a grade of 7', column: 'grade', value: '7', message: /past bij geen van|kies/ },
	{
		name: 'a price year of 1800',
		column: 'price_year',
		value: '1800',
		message: /moet minstens 1\.990 zijn/
	},
	{
		name: 'a price year in words',
		column: 'price_year',
		value: 'vorig jaar',
		message: /verwacht een getal/
	},
	{
		name: 'a source year of 3000',
		column: 'source_year',
		value: '3000',
		message: /mag hoogstens 2\.100 zijn/
	},
	{
		name: 'an id with capitals and spaces',
		column: 'id',
		value: 'Mijn Kengetal',
		message: /kleine letters, cijfers/
	},
	{ name: 'an unknown status', column: 'status', value: 'gok', message: /kies één van/ },
	{
		name: 'a label of 5,000 characters',
		column: 'label_nl',
		value: 'x'.repeat(5000),
		message: /te lang: hoogstens 200 tekens/
	}
];

const CATALOG_CSV = catalogToCsv(CATALOG);

/** The catalog as CSV with one cell of its first entry changed, quoted as a spreadsheet would. */
function withCell(column: string, value: string): string {
	const parsed = parseCsv(CATALOG_CSV);
	if (!parsed.ok) throw new Error('the catalog CSV does not read back');
	const [header, first, ...rest] = parsed.rows.map((row) => [...row.fields]);
	const at = header!.indexOf(column);
	if (at < 0) throw new Error(`no column ${column}`);
	first![at] = value;
	const quote = (cell: string) =>
		/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
	return [header!, first!, ...rest].map((row) => row.map(quote).join(',')).join('\n');
}

/** Whole catalog files that are wrong: encoding, separators, structure. */
const CATALOG_FILES: {
	name: string;
	fileName: string;
	bytes: Uint8Array;
	column: string;
	message: RegExp;
}[] = [
	{
		name: 'an empty file',
		fileName: 'leeg.csv',
		bytes: encode(''),
		column: '(file)',
		message: /het bestand is leeg/
	},
	{
		name: 'a header only',
		fileName: 'kop.csv',
		bytes: encode(CATALOG_CSV.split('\n')[0]!),
		column: '(file)',
		message: /bevat geen kengetallen/
	},
	{
		name: 'a header without the amount column',
		fileName: 'kolom.csv',
		bytes: encode(CATALOG_CSV.replace('amount', 'bedrag')),
		column: 'amount',
		message: /kolom "amount" ontbreekt/
	},
	{
		name: 'an unclosed quote',
		fileName: 'quote.csv',
		bytes: encode(`${CATALOG_CSV.split('\n')[0]}\n"open,1\n`),
		column: '(file)',
		message: /aanhalingsteken/
	},
	{
		name: 'a row of three fields',
		fileName: 'kort.csv',
		bytes: encode(`${CATALOG_CSV.split('\n')[0]}\nx,y,z\n`),
		column: '(file)',
		message: new RegExp(`verwacht ${CATALOG_COLUMNS.length} velden`)
	},
	{
		name: 'UTF-16 with a broken second half',
		fileName: 'utf16.csv',
		bytes: new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]),
		column: '(file)',
		message: /UTF-16/
	},
	{
		name: 'JSON that is not valid',
		fileName: 'catalogus.json',
		bytes: encode('{"entries": [}'),
		column: '(file)',
		message: /geen geldige JSON/
	},
	{
		name: 'JSON nested 5,000 deep',
		fileName: 'diep.json',
		bytes: encode(`{"entries": ${nested(5000)}}`),
		column: '(file)',
		message: /te diep genest/
	},
	{
		name: 'JSON in Windows-1252',
		fileName: 'ansi.json',
		bytes: new Uint8Array([...encode('{"version": "'), 0xe9, ...encode('"}')]),
		column: '(file)',
		message: /geen UTF-8-tekst/
	},
	{
		name: 'a JSON catalog with an entry of a negative amount',
		fileName: 'min.json',
		bytes: encode(
			JSON.stringify({
				...JSON.parse(catalogToJson(CATALOG)),
				entries: [{ ...CATALOG_ENTRY, amount: '-1' }]
			})
		),
		column: 'entries.0.amount',
		message: /moet tussen 0 en 100\.000\.000 liggen/
	}
];

function catalogEntries(): BadInput[] {
	const cells = CATALOG_CELLS.flatMap(({ name, column, value, message }) => {
		const bytes = encode(withCell(column, value));
		return [
			{
				surface: 'cli',
				name: `catalog: ${name}`,
				send: {
					kind: 'cli',
					args: ['catalog', '--check', '{dir}/catalogus.csv'],
					files: { 'catalogus.csv': bytes }
				},
				status: 1,
				field: column,
				message
			},
			{
				surface: 'import',
				name: `catalog: ${name}`,
				send: { kind: 'import', what: 'catalog', fileName: 'catalogus.csv', bytes },
				status: 1,
				field: column,
				message
			}
		] satisfies BadInput[];
	});
	const files = CATALOG_FILES.flatMap(
		({ name, fileName, bytes, column, message }) =>
			[
				{
					surface: 'cli',
					name: `catalog: ${name}`,
					send: {
						kind: 'cli',
						args: ['catalog', '--check', `{dir}/${fileName}`],
						files: { [fileName]: bytes }
					},
					status: 1,
					field: column,
					message
				},
				{
					surface: 'import',
					name: `catalog: ${name}`,
					send: { kind: 'import', what: 'catalog', fileName, bytes },
					status: 1,
					field: column,
					message
				}
			] satisfies BadInput[]
	);
	return [...cells, ...files];
}

/** The command line's own slips: options and arguments. */
const CLI_SLIPS: BadInput[] = [
	['no command', [], 2, 'command', /Usage|Gebruik|effectwijzer/],
	['an unknown command', ['bereken'], 2, 'command', /unknown command bereken/],
	['help of an unknown command', ['help', 'bereken'], 2, 'command', /unknown command bereken/],
	['compute without a file', ['compute'], 2, 'FILE', /missing FILE/],
	[
		'compute with a file that is not there',
		['compute', '{dir}/weg.json'],
		2,
		'weg.json',
		/cannot read .*weg\.json \(ENOENT\)/
	],
	['compute with two files', ['compute', 'a.json', 'b.json'], 2, 'FILE', /one FILE only/],
	[
		'an unknown format',
		['compute', 'examples/leeg.json', '--format', 'xls'],
		2,
		'--format',
		/--format must be table, json or csv/
	],
	[
		'an unknown language',
		['compute', 'examples/leeg.json', '--lang', 'de'],
		2,
		'--lang',
		/--lang must be nl or en/
	],
	['an unknown option', ['compute', 'examples/leeg.json', '--snel'], 2, '--snel', /snel/],
	[
		'--explain with JSON',
		['compute', 'examples/leeg.json', '--format', 'json', '--explain'],
		2,
		'--explain',
		/--explain goes with compute in the table format/
	],
	[
		'a price year in words',
		['catalog', '--price-year', 'vorig'],
		2,
		'--price-year',
		/--price-year must be a year/
	],
	[
		'a price year the CPI does not cover',
		['catalog', '--price-year', '1950'],
		1,
		'--price-year',
		/1950/
	],
	[
		'an unknown domain',
		['catalog', '--domain', 'ruimtevaart'],
		2,
		'--domain',
		/--domain must be one of/
	],
	[
		'simulate with 0 draws',
		['simulate', 'examples/jeugd-uithuisplaatsing.json', '--draws', '0'],
		2,
		'--draws',
		/draws/
	],
	[
		'simulate with draws in words',
		['simulate', 'examples/jeugd-uithuisplaatsing.json', '--draws', 'veel'],
		2,
		'--draws',
		/draws/
	],
	[
		'simulate with a seed in words',
		['simulate', 'examples/jeugd-uithuisplaatsing.json', '--seed', 'toeval'],
		2,
		'--seed',
		/seed/
	]
].map(([name, args, status, field, message]) => ({
	surface: 'cli' as const,
	name: name as string,
	send: { kind: 'cli' as const, args: args as string[] },
	status: status as number,
	field: field as string,
	message: message as RegExp
}));

const caseBody = (fields: Record<string, unknown>) =>
	JSON.stringify({ caseCode: 'API-001', year: 2026, times: 1, scenario: scenario(), ...fields });

/** API bodies that are wrong as requests, before their scenario is even read. */
const API_SLIPS: [name: string, body: string, status: number, field: string, message: RegExp][] = [
	['an empty body', '', 400, 'body', /Verzoek: is geen geldige JSON: de tekst houdt te vroeg op/],
	['a body that is not JSON', 'caseCode=X', 400, 'body', /Verzoek: is geen geldige JSON/],
	[
		'JSON nested 5,000 deep',
		`{"caseCode": "X", "scenario": ${nested(5000)}}`,
		400,
		'body',
		/te diep genest/
	],
	['a list as the body', '[]', 400, 'body', /Verzoek: verwacht een groep velden/],
	['no case code', caseBody({ caseCode: undefined }), 400, 'caseCode', /Casuscode: ontbreekt/],
	[
		'a saved case of 1,5 households',
		caseBody({
			scenario: { ...scenario(), cases: scenario().cases.map((c) => ({ ...c, count: 1.5 })) }
		}),
		400,
		'scenario',
		/1,5 is geen heel aantal; een bewaarde casus telt hele huishoudens/
	],
	[
		"a saved case's effect after the year report's five years",
		caseBody({
			scenario: {
				...scenario(),
				assumptions: { ...scenario().assumptions, horizonYears: 10 },
				cases: scenario().cases.map((c) => ({
					...c,
					effects: c.effects.map((e, i) => (i === 0 ? { ...e, startYear: 6 } : e))
				}))
			}
		}),
		400,
		'scenario',
		/begint in jaar 6, maar het jaaroverzicht telt 5 jaar \(jaar 0 tot en met 4\)/
	],
	[
		'a case code that is a number',
		caseBody({ caseCode: 42 }),
		400,
		'caseCode',
		/Casuscode: verwacht tekst/
	],
	[
		'a surname as the case code',
		caseBody({ caseCode: 'JANSEN-1' }),
		400,
		'caseCode',
		/“JANSEN” kan een naam zijn/
	],
	['a case code of one letter', caseBody({ caseCode: 'X' }), 400, 'caseCode', /3 tot 24 letters/],
	[
		'a case code with a NUL',
		caseBody({ caseCode: 'WT-1\u0000' }),
		400,
		'caseCode',
		/3 tot 24 letters/
	],
	['a year as text', caseBody({ year: '2026' }), 400, 'year', /Jaar: verwacht een getal/],
	[
		'a year of 1e308',
		caseBody({ year: 1e308 }),
		400,
		'year',
		/Jaar: (ligt na 2100|is geen jaartal)/
	],
	['a year of 1850', caseBody({ year: 1850 }), 400, 'year', /Jaar: ligt voor 2000/],
	['a year of 2026.5', caseBody({ year: 2026.5 }), 400, 'year', /Jaar: is geen jaartal/],
	['households of 0', caseBody({ times: 0 }), 400, 'times', /moet minstens 1 zijn/],
	[
		'households of 1e308',
		caseBody({ times: 1e308 }),
		400,
		'times',
		/mag hoogstens 100\.000 zijn|heel getal/
	],
	['households of 2.5', caseBody({ times: 2.5 }), 400, 'times', /moet een heel getal zijn/],
	[
		'notes with a NUL',
		caseBody({ notes: 'Toelichting\u0000' }),
		400,
		'notes',
		/Toelichting: bevat een onzichtbaar stuurteken \(U\+0000\)/
	],
	[
		'notes of 10,000 characters',
		caseBody({ notes: 'x'.repeat(10000) }),
		400,
		'notes',
		/te lang: hoogstens 2000 tekens/
	],
	['notes that are a list', caseBody({ notes: ['a'] }), 400, 'notes', /verwacht tekst/],
	[
		'no scenario',
		caseBody({ scenario: undefined }),
		400,
		'scenario',
		/Casus \(scenario\): ontbreekt/
	],
	[
		'a scenario that is a text',
		caseBody({ scenario: 'huur' }),
		400,
		'scenario',
		/verwacht een groep velden/
	],
	[
		'a confirmation that is "ja"',
		caseBody({ confirmPersonalData: 'ja' }),
		400,
		'confirmPersonalData',
		/verwacht ja of nee/
	],
	['a BSN in the notes', caseBody({ notes: 'BSN 111222333' }), 400, 'notes', /burgerservicenummer/],
	[
		'a surname in the notes, not confirmed',
		caseBody({ notes: 'Familie Jansen belde' }),
		422,
		'confirmPersonalData',
		/bevestig met confirmPersonalData/
	],
	[
		'a version of 1.5',
		caseBody({ version: 1.5 }),
		400,
		'version',
		/Versie: moet een heel getal zijn/
	],
	[
		'a version of 1e308',
		caseBody({ version: 1e308 }),
		400,
		'version',
		/Versie: (moet een heel getal zijn|is groter dan een versie ooit wordt)/
	],
	[
		'a version of 3000000000',
		caseBody({ version: 3e9 }),
		400,
		'version',
		/Versie: is groter dan een versie ooit wordt/
	],
	['a version of 0', caseBody({ version: 0 }), 400, 'version', /Versie: moet minstens 1 zijn/],
	[
		'a version as text',
		caseBody({ version: '2' }),
		400,
		'version',
		/Versie: moet een heel getal zijn/
	],
	[
		'half a character in the scenario’s label',
		caseBody({ scenario: { ...scenario(), label: 'Huur \ud800 achterstand' } }),
		400,
		'body',
		/Verzoek: is geen geldige JSON: bevat bij scenario\.label een half teken/
	],
	[
		'half a character in a key',
		caseBody({ '\udfff': 1 }),
		400,
		'body',
		/bevat bij .* een half teken/
	],
	[
		'a body of 600 KiB',
		caseBody({ notes: 'x'.repeat(600 * 1024) }),
		413,
		'body',
		/te groot: hoogstens 512 KiB/
	]
];

/** The live round's kept rounds: { name, unitCostIds }. */
const TEMPLATE_SLIPS: [name: string, body: unknown, field: string, message: RegExp][] = [
	[
		'a NUL in its name',
		{ name: 'Ronde\u0000', unitCostIds: ['wonen.huisuitzetting'] },
		'name',
		CONTROL
	],
	[
		'a right-to-left override in its name',
		{ name: 'Ronde \u202Eevil', unitCostIds: ['wonen.huisuitzetting'] },
		'name',
		/stuurteken \(U\+202E\)/
	],
	[
		'half a character in its name',
		{ name: 'Ronde \ud800', unitCostIds: ['wonen.huisuitzetting'] },
		'(body)',
		/bevat bij name een half teken/
	],
	[
		'an e-mail address as its name',
		{ name: 'Ronde piet@voorbeeld.nl', unitCostIds: ['wonen.huisuitzetting'] },
		'name',
		/Naam van de ronde: .*e-mailadres/
	]
];

function templateEntries(): BadInput[] {
	return TEMPLATE_SLIPS.map(([name, body, field, message]) => ({
		surface: 'api',
		name: `kept round: ${name}`,
		send: {
			kind: 'api',
			method: 'POST',
			path: '/api/live/templates',
			body: JSON.stringify(body),
			who: 'worker'
		},
		status: 400,
		field,
		message
	}));
}

function apiEntries(): BadInput[] {
	const created = API_SLIPS.map(([name, body, status, field, message]) => ({
		surface: 'api' as const,
		name: `new case: ${name}`,
		send: {
			kind: 'api' as const,
			method: 'POST' as const,
			path: '/api/cases',
			body,
			who: 'worker' as const
		},
		status,
		field,
		message
	}));
	// the same slips in a change to an existing case (a version is needed for a change)
	const changed = API_SLIPS.filter(([name]) => !/version|body/.test(name)).map(
		([name, body, status, field, message]) => ({
			surface: 'api' as const,
			name: `changed case: ${name}`,
			send: {
				kind: 'api' as const,
				method: 'PUT' as const,
				path: '/api/cases/{case}',
				body,
				who: 'worker' as const
			},
			status,
			field,
			message
		})
	);
	return [...created, ...changed];
}

type FormSlip = [
	name: string,
	path: string,
	who: Who,
	fields: Record<string, string>,
	status: number,
	field: string,
	message: RegExp
];

/** Forms posted with wrong fields. */
const FORM_SLIPS: FormSlip[] = [
	[
		'sign in without an address',
		'/inloggen',
		'anonymous',
		{ email: '', password: 'x' },
		400,
		'email',
		/E-mailadres: ontbreekt/
	],
	[
		'sign in without a password',
		'/inloggen',
		'anonymous',
		{ email: 'a@b.example', password: '' },
		400,
		'password',
		/Wachtwoord: ontbreekt/
	],
	[
		'sign in with a NUL in the address',
		'/inloggen',
		'anonymous',
		{ email: 'a\u0000@b.example', password: 'x' },
		400,
		'email',
		CONTROL
	],
	[
		'sign in with a NUL in the password',
		'/inloggen',
		'anonymous',
		{ email: 'niemand@voorbeeld.example', password: 'demo\u0000' },
		400,
		'form',
		/Inloggen lukt niet/
	],
	[
		'register without a name',
		'/registreren',
		'anonymous',
		{
			organisationName: '',
			kind: 'provider',
			displayName: 'A',
			email: 'a@nieuw.example',
			password: 'een lang wachtwoord'
		},
		400,
		'organisationName',
		/Naam van de organisatie: ontbreekt/
	],
	[
		'register with a NUL in the name',
		'/registreren',
		'anonymous',
		{
			organisationName: 'Welzijn\u0000',
			kind: 'provider',
			displayName: 'A',
			email: 'a@nieuw.example',
			password: 'een lang wachtwoord'
		},
		400,
		'organisationName',
		/stuurteken \(U\+0000\)/
	],
	[
		'register with a name of 500 characters',
		'/registreren',
		'anonymous',
		{
			organisationName: 'W'.repeat(500),
			kind: 'provider',
			displayName: 'A',
			email: 'a@nieuw.example',
			password: 'een lang wachtwoord'
		},
		400,
		'organisationName',
		/te lang: hoogstens 100 tekens/
	],
	[
		'register an unknown kind',
		'/registreren',
		'anonymous',
		{
			organisationName: 'Nieuw',
			kind: 'bank',
			displayName: 'A',
			email: 'a@nieuw.example',
			password: 'een lang wachtwoord'
		},
		400,
		'kind',
		/kies aanbieder of financier/
	],
	[
		'register with a short password',
		'/registreren',
		'anonymous',
		{
			organisationName: 'Nieuw',
			kind: 'provider',
			displayName: 'A',
			email: 'a@nieuw.example',
			password: 'kort'
		},
		400,
		'password',
		/minstens 12 tekens/
	],
	[
		'register with a password of 300 characters',
		'/registreren',
		'anonymous',
		{
			organisationName: 'Nieuw',
			kind: 'provider',
			displayName: 'A',
			email: 'a@nieuw.example',
			password: 'x'.repeat(300)
		},
		400,
		'password',
		/hoogstens 200 tekens/
	],
	[
		'register with an address that is not one',
		'/registreren',
		'anonymous',
		{
			organisationName: 'Nieuw',
			kind: 'provider',
			displayName: 'A',
			email: 'geen-adres',
			password: 'een lang wachtwoord'
		},
		400,
		'email',
		/geen geldig e-mailadres/
	],
	...(
		[
			['other letter case', 'gemeente voorbeeldstad'],
			['a non-breaking space', 'Gemeente\u00a0Voorbeeldstad'],
			['a double space', 'Gemeente  Voorbeeldstad'],
			['a zero-width space', 'Gemeente Voorbeeld\u200bstad'],
			['a Cyrillic е', 'G\u0435meente Voorbeeldstad']
		] as const
	).map(
		([what, organisationName]) =>
			[
				`register the name of an existing funder with ${what}`,
				'/registreren',
				'anonymous',
				{
					organisationName,
					kind: 'funder',
					displayName: 'A',
					email: 'nep@nep.example',
					password: 'een lang wachtwoord'
				},
				400,
				'organisationName',
				/er is al een organisatie met deze naam/
			] as FormSlip
	),
	[
		'register an organisation named by zero-width characters alone',
		'/registreren',
		'anonymous',
		{
			organisationName: '\u200b\u200c\u200d',
			kind: 'provider',
			displayName: 'A',
			email: 'nep@nep.example',
			password: 'een lang wachtwoord'
		},
		400,
		'organisationName',
		/Naam van de organisatie: bestaat alleen uit tekens die niets laten zien/
	],
	[
		'register with an e-mail address of 300 characters',
		'/registreren',
		'anonymous',
		{
			organisationName: 'Welzijn Lang',
			kind: 'provider',
			displayName: 'A',
			email: `${'a'.repeat(288)}@nep.example`,
			password: 'een lang wachtwoord'
		},
		400,
		'email',
		/hoogstens 254 tekens/
	],
	[
		'invite an address that is not one',
		'/organisatie/gebruikers?/invite',
		'manager',
		{ email: 'collega', role: 'social-worker' },
		400,
		'email',
		/geen geldig e-mailadres/
	],
	[
		'invite to an unknown role',
		'/organisatie/gebruikers?/invite',
		'manager',
		{ email: 'collega@w.example', role: 'directeur' },
		400,
		'role',
		/kies een rol/
	],
	[
		'invite to a funder’s role',
		'/organisatie/gebruikers?/invite',
		'manager',
		{ email: 'collega@w.example', role: 'funder-viewer' },
		400,
		'role',
		/past niet bij dit soort organisatie/
	],
	[
		'share with a name instead of a code',
		'/organisatie/delen?/share',
		'manager',
		{ shareCode: 'Gemeente Voorbeeldstad', year: '2026' },
		400,
		'shareCode',
		/is geen deelcode/
	],
	[
		'share with a code that nobody has',
		'/organisatie/delen?/share',
		'manager',
		{ shareCode: '0000-0000-0000', year: '2026' },
		400,
		'shareCode',
		/geen financier heeft deze code/
	],
	[
		'share the year 1999',
		'/organisatie/delen?/share',
		'manager',
		{ shareCode: '0000-0000-0000', year: '1999' },
		400,
		'year',
		/ligt voor 2000/
	],
	[
		'share the year "dit jaar"',
		'/organisatie/delen?/share',
		'manager',
		{ shareCode: '0000-0000-0000', year: 'dit jaar' },
		400,
		'year',
		/is geen jaartal/
	],
	[
		'establish a year without cases',
		'/organisatie/portfolio/2031?/establish',
		'manager',
		{},
		400,
		'year',
		/er zijn in 2031 geen opgeslagen casussen/
	],
	[
		'establish a year whose last version has not changed',
		'/organisatie/portfolio/2026?/establish',
		'manager',
		{},
		400,
		'year',
		/versie \d+ van 2026 is al vastgesteld en sindsdien is er niets veranderd/
	],
	[
		'price again a version in words',
		'/organisatie/portfolio/2026?versie=eerste&/recompute',
		'manager',
		{},
		400,
		'url',
		/versie: is geen versienummer/
	],
	[
		'withdraw a share that does not exist',
		'/organisatie/delen?/withdraw',
		'manager',
		{ id: 'niet-een-id' },
		404,
		'url',
		/Niet gevonden/
	],
	[
		'an own unit cost not in the catalog',
		'/organisatie/kengetallen?/set',
		'manager',
		{
			unitCostId: 'bestaat.niet',
			amount: '10',
			priceYear: '2024',
			sourceTitle: 'T',
			sourcePublisher: 'P',
			sourceYear: '2025'
		},
		400,
		'unitCostId',
		/staat niet in de catalogus/
	],
	[
		'an own unit cost of minus 10',
		'/organisatie/kengetallen?/set',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			amount: '-10',
			priceYear: '2024',
			sourceTitle: 'T',
			sourcePublisher: 'P',
			sourceYear: '2025'
		},
		400,
		'amount',
		/mag niet negatief zijn/
	],
	[
		'an own unit cost of 400 digits',
		'/organisatie/kengetallen?/set',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			amount: '9'.repeat(400),
			priceYear: '2024',
			sourceTitle: 'T',
			sourcePublisher: 'P',
			sourceYear: '2025'
		},
		400,
		'amount',
		/hoogstens € 100\.000\.000/
	],
	[
		'an own unit cost in words',
		'/organisatie/kengetallen?/set',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			amount: 'duizend',
			priceYear: '2024',
			sourceTitle: 'T',
			sourcePublisher: 'P',
			sourceYear: '2025'
		},
		400,
		'amount',
		/Bedrag: /
	],
	[
		'an own unit cost without a source',
		'/organisatie/kengetallen?/set',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			amount: '10',
			priceYear: '2024',
			sourceTitle: '',
			sourcePublisher: 'P',
			sourceYear: '2025'
		},
		400,
		'sourceTitle',
		/elk eigen bedrag heeft een bron/
	],
	[
		'an own unit cost with a NUL in its source',
		'/organisatie/kengetallen?/set',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			amount: '10',
			priceYear: '2024',
			sourceTitle: 'Eigen\u0000',
			sourcePublisher: 'P',
			sourceYear: '2025'
		},
		400,
		'sourceTitle',
		/stuurteken \(U\+0000\)/
	],
	[
		'an own unit cost with a BSN in its note',
		'/organisatie/kengetallen?/set',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			amount: '10',
			priceYear: '2024',
			sourceTitle: 'T',
			sourcePublisher: 'P',
			sourceYear: '2025',
			note: 'Tarief voor BSN 111222333'
		},
		400,
		'note',
		/Toelichting: .*burgerservicenummer/
	],
	[
		'an own unit cost with a price year in hexadecimal',
		'/organisatie/kengetallen?/set',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			amount: '10',
			priceYear: '0x7E8',
			sourceTitle: 'T',
			sourcePublisher: 'P',
			sourceYear: '2025'
		},
		400,
		'priceYear',
		/Prijspeil: is geen jaartal/
	],
	[
		'an own unit cost of price year 1900',
		'/organisatie/kengetallen?/set',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			amount: '10',
			priceYear: '1900',
			sourceTitle: 'T',
			sourcePublisher: 'P',
			sourceYear: '2025'
		},
		400,
		'priceYear',
		/ligt voor 1990/
	],
	[
		'a new case without a code',
		'/organisatie/casussen/nieuw',
		'worker',
		{ caseCode: '', year: '2026', times: '1', notes: '', scenario: EXAMPLE },
		400,
		'caseCode',
		/Casuscode: 3 tot 24 letters/
	],
	[
		'a new case with a surname as code',
		'/organisatie/casussen/nieuw',
		'worker',
		{ caseCode: 'DEVRIES-01', year: '2026', times: '1', notes: '', scenario: EXAMPLE },
		400,
		'caseCode',
		/kan een naam zijn/
	],
	[
		'a new case in the year "vorig"',
		'/organisatie/casussen/nieuw',
		'worker',
		{ caseCode: 'WT-2026-901', year: 'vorig', times: '1', notes: '', scenario: EXAMPLE },
		400,
		'year',
		/Jaar: is geen jaartal/
	],
	[
		'a new case with 1e308 households',
		'/organisatie/casussen/nieuw',
		'worker',
		{ caseCode: 'WT-2026-902', year: '2026', times: '1e308', notes: '', scenario: EXAMPLE },
		400,
		'times',
		/moet een heel getal zijn, in cijfers/
	],
	...(
		[
			[
				'a year in hexadecimal',
				{ year: '0x7EA' },
				'year',
				/Jaar: is geen jaartal; typ vier cijfers/
			],
			['a year in exponent notation', { year: '2.026e3' }, 'year', /Jaar: is geen jaartal/],
			['1e3 households', { times: '1e3' }, 'times', /moet een heel getal zijn, in cijfers/],
			['1.5 households', { times: '1.5' }, 'times', /moet een heel getal zijn, in cijfers/],
			['0 households', { times: '0' }, 'times', /moet minstens 1 zijn/],
			['households in hexadecimal', { times: '0x10' }, 'times', /moet een heel getal zijn/]
		] as const
	).map(
		([name, fields, field, message]) =>
			[
				`a new case with ${name}`,
				'/organisatie/casussen/nieuw',
				'worker',
				{
					caseCode: 'WT-2026-908',
					year: '2026',
					times: '1',
					notes: '',
					scenario: EXAMPLE,
					...fields
				},
				400,
				field,
				message
			] as FormSlip
	),
	...(
		[
			['a version of 1e308', '1e308', /Versie: moet een heel getal zijn/],
			['a version of 3000000000', '3000000000', /Versie: is groter dan een versie ooit wordt/],
			['a version of 0', '0', /Versie: moet minstens 1 zijn/],
			['a version of 1.5', '1.5', /Versie: moet een heel getal zijn/]
		] as const
	).map(
		([name, version, message]) =>
			[
				`a changed case with ${name}`,
				'/organisatie/casussen/{case}?/save',
				'worker',
				{
					caseCode: 'WT-2026-909',
					year: '2026',
					times: '1',
					notes: '',
					scenario: EXAMPLE,
					version
				},
				400,
				'version',
				message
			] as FormSlip
	),
	[
		'a new case with notes holding a NUL',
		'/organisatie/casussen/nieuw',
		'worker',
		{ caseCode: 'WT-2026-903', year: '2026', times: '1', notes: 'a\u0000b', scenario: EXAMPLE },
		400,
		'notes',
		/stuurteken \(U\+0000\)/
	],
	[
		'a new case with a BSN in the notes',
		'/organisatie/casussen/nieuw',
		'worker',
		{
			caseCode: 'WT-2026-904',
			year: '2026',
			times: '1',
			notes: 'BSN 111222333',
			scenario: EXAMPLE
		},
		400,
		'notes',
		/burgerservicenummer/
	],
	[
		'a new case whose JSON does not parse',
		'/organisatie/casussen/nieuw',
		'worker',
		{ caseCode: 'WT-2026-905', year: '2026', times: '1', notes: '', scenario: '{"cases": [' },
		400,
		'scenario',
		/is geen geldige JSON/
	],
	[
		'a new case without a scenario',
		'/organisatie/casussen/nieuw',
		'worker',
		{ caseCode: 'WT-2026-906', year: '2026', times: '1', notes: '' },
		400,
		'scenario',
		/ontbreekt|verwacht tekst/
	],
	[
		'a new case with JSON nested 5,000 deep',
		'/organisatie/casussen/nieuw',
		'worker',
		{ caseCode: 'WT-2026-907', year: '2026', times: '1', notes: '', scenario: nested(5000) },
		400,
		'scenario',
		/te diep genest/
	],
	[
		'a follow-up with an English-style budget',
		'/organisatie/nameting/{case}/6',
		'worker',
		{ version: '1', hours: '3', maatwerk: '1,200.50' },
		400,
		'maatwerk',
		/Maatwerkbudget: “1,200\.50” is Engelse schrijfwijze/
	],
	[
		'a follow-up with negative hours',
		'/organisatie/nameting/{case}/6',
		'worker',
		{ version: '1', hours: '-4', maatwerk: '0' },
		400,
		'hours',
		/Uren ondersteuning: mag niet negatief zijn/
	],
	[
		'a follow-up with a BSN in its notes',
		'/organisatie/nameting/{case}/6',
		'worker',
		{ version: '1', hours: '3', maatwerk: '0', notes: 'BSN 111222333', confirmPersonalData: 'on' },
		400,
		'notes',
		/Toelichting: “111222333” lijkt een burgerservicenummer/
	],
	[
		'follow-up moments of “6,5”',
		'/organisatie/nameting?/moments',
		'manager',
		{ moments: '6,5' },
		400,
		'moments',
		/Momenten: “6,5” is geen heel aantal maanden/
	],
	[
		'follow-up moments of “6, 6”',
		'/organisatie/nameting?/moments',
		'manager',
		{ moments: '6, 6' },
		400,
		'moments',
		/Momenten: 6 maanden staat er twee keer in/
	],
	[
		'follow-up moments of 0 and 120 months',
		'/organisatie/nameting?/moments',
		'manager',
		{ moments: '0, 120' },
		400,
		'moments',
		/Momenten: “0” is geen heel aantal maanden van 1 tot 60/
	],
	[
		'adopting a chance nothing was measured for',
		'/organisatie/nameting/kalibratie?/adopt',
		'manager',
		{ unitCostId: 'bestaat.niet' },
		400,
		'unitCostId',
		/Gebeurtenis: er is nog geen nameting met een bekende uitkomst/
	],
	[
		'a comparison group where it happened more often than there were households',
		'/organisatie/nameting/kalibratie?/comparison',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			households: '40',
			happened: '55',
			description: 'wachtlijst 2025'
		},
		400,
		'happened',
		/Waarvan gebeurd: 55 is meer dan de 40 huishoudens/
	],
	[
		'a comparison group described by a client’s address',
		'/organisatie/nameting/kalibratie?/comparison',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			households: '40',
			happened: '5',
			description: 'Dorpsstraat 12'
		},
		400,
		'description',
		/Omschrijving: “Dorpsstraat 12” lijkt een adres/
	],
	[
		'a comparison group of “veertig” households',
		'/organisatie/nameting/kalibratie?/comparison',
		'manager',
		{
			unitCostId: 'wonen.huisuitzetting',
			households: 'veertig',
			happened: '5',
			description: 'wachtlijst 2025'
		},
		400,
		'households',
		/Huishoudens: /
	],
	[
		'a form of 600 KiB',
		'/organisatie/casussen/nieuw',
		'worker',
		{
			caseCode: 'WT-2026-908',
			year: '2026',
			times: '1',
			notes: 'x'.repeat(600 * 1024),
			scenario: EXAMPLE
		},
		413,
		'body',
		/te groot: hoogstens 512 KiB/
	]
];

function formEntries(): BadInput[] {
	return FORM_SLIPS.map(([name, path, who, fields, status, field, message]) => ({
		surface: 'form',
		name,
		send: { kind: 'form', path, fields, who },
		status,
		field,
		message
	}));
}

/** Addresses that point at nothing, or at nothing of this reader's. */
const URL_SLIPS: [
	name: string,
	path: string,
	who: Who,
	status: number,
	message: RegExp,
	json?: boolean
][] = [
	[
		'a case id that is not one',
		'/organisatie/casussen/niet-een-id',
		'worker',
		404,
		/Niet gevonden/
	],
	[
		'a case id of another organisation’s form',
		'/organisatie/casussen/00000000-0000-0000-0000-000000000000',
		'worker',
		404,
		/Niet gevonden/
	],
	['a case id with a quote', "/organisatie/casussen/'%20or%201=1", 'worker', 404, /Niet gevonden/],
	['a portfolio year in words', '/organisatie/portfolio/vorig', 'manager', 404, /Niet gevonden/],
	[
		'a follow-up of a case that does not exist',
		'/organisatie/nameting/00000000-0000-0000-0000-000000000000/7',
		'worker',
		404,
		/Niet gevonden/
	],
	[
		'a follow-up of a case id that is not one',
		'/organisatie/nameting/x/6',
		'worker',
		404,
		/Niet gevonden/
	],
	[
		'a follow-up moment in words',
		'/organisatie/nameting/00000000-0000-0000-0000-000000000000/zes',
		'worker',
		404,
		/Niet gevonden/
	],
	['a portfolio year of 99999', '/organisatie/portfolio/99999', 'manager', 404, /Niet gevonden/],
	[
		'a shared report that does not exist',
		'/organisatie/gedeeld/00000000-0000-0000-0000-000000000000',
		'funderAdmin',
		404,
		/Niet gevonden/
	],
	[
		'a shared report id that is not one',
		'/organisatie/gedeeld/x',
		'funderAdmin',
		404,
		/Niet gevonden/
	],
	[
		'an invitation that does not exist',
		'/uitnodiging/verzonnen',
		'anonymous',
		404,
		/Deze uitnodiging bestaat niet/
	],
	[
		'a training case that does not exist',
		'/training/bestaat-niet',
		'anonymous',
		404,
		/Niet gevonden|niet gevonden/
	],
	[
		'an API case id that is not one',
		'/api/cases/niet-een-id',
		'worker',
		404,
		/Niet gevonden/,
		true
	],
	[
		'an API case of nobody',
		'/api/cases/00000000-0000-0000-0000-000000000000',
		'worker',
		404,
		/Niet gevonden/,
		true
	],
	['the API without signing in', '/api/cases', 'anonymous', 401, /Niet ingelogd/, true],
	[
		'a report CSV of a year in words',
		'/organisatie/portfolio/vorig/csv',
		'manager',
		404,
		/Niet gevonden/
	],
	[
		'a report CSV for a program it does not know',
		'/organisatie/portfolio/2026/csv?voor=numbers',
		'manager',
		400,
		/voor: kies “excel” voor Excel/
	],
	[
		'a report version in words',
		'/organisatie/portfolio/2026?versie=twee',
		'manager',
		400,
		/versie: is geen versienummer/
	],
	[
		'a report version of 0',
		'/organisatie/portfolio/2026?versie=0',
		'manager',
		400,
		/versie: is geen versienummer/
	],
	[
		'a report version that was never established',
		'/organisatie/portfolio/2026?versie=99',
		'manager',
		404,
		/Niet gevonden/
	],
	[
		'a comparison of the concept with a version in words',
		'/organisatie/portfolio/2026?vergelijk=abc',
		'manager',
		400,
		/vergelijk: is geen versienummer/
	],
	[
		'a comparison with a version in words',
		'/organisatie/portfolio/2026?versie=1&vergelijk=laatste',
		'manager',
		400,
		/vergelijk: is geen versienummer/
	],
	[
		'a comparison with a version that was never established',
		'/organisatie/portfolio/2026?versie=1&vergelijk=42',
		'manager',
		404,
		/Niet gevonden/
	],
	[
		'a report version download in words',
		'/organisatie/portfolio/2026/xlsx?versie=laatste',
		'manager',
		400,
		/versie: is geen versienummer/
	],
	[
		'an overview of a year in words',
		'/organisatie/gedeeld/overzicht/vorig',
		'funderAdmin',
		404,
		/Niet gevonden/
	],
	[
		'an overview of a year nothing was shared for',
		'/organisatie/gedeeld/overzicht/2031',
		'funderAdmin',
		404,
		/Niet gevonden/
	],
	['a page that does not exist', '/bestaat-niet', 'anonymous', 404, /Niet gevonden/]
];

function urlEntries(): BadInput[] {
	return URL_SLIPS.map(([name, path, who, status, message, json]) => ({
		surface: 'url',
		name,
		send: { kind: 'url', path, who, json },
		status,
		field: 'url',
		message
	}));
}

export const BAD_INPUTS: BadInput[] = [
	...scenarioEntries(),
	...scenarioFileEntries(),
	...catalogEntries(),
	...CLI_SLIPS,
	...apiEntries(),
	...templateEntries(),
	...formEntries(),
	...urlEntries()
];
