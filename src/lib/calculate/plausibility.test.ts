import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/catalog';
import { KNOWN_UNITS, OWN_BOUNDS, RETURN_BAND } from '../catalog/usual-quantities';
import { findingQuestion } from './findings';
import { PATTERN_IDS, pattern } from '../calculator/patterns';
import { TRAINING_CASES } from '../training/cases';
import { calculate } from './calculate';

interface Line {
	unitCostId: string;
	quantity: string;
	sharedBy?: string;
	kind?: 'support' | 'event';
	probability?: number;
}

/** One household's case on two timelines: what the help cost, and what it avoided. */
function caseOf(help: Line[], avoided: Line[]) {
	return {
		format: 'effectwijzer-scenario/1',
		id: 'plausibility',
		label: 'Casus',
		assumptions: { priceYear: 2024, discountRatePct: '2.25', horizonYears: 3 },
		cases: [
			{
				id: 'c',
				label: 'Casus',
				count: 1,
				timelines: {
					intervention: help.map((line, i) => ({
						id: `help-${i}`,
						label: 'Hulp',
						month: 0,
						kind: line.kind ?? 'support',
						...line
					})),
					reference: avoided.map((line, i) => ({
						id: `avoided-${i}`,
						label: 'Voorkomen',
						month: 1,
						probability: line.probability ?? 0.5,
						...line
					}))
				}
			}
		]
	};
}

const HOURS = (quantity: string): Line => ({ unitCostId: 'sociaalwerk.uur', quantity });

const findingsOf = (scenario: unknown) => {
	const outcome = calculate(scenario);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
	return outcome.findings;
};

/** Realistic cases a social worker builds: each must stay silent. */
const REALISTIC: [string, Line[], Line[]][] = [
	[
		'a €300 arrear paid',
		[HOURS('6'), { unitCostId: 'sociaalwerk.maatwerkbudget-euro', quantity: '300' }],
		[{ unitCostId: 'wonen.huisuitzetting', quantity: '1' }]
	],
	[
		'90 nights of shelter',
		[HOURS('10')],
		[{ unitCostId: 'wonen.nachtopvang-nacht', quantity: '90' }]
	],
	[
		'a year of shelter for one',
		[HOURS('40')],
		[{ unitCostId: 'wonen.nachtopvang-jaar', quantity: '1' }]
	],
	[
		'half a year of shelter',
		[HOURS('20')],
		[{ unitCostId: 'wonen.nachtopvang-jaar', quantity: '0.5' }]
	],
	[
		'three months of assistance',
		[HOURS('1.5')],
		[{ unitCostId: 'inkomen.bijstand-alleenstaande-maand', quantity: '3' }]
	],
	[
		'a year of assistance',
		[HOURS('30')],
		[{ unitCostId: 'inkomen.bijstand-alleenstaande-maand', quantity: '12' }]
	],
	['a debt course', [HOURS('8')], [{ unitCostId: 'schulden.schuldhulptraject', quantity: '1' }]],
	[
		'two weeks of crisis care',
		[HOURS('14')],
		[{ unitCostId: 'ggz.crisisopname-dag', quantity: '14' }]
	],
	[
		'twenty specialist contacts',
		[HOURS('12')],
		[{ unitCostId: 'ggz.contact-gespecialiseerd', quantity: '20' }]
	],
	[
		'a weekly group instead of one-to-one',
		[{ unitCostId: 'zorg.begeleiding-groep-dagdeel', quantity: '320' }],
		[{ unitCostId: 'zorg.begeleiding-individueel-uur', quantity: '640' }]
	],
	[
		'a child not placed out of home',
		[HOURS('40')],
		[{ unitCostId: 'jeugd.uithuisplaatsing-jaar', quantity: '1' }]
	],
	[
		'two fines of €240',
		[HOURS('8')],
		[{ unitCostId: 'schulden.cjib-verhoging-1', quantity: '480' }]
	],
	['energy not cut off', [HOURS('3')], [{ unitCostId: 'energie.afsluiting', quantity: '1' }]],
	[
		'a carer relieved 20 hours a week',
		[HOURS('40')],
		[{ unitCostId: 'informeel.mantelzorguur', quantity: '1040' }]
	],
	[
		'a hospital week avoided',
		[HOURS('10')],
		[{ unitCostId: 'zorg.verpleegdag-ziekenhuis', quantity: '7' }]
	],
	[
		'a group course shared by twelve',
		[{ unitCostId: 'sociaalwerk.uur', quantity: '2400', sharedBy: '12' }],
		[{ unitCostId: 'zorg.begeleiding-individueel-uur', quantity: '288' }]
	],
	[
		'a year of sheltered living',
		[HOURS('60')],
		[{ unitCostId: 'wonen.intensief-begeleid-wonen', quantity: '1' }]
	],
	[
		'a pupil back at school for a term',
		[HOURS('20')],
		[{ unitCostId: 'onderwijs.voortgezet-onderwijs-dag', quantity: '60' }]
	],
	[
		"bailiffs' writs avoided",
		[HOURS('6')],
		[{ unitCostId: 'schulden.deurwaarder-beslag-inboedel', quantity: '3' }]
	],
	[
		'a well-aimed call, high but credible',
		[HOURS('1')],
		[{ unitCostId: 'inkomen.bijstand-alleenstaande-maand', quantity: '3', probability: 0.9 }]
	]
];

