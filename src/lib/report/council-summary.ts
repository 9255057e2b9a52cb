import type { Dec } from '../engine';
import { formatDecimal, formatMoney } from '../format/money';
import { payerLabel } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import type { YearSummary } from '../portfolio/types';
import { payerRows } from '../explain/payer-rows';

/**
 * "Samenvatting voor bestuurders": what the year's report says, in four plain sentences for a
 * council member: what was invested and for how many households, what it avoided and for whom,
 * what it means for the municipality's own budget, and how sure the figures are.
 */
export function councilSummary(
	report: Pick<YearSummary, 'year' | 'summary' | 'households' | 'savedCases' | 'evidence'>,
	organisation: string,
	lang: Lang
): string[] {
	const { total } = report.summary;
	const euros = (value: Dec) => formatMoney(value, lang);
	const savers = payerRows(report.summary, (b) => b.societal.benefits)
		.filter((row) => row.level !== 'part' && row.breakdown.societal.benefits.gt(0))
		.slice(0, 2)
		.map((row) => {
			const name = IN_A_SENTENCE[row.key]?.[lang] ?? payerLabel(row.key)[lang];
			return { name, amount: euros(row.breakdown.societal.benefits) };
		});
	const municipal = report.summary.byPayerGroup.gemeente;
	const sure = shares(report, lang);
	const households = formatDecimal(report.households, lang, 0);
	const ratio = total.societal.bcr === null ? null : formatMoney(total.societal.bcr, lang);
	return lang === 'nl'
		? [
				`In ${report.year} hielp ${organisation} ${households} huishoudens, in ${report.savedCases} geregistreerde casussen. Daarvoor is ${euros(total.societal.costs)} geïnvesteerd.`,
				`Daarmee is naar schatting ${euros(total.societal.benefits)} aan kosten voorkomen${savers.length ? `, waarvan ${savers.map((s) => `${s.amount} bij ${s.name}`).join(' en ')}` : ''}.${ratio ? ` Elke geïnvesteerde euro levert maatschappelijk ${ratio} op.` : ''}`,
				municipal
					? `Voor de begroting van de gemeente als geheel is het saldo ${euros(municipal.financial.npv)}.`
					: 'De gemeentebegroting investeert noch bespaart in deze casussen.',
				`Hoe zeker: ${sure}`
			]
		: [
				`In ${report.year}, ${organisation} helped ${households} households, in ${report.savedCases} registered cases, investing ${euros(total.societal.costs)}.`,
				`This avoided an estimated ${euros(total.societal.benefits)} in costs${savers.length ? `, of which ${savers.map((s) => `${s.amount} for ${s.name}`).join(' and ')}` : ''}.${ratio ? ` Each euro invested returns ${ratio} to society.` : ''}`,
				municipal
					? `For the municipality's budget as a whole, the balance is ${euros(municipal.financial.npv)}.`
					: 'The municipal budget neither invests nor saves in these cases.',
				`How sure: ${sure}`
			];
}

/** How a public body's total reads inside a sentence; any other payer by its own label. */
const IN_A_SENTENCE: Record<string, Record<Lang, string>> = {
	gemeente: { nl: 'de gemeente als geheel', en: 'the municipality as a whole' },
	rijk: { nl: 'het Rijk als geheel', en: 'the state as a whole' }
};

function shares(report: Pick<YearSummary, 'evidence'>, lang: Lang): string {
	const { strong, fair, rough } = report.evidence;
	const all = strong.plus(fair).plus(rough);
	if (all.isZero())
		return lang === 'nl'
			? 'er zijn geen vermeden kosten geschat.'
			: 'no costs avoided were estimated.';
	const pct = (part: Dec) => `${formatDecimal(part.dividedBy(all).times(100), lang, 0)}%`;
	return lang === 'nl'
		? `${pct(strong)} van de vermeden kosten rust op gemeten gegevens of landelijke bronnen, ${pct(fair)} op onderbouwde schattingen en ${pct(rough)} op ruwe schattingen; hoe ruwer, hoe meer er al vanaf is gehaald (tot 40%).`
		: `${pct(strong)} of the costs avoided rests on measured data or national sources, ${pct(fair)} on sound estimates and ${pct(rough)} on rough estimates; the rougher, the more has already been taken off (up to 40%).`;
}
