import type { ScenarioResult } from '../engine';
import { roundHalfEven } from '../format/money';
import type { Lang } from '../i18n/lang';
import { figureRows } from './rows';
import { csvLine } from '../csv/csv';

/**
 * The result as CSV in long form (section, key, label, measure, value): money rounded half-even to
 * cents, ratios to four decimals, an undefined ratio left empty. Decimal point, for spreadsheets.
 */
export function resultCsv(result: ScenarioResult, lang: Lang): string {
	const lines = [csvLine(['section', 'key', 'label', 'measure', 'value'])];
	for (const row of figureRows(result, lang)) {
		const places = row.measure.endsWith('bcr') ? 4 : 2;
		const value = row.value === null ? '' : roundHalfEven(row.value, places);
		lines.push(csvLine([row.section, row.key, row.label, row.measure, value]));
	}
	return lines.join('\r\n') + '\r\n';
}
