import * as z from 'zod/mini';
import { DISCOUNT_CONVENTIONS } from '../engine';
import { decimalIn, decimalSchema, withPlaces } from './decimal';
import { priceIndexSchema } from './price-index';
import { lineText, paragraphText, uniqueBy, yearKey } from './text';
import { gradeSchema, idSchema, payerSchema, unitCostSchema } from './unit-cost';

// zod/mini: the same schema language as zod, as functions, so that a page carries only the
// parts it uses (the calculator checks every keystroke in the browser).

export const SCENARIO_FORMAT = 'effectwijzer-scenario/1';

/**
 * The widest values the format takes, in its JSON Schema too: beyond them an input is a slip of
 * the keyboard (a quantity of 1e308), and is refused by name rather than priced. Shares (0–1)
 * and the non-negative lower bounds are checked by the engine, which lists every such problem
 * of a scenario at once.
 */
export const BOUNDS = {
	quantity: [0, 1_000_000],
	households: [0, 1_000_000],
	sharedBy: [0, 100_000],
	participants: [0, 1_000_000],
	percentage: [0, 100],
	// a real rate above a fifth a year values next year's saving at nothing; Dutch guidance is 2,25%
	discountRate: [0, 20],
	yearlyChangePct: [-50, 50],
	distribution: [-1_000_000_000, 1_000_000_000]
} as const satisfies Record<string, readonly [number, number]>;
/** A scenario's households may be an expected number (1,5 × a count), never a vanishing one. */
const HOUSEHOLD_PLACES = 6;
/** The most of each list in one file; a whole municipality's year is some thousands of cases. */
export const LIST_LIMITS = { cases: 10_000, lines: 500, unitCosts: 2_000, uncertainty: 1_000 };

const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
	schema.check(z.meta({ description }));
const text = () => lineText();
const bounded = (bound: keyof typeof BOUNDS) => {
	const [min, max] = BOUNDS[bound];
	return decimalIn(min, max, min === 0);
};
const quantity = () => bounded('quantity');
const list = <T extends z.ZodMiniType>(item: T, max: number) =>
	z.array(item).check(z.maxLength(max));
const fraction = (description: string) => described(z.optional(decimalSchema), description);
const whole = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const year = z._default(whole(0, 100), 0);
const duration = z._default(whole(1, 100), 1);
const withDefault = <T extends z.ZodMiniType>(schema: T, value: z.output<T>) =>
	z._default(schema, value as never);

const adjustmentFields = {
	deadweight: fraction('Share that would have happened anyway, 0–1 (default 0)'),
	attribution: fraction('Share owed to others, 0–1 (default 0)'),
	displacement: fraction('Share that merely moves elsewhere, 0–1 (default 0)'),
	dropOff: fraction('Yearly fading after the first year, 0–1 (default 0)')
};

export const costLineSchema = z.strictObject({
	id: idSchema,
	label: text(),
	unitCostId: idSchema,
	quantity: quantity(),
	year,
	durationYears: duration,
	sharedBy: described(
		z.optional(bounded('sharedBy')),
		'Participants a collective cost is shared over'
	),
	volunteer: withDefault(z.boolean(), false),
	payer: z.optional(payerSchema)
});

export const cohortSchema = z.strictObject({
	participants: bounded('participants'),
	engagementRate: decimalSchema,
	successRate: decimalSchema
});

export const effectSchema = z.strictObject({
	id: idSchema,
	label: text(),
	unitCostId: idSchema,
	quantity: described(quantity(), 'Per year while it lasts'),
	probabilityWithout: described(decimalSchema, 'p: chance without the intervention'),
	probabilityWith: fraction("p': chance with the intervention (default 0)"),
	startYear: year,
	durationYears: duration,
	...adjustmentFields,
	evidenceGrade: z.optional(gradeSchema),
	parentId: described(z.optional(idSchema), 'The effect this one follows from'),
	overlapGroup: z.optional(text()),
	cohort: z.optional(cohortSchema),
	payer: z.optional(payerSchema)
});

const eventFields = {
	id: idSchema,
	label: text(),
	month: described(whole(0, 1200), 'Months from the start of the case'),
	unitCostId: idSchema,
	quantity: quantity(),
	durationYears: duration,
	payer: z.optional(payerSchema)
};

export const interventionEventSchema = z.strictObject({
	...eventFields,
	kind: withDefault(z.enum(['support', 'event']), 'support'),
	sharedBy: z.optional(bounded('sharedBy')),
	volunteer: withDefault(z.boolean(), false)
});

