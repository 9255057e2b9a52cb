import * as z from 'zod';
import { moneySchema } from './decimal';
import { sourceSchema } from './unit-cost';

export const priceIndexSchema = z
	.strictObject({
		id: z.string().min(1),
		label: z.string().min(1),
		base: z.string().min(1).meta({ description: 'e.g. "2015 = 100"' }),
		source: sourceSchema,
		values: z
			.record(z.string().regex(/^\d{4}$/, 'a four-digit year'), moneySchema)
			.refine((values) => Object.keys(values).length > 0, 'at least one year')
	})
	.meta({ title: 'Price index' });

export type PriceIndexEntry = z.output<typeof priceIndexSchema>;
