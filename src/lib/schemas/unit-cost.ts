import * as z from 'zod';
import { CONFIDENCE_GRADES, DOMAINS, PAYERS, VALUE_TYPES } from '../engine';
import { moneySchema } from './decimal';

export const idSchema = z
	.string()
	.regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, dot, dash or underscore')
	.max(80);
export const payerSchema = z.enum(PAYERS);
export const domainSchema = z.enum(DOMAINS);
export const valueTypeSchema = z.enum(VALUE_TYPES);
export const gradeSchema = z.union(CONFIDENCE_GRADES.map((grade) => z.literal(grade)));
export const textSchema = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) });

export const sourceSchema = z.strictObject({
	title: z.string().min(1),
	publisher: z.string().min(1),
	year: z.int().min(1900).max(2100),
	locator: z.string().optional().meta({ description: 'Table, page or variable in the source' }),
	url: z.url().optional()
});

export const SOURCE_STATUSES = ['read', 'read-second-hand', 'derived', 'own-data'] as const;

export const unitCostSchema = z
	.strictObject({
		id: idSchema,
		label: textSchema,
		synonyms: z
			.array(z.string().min(1).max(80))
			.max(30)
			.optional()
			.meta({ description: 'Other words people use for it, in Dutch or English, for search' }),
		amount: moneySchema.meta({ description: 'Euros per unit, as a decimal string' }),
		unit: z.string().min(1),
		priceYear: z.int().min(1990).max(2100),
		payer: payerSchema,
		domain: domainSchema,
		valueType: valueTypeSchema,
		grade: gradeSchema.meta({ description: 'Confidence grade: 1 strong … 5 a guess' }),
		low: moneySchema.optional(),
		high: moneySchema.optional(),
		source: sourceSchema,
		status: z.enum(SOURCE_STATUSES),
		note: z.string().optional()
	})
	.meta({ title: 'Unit cost (kengetal)' });

export type UnitCostInput = z.input<typeof unitCostSchema>;
export type UnitCostEntry = z.output<typeof unitCostSchema>;

export function citation(source: z.output<typeof sourceSchema>): string {
	const locator = source.locator ? `, ${source.locator}` : '';
	return `${source.publisher} (${source.year}), ${source.title}${locator}`;
}
