import * as z from 'zod/mini';
import { moneyIn } from './decimal';
import { EMPTY_ISSUE, lineText, yearKey } from './text';
import { sourceSchema } from './unit-cost';

export const priceIndexSchema = z
	.strictObject({
		id: lineText(100),
		label: lineText(),
		base: lineText(100).check(z.meta({ description: 'e.g. "2015 = 100"' })),
		source: sourceSchema,
		values: z
			.record(yearKey, moneyIn(0, 100_000))
			.check(z.refine((values) => Object.keys(values).length > 0, { error: EMPTY_ISSUE }))
	})
	.check(z.meta({ title: 'Price index' }));

export type PriceIndexEntry = z.output<typeof priceIndexSchema>;
