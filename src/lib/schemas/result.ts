import * as z from 'zod/mini';
import {
	DISCOUNT_CONVENTIONS,
	lineYears,
	PAYER_GROUPS,
	type PayerGroup,
	type ScenarioResult
} from '../engine';
import { decimalOut } from './decimal';
import {
	domainSchema,
	gradeSchema,
	payerSchema,
	professionSchema,
	textSchema,
	valueTypeSchema
} from './unit-cost';

const payerGroupSchema = z.enum(Object.keys(PAYER_GROUPS) as [PayerGroup, ...PayerGroup[]]);

const totalsSchema = z.strictObject({
	costs: decimalOut,
	benefits: decimalOut,
	npv: decimalOut,
	bcr: z
		.nullable(decimalOut)
		.check(z.meta({ description: 'null where costs are 0: undefined, not infinite' }))
});

const breakdownSchema = z.strictObject({
	societal: totalsSchema,
	financial: totalsSchema,
	transfers: decimalOut,
	lineIds: z.array(z.string())
});

const yearFiguresSchema = z.strictObject({
	costs: decimalOut,
	benefits: decimalOut,
	net: decimalOut,
	presentNet: decimalOut,
	cumulativePresentNet: decimalOut
});

const lineSchema = z.strictObject({
	id: z.string(),
	caseId: z.string(),
	path: z.string(),
	kind: z.enum(['cost', 'effect']),
	label: z.string(),
	payer: payerSchema,
	domain: domainSchema,
	valueType: valueTypeSchema,
	unitCost: z.strictObject({
		id: z.string(),
		label: textSchema,
		unit: z.string(),
		amount: decimalOut,
		priceYear: z.int(),
		indexedAmount: decimalOut,
		faceValue: z.boolean(),
		source: z.string(),
		grade: gradeSchema,
		overridden: z.boolean()
	}),
	grade: gradeSchema,
	factors: z.array(z.strictObject({ name: z.string(), value: decimalOut })),
	chain: z.optional(
		z.strictObject({
			ancestors: z.array(z.string()),
			probabilityWithout: decimalOut,
			probabilityWith: decimalOut
		})
	),
	startYear: z.int(),
	durationYears: z.int(),
	dropOff: decimalOut,
	firstYearAmount: decimalOut,
	years: z
		.array(decimalOut)
		.check(z.meta({ description: 'Undiscounted amount per year, one household' })),
	presentValue: decimalOut,
	count: decimalOut,
	weightedPresentValue: decimalOut,
	counted: z.boolean(),
	excludedBecause: z.optional(z.enum(['overlap', 'volunteer-not-valued', 'social-not-valued'])),
	overlapKeptId: z.optional(z.string())
});

const hoursByProfessionSchema = z.record(
	professionSchema,
	z.optional(z.strictObject({ spent: decimalOut, avoided: decimalOut }))
);

const professionalTimeSchema = z
	.strictObject({
		total: hoursByProfessionSchema,
		byPayer: z.record(payerSchema, z.optional(hoursByProfessionSchema)),
		byYear: z.array(z.strictObject({ year: z.int(), hours: hoursByProfessionSchema })),
		lines: z.array(
			z.strictObject({
				lineId: z.string(),
				caseId: z.string(),
				kind: z.enum(['cost', 'effect']),
				payer: payerSchema,
				profession: professionSchema,
				perUnit: decimalOut,
				firstYearUnits: decimalOut,
				hours: decimalOut,
				source: z.string()
			})
		)
	})
	.check(
		z.meta({
			description:
				'Hours of professional work spent (cost lines) and avoided (effects), by profession; never discounted'
		})
	);

export const resultSchema = z
	.strictObject({
		scenarioId: z.string(),
		assumptions: z.strictObject({
			priceYear: z.int(),
			discountRate: decimalOut,
			discountConvention: z.enum(DISCOUNT_CONVENTIONS),
			horizonYears: z.int(),
			optimism: z.strictObject({ enabled: z.boolean(), table: z.readonly(z.array(decimalOut)) }),
			valueVolunteerTime: z.boolean(),
			valueSocialEffects: z.boolean()
		}),
		provenance: z.strictObject({
			catalogVersion: z.nullable(z.string()),
			priceIndex: z.strictObject({ id: z.string(), source: z.string() }),
			forecast: z.nullable(z.strictObject({ label: z.string(), years: z.array(z.int()) })),
			overriddenUnitCosts: z.array(z.string())
		}),
		total: breakdownSchema,
		payback: z.strictObject({ societal: z.nullable(z.int()), financial: z.nullable(z.int()) }),
		byPayer: z.record(payerSchema, z.optional(breakdownSchema)),
		byPayerGroup: z
			.record(payerGroupSchema, z.optional(breakdownSchema))
			.check(
				z.meta({ description: 'gemeente: every gemeente-* payer summed; rijk: every rijk-*' })
			),
		byDomain: z.record(domainSchema, z.optional(breakdownSchema)),
		byValueType: z.record(valueTypeSchema, z.optional(breakdownSchema)),
		byCase: z.array(
			z.extend(breakdownSchema, {
				caseId: z.string(),
				label: z.string(),
				count: decimalOut,
				perHousehold: z.strictObject({
					societal: totalsSchema,
					financial: totalsSchema,
					transfers: decimalOut
				})
			})
		),
		byYear: z.array(
			z.strictObject({
				year: z.int(),
				discountFactor: decimalOut,
				societal: yearFiguresSchema,
				financial: yearFiguresSchema
			})
		),
		professionalTime: professionalTimeSchema,
		lines: z.array(lineSchema)
	})
	.check(z.meta({ title: 'Effectwijzer result' }));

export type ResultJson = z.input<typeof resultSchema>;

/** A result as plain JSON, every Decimal as an exact decimal string. */
export function encodeResult(result: ScenarioResult): ResultJson {
	const { horizonYears } = result.assumptions;
	const lines = result.lines.map((line) => ({ ...line, years: lineYears(line, horizonYears) }));
	return z.encode(resultSchema, { ...result, lines } as z.output<typeof resultSchema>);
}
