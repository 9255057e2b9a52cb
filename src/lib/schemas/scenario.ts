import * as z from 'zod';
import { DISCOUNT_CONVENTIONS } from '../engine';
import { decimalSchema } from './decimal';
import { priceIndexSchema } from './price-index';
import { gradeSchema, idSchema, payerSchema, unitCostSchema } from './unit-cost';

export const SCENARIO_FORMAT = 'effectwijzer-scenario/1';

const fraction = (description: string) => decimalSchema.optional().meta({ description });
const year = z.int().min(0).max(100);
const duration = z.int().min(1).max(100).default(1);

const adjustmentFields = {
	deadweight: fraction('Share that would have happened anyway, 0–1 (default 0)'),
	attribution: fraction('Share owed to others, 0–1 (default 0)'),
	displacement: fraction('Share that merely moves elsewhere, 0–1 (default 0)'),
	dropOff: fraction('Yearly fading after the first year, 0–1 (default 0)')
};

export const costLineSchema = z.strictObject({
	id: idSchema,
	label: z.string().min(1),
	unitCostId: idSchema,
	quantity: decimalSchema,
	year: year.default(0),
	durationYears: duration,
	sharedBy: decimalSchema
		.optional()
		.meta({ description: 'Participants a collective cost is shared over' }),
	volunteer: z.boolean().default(false),
	payer: payerSchema.optional()
});

export const cohortSchema = z.strictObject({
	participants: decimalSchema,
	engagementRate: decimalSchema,
	successRate: decimalSchema
});

export const effectSchema = z.strictObject({
	id: idSchema,
	label: z.string().min(1),
	unitCostId: idSchema,
	quantity: decimalSchema.meta({ description: 'Per year while it lasts' }),
	probabilityWithout: decimalSchema.meta({ description: 'p: chance without the intervention' }),
	probabilityWith: fraction("p': chance with the intervention (default 0)"),
	startYear: year.default(0),
	durationYears: duration,
	...adjustmentFields,
	evidenceGrade: gradeSchema.optional(),
	parentId: idSchema.optional().meta({ description: 'The effect this one follows from' }),
	overlapGroup: z.string().min(1).optional(),
	cohort: cohortSchema.optional(),
	payer: payerSchema.optional()
});

const eventFields = {
	id: idSchema,
	label: z.string().min(1),
	month: z.int().min(0).max(1200).meta({ description: 'Months from the start of the case' }),
	unitCostId: idSchema,
	quantity: decimalSchema,
	durationYears: duration,
	payer: payerSchema.optional()
};

export const interventionEventSchema = z.strictObject({
	...eventFields,
	kind: z.enum(['support', 'event']).default('support'),
	sharedBy: decimalSchema.optional(),
	volunteer: z.boolean().default(false)
});

export const referenceEventSchema = z.strictObject({
	...eventFields,
	probability: fraction('Chance it would have happened, 0–1 (default 1)'),
	probabilityWith: fraction('Chance it still happens with the intervention, 0–1 (default 0)'),
	cohort: cohortSchema.optional(),
	parentId: idSchema.optional(),
	overlapGroup: z.string().min(1).optional(),
	...adjustmentFields,
	evidenceGrade: gradeSchema.optional()
});

export const caseSchema = z.strictObject({
	id: idSchema,
	label: z.string().min(1),
	description: z.string().optional(),
	count: decimalSchema.prefault(1).meta({ description: 'Households this case stands for' }),
	costs: z.array(costLineSchema).default([]),
	effects: z.array(effectSchema).default([]),
	timelines: z
		.strictObject({
			intervention: z.array(interventionEventSchema).default([]),
			reference: z.array(referenceEventSchema).default([])
		})
		.optional()
});

/** A portfolio: the cases of, say, one organisation's year, each with its count. */
export const portfolioSchema = z.array(caseSchema).min(1);

export const assumptionsSchema = z.strictObject({
	priceYear: z.int().min(1990).max(2100),
	discountRatePct: decimalSchema
		.prefault(2.25)
		.meta({ description: 'Real rate in %, default 2.25' }),
	discountConvention: z.enum(DISCOUNT_CONVENTIONS).default('year-0'),
	horizonYears: z.int().min(1).max(100),
	optimism: z
		.strictObject({
			enabled: z.boolean().default(true),
			tablePct: z
				.tuple([decimalSchema, decimalSchema, decimalSchema, decimalSchema, decimalSchema])
				.prefault([0, 10, 20, 30, 40])
				.meta({ description: 'Correction in % for confidence grades 1..5' })
		})
		.prefault({}),
	valueVolunteerTime: z.boolean().default(false),
	valueSocialEffects: z.boolean().default(true)
});

const bound = decimalSchema;
export const distributionSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('triangular'), low: bound, mode: bound, high: bound }),
	z.strictObject({ kind: z.literal('pert'), low: bound, mode: bound, high: bound }),
	z.strictObject({ kind: z.literal('uniform'), low: bound, high: bound }),
	z.strictObject({ kind: z.literal('beta'), alpha: bound, beta: bound })
]);

export const uncertainInputSchema = z.strictObject({
	input: z.string().min(1).meta({
		description:
			'unitCost:ID, effect:CASE/EFFECT:FIELD, event:CASE/EVENT:FIELD or assumption:discountRate'
	}),
	distribution: distributionSchema
});

export const scenarioSchema = z
	.strictObject({
		$schema: z.string().optional(),
		format: z.literal(SCENARIO_FORMAT),
		id: idSchema,
		label: z.string().min(1),
		description: z.string().optional(),
		catalogVersion: z.string().optional().meta({ description: 'Catalog version priced with' }),
		assumptions: assumptionsSchema,
		unitCosts: z
			.array(unitCostSchema)
			.default([])
			.meta({ description: 'Own unit costs; an id already in the catalog overrides it' }),
		priceIndex: priceIndexSchema.optional().meta({ description: 'Replaces the CBS CPI' }),
		priceIndexForecast: z
			.strictObject({
				label: z.string().min(1).meta({ description: 'Whose forecast, shown wherever it is used' }),
				yearlyChangePct: z.record(z.string().regex(/^\d{4}$/, 'a four-digit year'), decimalSchema)
			})
			.optional()
			.meta({
				description: 'Yearly % changes for the years after the index ends, labelled in every report'
			}),
		cases: portfolioSchema,
		uncertainty: z
			.array(uncertainInputSchema)
			.default([])
			.meta({ description: 'Inputs that carry a distribution, for Monte Carlo' })
	})
	.meta({ title: 'Effectwijzer scenario' });

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioFile = z.output<typeof scenarioSchema>;
