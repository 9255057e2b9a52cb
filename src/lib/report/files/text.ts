import { TERMS } from '../../i18n/terms';
import { defineWords } from '../../i18n/words';
import type { Breakdown, Dec, Domain, ScenarioResult, Totals } from '../../engine';
import {
	DISCOUNT_CONVENTION_LABELS,
	DOMAIN_LABELS,
	payerLabel,
	PROFESSION_LABELS
} from '../../i18n/labels';
import { formatHours, hoursRows } from '../../explain/hours';
import { payerRows } from '../../explain/payer-rows';
import { formatDecimal, formatMoney, formatPercent } from '../../format/money';
import type { Lang } from '../../i18n/lang';

const WORDS = defineWords({
	nl: {
		scenario: 'Scenario',
		assumptions: 'Uitgangspunten',
		priceYear: 'prijsjaar',
		rate: 'discontovoet',
		horizon: 'horizon',
		years: 'jaar',
		optimism: 'optimismecorrectie',
		on: 'aan',
		off: 'uit',
		headline: 'Resultaat',
		societal: TERMS.nl.societal.label,
		financial: 'Financieel (begroting)',
		costs: 'Investering (C)',
		benefits: 'Vermeden kosten (B)',
		npv: 'Netto contante waarde',
		bcr: 'Opbrengst per geïnvesteerde euro',
		payback: TERMS.nl.payback.label,
		notWithin: 'niet binnen de horizon',
		undefinedRatio: 'niet gedefinieerd (geen kosten)',
		transfers: 'Overdrachten (apart, niet in het maatschappelijk saldo)',
		hours: 'Uren professionele inzet (niet verdisconteerd)',
		hoursColumns: ['beroepsgroep', 'vermeden', 'ingezet'],
		byPayer: 'Per financier',
		byDomain: 'Per domein',
		byYear: 'Per jaar (maatschappelijk)',
		payer: 'financier',
		domain: 'domein',
		year: 'jaar',
		invests: 'investeert',
		saves: 'bespaart',
		net: 'saldo',
		cumulative: 'cumulatief (contant)',
		catalog: 'catalogus',
		index: 'prijsindex',
		forecast: 'PROGNOSE, geen bronwaarde',
		overridden: 'eigen cijfers in plaats van de catalogus',
		none: 'geen'
	},
	en: {
		scenario: 'Scenario',
		assumptions: 'Assumptions',
		priceYear: 'price year',
		rate: 'discount rate',
		horizon: 'horizon',
		years: 'years',
		optimism: 'optimism correction',
		on: 'on',
		off: 'off',
		headline: 'Result',
		societal: TERMS.en.societal.label,
		financial: TERMS.en.financial.label,
		costs: 'Investment (C)',
		benefits: 'Costs avoided (B)',
		npv: 'Net present value',
		bcr: 'Return per euro invested',
		payback: TERMS.en.payback.label,
		notWithin: 'not within the horizon',
		undefinedRatio: 'undefined (no costs)',
		transfers: 'Transfers (apart, not in the societal balance)',
		hours: 'Hours of professional time (not discounted)',
		hoursColumns: ['profession', 'avoided', 'spent'],
		byPayer: 'By payer',
		byDomain: 'By domain',
		byYear: 'By year (societal)',
		payer: 'payer',
		domain: 'domain',
		year: 'year',
		invests: 'invests',
		saves: 'saves',
		net: 'net',
		cumulative: 'cumulative (present)',
		catalog: 'catalog',
		index: 'price index',
		forecast: 'FORECAST, not a source figure',
		overridden: 'own figures instead of the catalog',
		none: 'none'
	}
});

