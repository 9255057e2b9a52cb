import * as z from 'zod/mini';
import { DISCOUNT_CONVENTIONS } from '../engine';
import { decimalSchema } from './decimal';
import { priceIndexSchema } from './price-index';
import { gradeSchema, idSchema, payerSchema, unitCostSchema } from './unit-cost';

// zod/mini: the same schema language as zod, as functions, so that a page carries only the
// parts it uses (the calculator checks every keystroke in the browser).

export const SCENARIO_FORMAT = 'effectwijzer-scenario/1';

const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
	schema.check(z.meta({ description }));
const text = () => z.string().check(z.minLength(1));
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
	quantity: decimalSchema,
	year,
	durationYears: duration,
	sharedBy: described(z.optional(decimalSchema), 'Participants a collective cost is shared over'),
	volunteer: withDefault(z.boolean(), false),
	payer: z.optional(payerSchema)
});

export const cohortSchema = z.strictObject({
	participants: decimalSchema,
	engagementRate: decimalSchema,
	successRate: decimalSchema
});

export const effectSchema = z.strictObject({
	id: idSchema,
	label: text(),
	unitCostId: idSchema,
	quantity: described(decimalSchema, 'Per year while it lasts'),
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
	quantity: decimalSchema,
	durationYears: duration,
	payer: z.optional(payerSchema)
};

export const interventionEventSchema = z.strictObject({
	...eventFields,
	kind: withDefault(z.enum(['support', 'event']), 'support'),
	sharedBy: z.optional(decimalSchema),
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
	description: z.optional(z.string()),
	count: described(z.prefault(decimalSchema, 1), 'Households this case stands for'),
	costs: withDefault(z.array(costLineSchema), []),
	effects: withDefault(z.array(effectSchema), []),
	timelines: z.optional(
		z.strictObject({
			intervention: withDefault(z.array(interventionEventSchema), []),
			reference: withDefault(z.array(referenceEventSchema), [])
		})
	)
});

/** A portfolio: the cases of, say, one organisation's year, each with its count. */
export const portfolioSchema = z.array(caseSchema).check(z.minLength(1));

export const assumptionsSchema = z.strictObject({
	priceYear: whole(1990, 2100),
	discountRatePct: described(z.prefault(decimalSchema, 2.25), 'Real rate in %, default 2.25'),
	discountConvention: withDefault(z.enum(DISCOUNT_CONVENTIONS), 'year-0'),
	horizonYears: whole(1, 100),
	optimism: z.prefault(
		z.strictObject({
			enabled: withDefault(z.boolean(), true),
			tablePct: described(
				z.prefault(
					z.tuple([decimalSchema, decimalSchema, decimalSchema, decimalSchema, decimalSchema]),
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

const bound = decimalSchema;
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

const fourDigitYear = z.string().check(z.regex(/^\d{4}$/, 'a four-digit year'));

export const scenarioSchema = z
	.strictObject({
		$schema: z.optional(z.string()),
		format: z.literal(SCENARIO_FORMAT),
		id: idSchema,
		label: text(),
		description: z.optional(z.string()),
		catalogVersion: described(z.optional(z.string()), 'Catalog version priced with'),
		assumptions: assumptionsSchema,
		unitCosts: described(
			withDefault(z.array(unitCostSchema), []),
			'Own unit costs; an id already in the catalog overrides it'
		),
		priceIndex: described(z.optional(priceIndexSchema), 'Replaces the CBS CPI'),
		priceIndexForecast: described(
			z.optional(
				z.strictObject({
					label: described(text(), 'Whose forecast, shown wherever it is used'),
					yearlyChangePct: z.record(fourDigitYear, decimalSchema)
				})
			),
			'Yearly % changes for the years after the index ends, labelled in every report'
		),
		cases: portfolioSchema,
		uncertainty: described(
			withDefault(z.array(uncertainInputSchema), []),
			'Inputs that carry a distribution, for Monte Carlo'
		)
	})
	.check(z.meta({ title: 'Effectwijzer scenario' }));

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioFile = z.output<typeof scenarioSchema>;
