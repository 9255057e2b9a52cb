import * as z from 'zod/mini';
import { moneySchema } from './decimal';
import { sourceSchema } from './unit-cost';

export const priceIndexSchema = z
	.strictObject({
		id: z.string().check(z.minLength(1)),
		label: z.string().check(z.minLength(1)),
		base: z.string().check(z.minLength(1), z.meta({ description: 'e.g. "2015 = 100"' })),
		source: sourceSchema,
		values: z
			.record(z.string().check(z.regex(/^\d{4}$/, 'a four-digit year')), moneySchema)
			.check(z.refine((values) => Object.keys(values).length > 0, 'at least one year'))
	})
	.check(z.meta({ title: 'Price index' }));

export type PriceIndexEntry = z.output<typeof priceIndexSchema>;