/** Pads columns: text left-aligned, figures (by default every column but the first) right-aligned. */
export function alignColumns(
	rows: readonly (readonly string[])[],
	isFigure: (column: number) => boolean = (column) => column > 0
): string[] {
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
	return rows.map((row) =>
		row
			.map((cell, i) => (isFigure(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
			.join('  ')
			.trimEnd()
	);
}

function ratio(bcr: Dec | null, lang: Lang): string {
	return bcr === null ? WORDS[lang].undefinedRatio : formatMoney(bcr, lang);
}

function headline(result: ScenarioResult, lang: Lang): string[] {
	const w = WORDS[lang];
	const row = (label: string, pick: (t: Totals) => string) => [
		label,
		pick(result.total.societal),
		pick(result.total.financial)
	];
	const payback = (year: number | null) => (year === null ? w.notWithin : String(year));
	return alignColumns([
		['', w.societal, w.financial],
		row(w.costs, (t) => formatMoney(t.costs, lang)),
		row(w.benefits, (t) => formatMoney(t.benefits, lang)),
		row(w.npv, (t) => formatMoney(t.npv, lang)),
		row(w.bcr, (t) => ratio(t.bcr, lang)),
		[w.payback, payback(result.payback.societal), payback(result.payback.financial)]
	]);
}

const savesOf = (b: Breakdown) => b.societal.benefits.plus(b.transfers);

function slice(
	labelled: { label: string; breakdown: Breakdown }[],
	header: string,
	lang: Lang
): string[] {
	const w = WORDS[lang];
	const rows = labelled.map(({ label, breakdown: b }) => {
		const saves = savesOf(b);
		const invests = b.societal.costs;
		return [
			label,
			formatMoney(invests, lang),
			formatMoney(saves, lang),
			formatMoney(saves.minus(invests), lang)
		];
	});
	return alignColumns([[header, w.invests, w.saves, w.net], ...rows]);
}

/** The payers with the municipality's and the state's totals, their budgets indented beneath. */
const payerLines = (result: ScenarioResult, lang: Lang) =>
	payerRows(result, (b) => savesOf(b).minus(b.societal.costs)).map(({ key, level, breakdown }) => ({
		label: `${level === 'part' ? '  ' : ''}${payerLabel(key)[lang]}`,
		breakdown
	}));

/** The hours per profession, avoided and spent, under a heading; nothing where no line has hours. */
function hoursLines(result: ScenarioResult, lang: Lang): string[] {
	const w = WORDS[lang];
	const rows = hoursRows(result.professionalTime);
	if (rows.length === 0) return [];
	return [
		'',
		w.hours,
		...alignColumns([
			w.hoursColumns,
			...rows.map((row) => [
				PROFESSION_LABELS[row.profession][lang],
				formatHours(row.avoided, lang),
				formatHours(row.spent, lang)
			])
		])
	];
}

/** The result as a plain-text report for a terminal, Dutch or English. */
export function resultText(result: ScenarioResult, label: string, lang: Lang): string {
	const w = WORDS[lang];
	const a = result.assumptions;
	const years = alignColumns([
		[w.year, w.invests, w.saves, w.net, w.cumulative],
		...result.byYear.map((row) => [
			String(row.year),
			formatMoney(row.societal.costs, lang),
			formatMoney(row.societal.benefits, lang),
			formatMoney(row.societal.net, lang),
			formatMoney(row.societal.cumulativePresentNet, lang)
		])
	]);
	const { provenance } = result;
	const forecast = provenance.forecast
		? ` — ${w.forecast}: ${provenance.forecast.years.join(', ')} (${provenance.forecast.label})`
		: '';
	const overridden = provenance.overriddenUnitCosts.join(', ') || w.none;
	return [
		`${w.scenario}: ${label}`,
		`${w.catalog} ${provenance.catalogVersion ?? '—'}; ${w.index}: ${provenance.priceIndex.source}${forecast}`,
		`${w.overridden}: ${overridden}`,
		`${w.assumptions}: ${w.priceYear} ${a.priceYear}; ${w.rate} ${formatPercent(a.discountRate, lang)} (${DISCOUNT_CONVENTION_LABELS[a.discountConvention].short[lang]}); ${w.horizon} ${a.horizonYears} ${w.years}; ${w.optimism} ${a.optimism.enabled ? `${w.on} (${a.optimism.table.map((f) => formatDecimal(f.times(100), lang, 0)).join('/')}%)` : w.off}`,
		'',
		`${w.headline}`,
		...headline(result, lang),
		`${w.transfers}: ${formatMoney(result.total.transfers, lang)}`,
		...hoursLines(result, lang),
		'',
		w.byPayer,
		...slice(payerLines(result, lang), w.payer, lang),
		'',
		w.byDomain,
		...slice(
			(Object.entries(result.byDomain) as [Domain, Breakdown][]).map(([key, breakdown]) => ({
				label: DOMAIN_LABELS[key][lang],
				breakdown
			})),
			w.domain,
			lang
		),
		'',
		w.byYear,
		...years,
		''
	].join('\n');
}
