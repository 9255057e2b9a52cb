import * as z from 'zod/mini';
import { CONFIDENCE_GRADES, DOMAINS, PAYERS, PROFESSIONS, VALUE_TYPES } from '../engine';
import { decimalIn, moneyIn, ORDER_ISSUE } from './decimal';
import { ID_ISSUE, lineText, notAFormula, paragraphText, webAddress } from './text';

/** A text of a catalog entry: on one line, and never what a spreadsheet would run as a formula. */
const text = (max = 200) => lineText(max).check(notAFormula);
/** No unit cost in the catalog comes near it; an amount beyond it is a slip. */
export const MAX_UNIT_COST = 100_000_000;
const amount = () => moneyIn(0, MAX_UNIT_COST);
const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
	schema.check(z.meta({ description }));

export const idSchema = z
	.string()
	.check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, { error: ID_ISSUE }), z.maxLength(80));
export const payerSchema = z.enum(PAYERS);
export const domainSchema = z.enum(DOMAINS);
export const valueTypeSchema = z.enum(VALUE_TYPES);
export const gradeSchema = z.union(CONFIDENCE_GRADES.map((grade) => z.literal(grade)));
export const textSchema = z.strictObject({ nl: text(), en: text() });
const paragraph = () => paragraphText().check(notAFormula);
/** A note in both languages; an organisation's own note is one text, in the language it was typed in. */
export const noteSchema = z.union([
	paragraph(),
	z.strictObject({ nl: paragraph(), en: paragraph() })
]);
export const professionSchema = z.enum(PROFESSIONS);
const year = (from: number) => z.int().check(z.minimum(from), z.maximum(2100));

export const sourceSchema = z.strictObject({
	title: text(300),
	publisher: text(),
	year: year(1900),
	locator: described(z.optional(text()), 'Table, page or variable in the source'),
	url: described(z.optional(webAddress), 'http or https only')
});

/** No unit stands for more work than a year of full-time work a hundred times over. */
const MAX_HOURS = 200_000;

/** The professional work one unit stands for (docs/method.md, "Professional time"). */
export const professionalHoursSchema = z.strictObject({
	profession: professionSchema,
	hours: described(decimalIn(0, MAX_HOURS), 'Hours of this work one unit stands for'),
	source: described(
		z.optional(sourceSchema),
		"Where the hours come from, if not from the unit cost's own source"
	)
});

export const SOURCE_STATUSES = ['read', 'read-second-hand', 'derived', 'own-data'] as const;

export const unitCostSchema = z
	.strictObject({
		id: idSchema,
		label: textSchema,
		synonyms: described(
			z.optional(z.array(text(80)).check(z.maxLength(30))),
			'Other words people use for it, in Dutch or English, for search'
		),
		amount: described(amount(), 'Euros per unit, as a decimal string'),
		unit: text(80),
		priceYear: year(1990),
		payer: payerSchema,
		domain: domainSchema,
		valueType: valueTypeSchema,
		grade: described(gradeSchema, 'Confidence grade: 1 strong … 5 a guess'),
		faceValue: described(
			z.optional(z.boolean()),
			'An amount per euro or a statutory share: the same in every price year, never indexed'
		),
		low: z.optional(amount()),
		high: z.optional(amount()),
		source: sourceSchema,
		status: z.enum(SOURCE_STATUSES),
		note: z.optional(noteSchema),
		hours: described(
			z.optional(z.array(professionalHoursSchema).check(z.maxLength(PROFESSIONS.length))),
			'Hours of professional work one unit stands for, by profession'
		)
	})
	.check(
		(context) => {
			const { low, high } = context.value;
			if (low && high && low.gt(high))
				context.issues.push({
					code: 'custom',
					message: ORDER_ISSUE,
					input: low.toString(),
					path: ['low'],
					params: { high: high.toString() }
				});
		},
		z.meta({ title: 'Unit cost (kengetal)' })
	);

export type UnitCostInput = z.input<typeof unitCostSchema>;
export type UnitCostEntry = z.output<typeof unitCostSchema>;

export function citation(source: z.output<typeof sourceSchema>): string {
	const locator = source.locator ? `, ${source.locator}` : '';
	return `${source.publisher} (${source.year}), ${source.title}${locator}`;
}