/** Mistakes that must be found, each with the finding it must raise. */
const MISTAKES: [string, Line[], Line[], string][] = [
	[
		'60 nights typed at a per-year cost',
		[HOURS('10')],
		[{ unitCostId: 'wonen.nachtopvang-jaar', quantity: '60' }],
		'quantity-above-usual'
	],
	[
		'90 nights typed at a per-year cost',
		[HOURS('10')],
		[{ unitCostId: 'wonen.maatschappelijke-opvang', quantity: '90' }],
		'quantity-above-usual'
	],
	[
		'fourteen months of assistance in one year',
		[HOURS('2')],
		[{ unitCostId: 'inkomen.bijstand-alleenstaande-maand', quantity: '14' }],
		'more-than-the-year-holds'
	],
	[
		"two years of couple's assistance per year",
		[HOURS('2')],
		[{ unitCostId: 'inkomen.bijstand-paar-jaar', quantity: '2' }],
		'more-than-the-year-holds'
	],
	[
		'two evictions in a year',
		[HOURS('6')],
		[{ unitCostId: 'wonen.huisuitzetting', quantity: '2' }],
		'more-than-the-year-holds'
	],
	[
		'400 nights for one household, plausible only for a family',
		[HOURS('6')],
		[{ unitCostId: 'wonen.nachtopvang-nacht', quantity: '800' }],
		'quantity-above-usual'
	],
	[
		'€30,000 paid from the flexible budget',
		[{ unitCostId: 'sociaalwerk.maatwerkbudget-euro', quantity: '30000' }],
		[{ unitCostId: 'wonen.huisuitzetting', quantity: '1' }],
		'quantity-above-usual'
	],
	[
		'3000 hours of social work',
		[HOURS('3000')],
		[{ unitCostId: 'jeugd.uithuisplaatsing-jaar', quantity: '1' }],
		'quantity-above-usual'
	],
	[
		'hospital days as hours',
		[HOURS('10')],
		[{ unitCostId: 'zorg.verpleegdag-ziekenhuis', quantity: '240' }],
		'quantity-above-usual'
	],
	[
		'crisis care all year',
		[HOURS('10')],
		[{ unitCostId: 'ggz.crisisopname-dag', quantity: '365' }],
		'quantity-above-usual'
	],
	[
		'ten children placed out of home',
		[HOURS('40')],
		[{ unitCostId: 'jeugd.uithuisplaatsing-jaar', quantity: '10' }],
		'quantity-above-usual'
	],
	[
		'a one-off cost counted twelve times',
		[{ unitCostId: 'zorg.vraagverheldering', quantity: '12' }],
		[{ unitCostId: 'jeugd.uithuisplaatsing-jaar', quantity: '1' }],
		'more-than-the-year-holds'
	],
	[
		'an hour of work that avoids a year of shelter for sure',
		[HOURS('0.5')],
		[{ unitCostId: 'wonen.intensief-begeleid-wonen', quantity: '1', probability: 1 }],
		'return-far-above'
	],
	[
		'a €300 payment that avoids a placement for sure',
		[{ unitCostId: 'sociaalwerk.maatwerkbudget-euro', quantity: '300' }],
		[{ unitCostId: 'jeugd.uithuisplaatsing-jaar', quantity: '1', probability: 1 }],
		'return-far-above'
	]
];

describe('plausibility findings', () => {
	it.each(REALISTIC)('stay silent for a realistic case: %s', (_, help, avoided) => {
		expect(findingsOf(caseOf(help, avoided))).toEqual([]);
	});

	it.each(MISTAKES)('find a mistake: %s', (_, help, avoided, code) => {
		expect(findingsOf(caseOf(help, avoided)).map((f) => f.code)).toContain(code);
	});

	it('name the line, the figure and what is usual, in Dutch as typed', () => {
		const [finding] = findingsOf(
			caseOf([HOURS('10')], [{ unitCostId: 'wonen.nachtopvang-jaar', quantity: '60' }])
		);
		expect(finding!.path).toBe('cases[0].timelines.reference[0].quantity');
		expect(findingQuestion(finding!, 'nl')).toBe(
			'Aantal 60? Gewoonlijk hooguit 4 personen per huishouden per jaar.'
		);
	});

	it('ask again once the figure changes: the key holds the quantity', () => {
		const key = (quantity: string) =>
			findingsOf(caseOf([HOURS('10')], [{ unitCostId: 'wonen.nachtopvang-jaar', quantity }]))[0]!
				.key;
		expect(key('60')).not.toBe(key('70'));
	});

	it('stay silent for every example, pattern and training case shipped', () => {
		const examples = readdirSync('examples')
			.filter((f) => f.endsWith('.json'))
			.map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')) as unknown);
		const scenarios = [
			...examples,
			...PATTERN_IDS.map((id) => pattern(id)),
			...TRAINING_CASES.map((t) => t.scenario)
		];
		for (const scenario of scenarios) expect(findingsOf(scenario)).toEqual([]);
	});

	it('know a usual quantity for every unit in the catalog, with a reason', () => {
		for (const entry of CATALOG.entries) {
			expect(KNOWN_UNITS.has(entry.unit), entry.id).toBe(true);
		}
		const ids = new Set(CATALOG.entries.map((e) => e.id));
		for (const id of OWN_BOUNDS) expect(ids.has(id), id).toBe(true);
		expect(RETURN_BAND.sources.length).toBeGreaterThan(0);
	});
});
