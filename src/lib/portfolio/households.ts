import { D, type Dec } from '../engine';
import { formatDecimal } from '../format/money';
import type { Lang } from '../i18n/lang';
import type { ScenarioInput } from '../schemas/scenario';

/** How many households a saved case stands for: its cases' counts times how often it occurred. */
export interface Households {
	/** The households of one occurrence: the sum of the counts of its cases. */
	perTime: Dec;
	times: number;
	total: Dec;
}

export function households(
	scenario: { cases: readonly Pick<ScenarioInput['cases'][number], 'count'>[] },
	times: number
): Households {
	const perTime = scenario.cases.reduce((sum, c) => sum.plus(new D(c.count ?? 1)), new D(0));
	return { perTime, times, total: perTime.times(times) };
}

const plain = (value: Dec, lang: Lang) =>
	formatDecimal(value, lang, Math.min(value.decimalPlaces(), 2));

/**
 * The count as every page says it: "125" where it was entered once, "25 × 5 = 125" where a
 * type of 25 households occurred 5 times, so nobody wonders where 125 came from.
 */
export function householdsText({ perTime, times, total }: Households, lang: Lang): string {
	if (times === 1 || perTime.eq(1)) return plain(total, lang);
	return `${plain(perTime, lang)} × ${times} = ${plain(total, lang)}`;
}