export const referenceEventSchema = z.strictObject({
	...eventFields,
	probability: fraction('Chance it would have happened, 0–1 (default 1)'),
	probabilityWith: fraction('Chance it still happens with the intervention, 0–1 (default 0)'),
	cohort: z.optional(cohortSchema),
	parentId: z.optional(idSchema),
	overlapGroup: z.optional(text()),
	...adjustmentFields,
	evidenceGrade: z.optional(gradeSchema)
});

export const caseSchema = z.strictObject({
	id: idSchema,
	label: text(),
	description: z.optional(paragraphText()),
	count: described(
		z.prefault(withPlaces(bounded('households'), HOUSEHOLD_PLACES), 1),
		'Households this case stands for'
	),
	costs: withDefault(list(costLineSchema, LIST_LIMITS.lines), []),
	effects: withDefault(list(effectSchema, LIST_LIMITS.lines), []),
	timelines: z.optional(
		z.strictObject({
			intervention: withDefault(list(interventionEventSchema, LIST_LIMITS.lines), []),
			reference: withDefault(list(referenceEventSchema, LIST_LIMITS.lines), [])
		})
	)
});

/** A portfolio: the cases of, say, one organisation's year, each with its count. */
export const portfolioSchema = list(caseSchema, LIST_LIMITS.cases).check(z.minLength(1));

export const assumptionsSchema = z.strictObject({
	priceYear: whole(1990, 2100),
	discountRatePct: described(
		z.prefault(bounded('discountRate'), 2.25),
		'Real rate in %, default 2.25'
	),
	discountConvention: withDefault(z.enum(DISCOUNT_CONVENTIONS), 'year-0'),
	horizonYears: whole(1, 100),
	optimism: z.prefault(
		z.strictObject({
			enabled: withDefault(z.boolean(), true),
			tablePct: described(
				z.prefault(
					z.tuple([
						bounded('percentage'),
						bounded('percentage'),
						bounded('percentage'),
						bounded('percentage'),
						bounded('percentage')
					]),
					[0, 10, 20, 30, 40]
				),
				'Correction in % for confidence grades 1..5'
			)
		}),
		{}
	),
	valueVolunteerTime: withDefault(z.boolean(), false),
	valueSocialEffects: withDefault(z.boolean(), true)
});

const bound = bounded('distribution');
export const distributionSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('triangular'), low: bound, mode: bound, high: bound }),
	z.strictObject({ kind: z.literal('pert'), low: bound, mode: bound, high: bound }),
	z.strictObject({ kind: z.literal('uniform'), low: bound, high: bound }),
	z.strictObject({ kind: z.literal('beta'), alpha: bound, beta: bound })
]);

export const uncertainInputSchema = z.strictObject({
	input: described(
		text(),
		'unitCost:ID, effect:CASE/EFFECT:FIELD, event:CASE/EVENT:FIELD or assumption:discountRate'
	),
	distribution: distributionSchema
});

export const scenarioSchema = z
	.strictObject({
		$schema: z.optional(lineText(1000)),
		format: z.literal(SCENARIO_FORMAT),
		id: idSchema,
		label: text(),
		description: z.optional(paragraphText()),
		catalogVersion: described(z.optional(lineText(100)), 'Catalog version priced with'),
		assumptions: assumptionsSchema,
		unitCosts: described(
			withDefault(uniqueBy(list(unitCostSchema, LIST_LIMITS.unitCosts), 'id'), []),
			'Own unit costs; an id already in the catalog overrides it'
		),
		priceIndex: described(z.optional(priceIndexSchema), 'Replaces the CBS CPI'),
		priceIndexForecast: described(
			z.optional(
				z.strictObject({
					label: described(text(), 'Whose forecast, shown wherever it is used'),
					yearlyChangePct: z.record(yearKey, bounded('yearlyChangePct'))
				})
			),
			'Yearly % changes for the years after the index ends, labelled in every report'
		),
		cases: portfolioSchema,
		uncertainty: described(
			withDefault(uniqueBy(list(uncertainInputSchema, LIST_LIMITS.uncertainty), 'input'), []),
			'Inputs that carry a distribution, for Monte Carlo'
		)
	})
	.check(z.meta({ title: 'Effectwijzer scenario' }));

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioFile = z.output<typeof scenarioSchema>;
