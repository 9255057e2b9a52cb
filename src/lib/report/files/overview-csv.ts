import type { Breakdown, Dec, Domain, Payer, PayerGroup } from '../../engine';
import { roundHalfEven } from '../../format/money';
import { DOMAIN_LABELS, payerLabel } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import type { FunderOverview, Sums } from '../../portfolio/overview';
import { csvLine } from '../../csv/csv';
import type { CsvDialect } from './result-csv';

/**
 * A funder's overview as CSV in long form, one figure a row, for each provider and for all of
 * them together: `standard` with codes for programs, `excel-nl` with Dutch words, semicolons,
 * decimal commas and a byte-order mark, as a report's CSV.
 */

interface Figure {
	provider: string;
	version: string;
	section: 'total' | 'payer' | 'payerGroup' | 'domain';
	key: string;
	label: string;
	measure: string;
	value: Dec;
}

const WORDS = {
	nl: {
		head: ['Aanbieder', 'Versie', 'Onderdeel', 'Omschrijving', 'Maat', 'Waarde'],
		together: 'Alle aanbieders samen',
		total: 'Totaal',
		section: {
			total: 'Totaal',
			payer: 'Per financier',
			payerGroup: 'Per overheid, totaal',
			domain: 'Per domein'
		},
		measure: {
			'societal.costs': 'Maatschappelijk: investering',
			'societal.benefits': 'Maatschappelijk: vermeden kosten',
			'societal.npv': 'Maatschappelijk: netto contante waarde',
			'financial.npv': 'Financieel: netto contante waarde'
		} as Record<string, string>
	},
	en: {
		head: ['Provider', 'Version', 'Part', 'What', 'Measure', 'Value'],
		together: 'All providers together',
		total: 'Total',
		section: {
			total: 'Total',
			payer: 'By payer',
			payerGroup: 'By public body, total',
			domain: 'By domain'
		},
		measure: {
			'societal.costs': 'Societal: investment',
			'societal.benefits': 'Societal: costs avoided',
			'societal.npv': 'Societal: net present value',
			'financial.npv': 'Financial: net present value'
		} as Record<string, string>
	}
};

const MEASURES: [string, (b: Breakdown) => Dec][] = [
	['societal.costs', (b) => b.societal.costs],
	['societal.benefits', (b) => b.societal.benefits],
	['societal.npv', (b) => b.societal.npv],
	['financial.npv', (b) => b.financial.npv]
];

function figures(provider: string, version: string, sums: Sums, lang: Lang): Figure[] {
	const rows: Figure[] = [];
	const add = (section: Figure['section'], key: string, label: string, b: Breakdown) => {
		for (const [measure, pick] of MEASURES)
			rows.push({ provider, version, section, key, label, measure, value: pick(b) });
	};
	add('total', 'total', WORDS[lang].total, sums.total);
	for (const [key, b] of Object.entries(sums.byPayerGroup) as [PayerGroup, Breakdown][])
		add('payerGroup', key, payerLabel(key)[lang], b);
	for (const [key, b] of Object.entries(sums.byPayer) as [Payer, Breakdown][])
		add('payer', key, payerLabel(key)[lang], b);
	for (const [key, b] of Object.entries(sums.byDomain) as [Domain, Breakdown][])
		add('domain', key, DOMAIN_LABELS[key][lang], b);
	return rows;
}

export function overviewCsv(overview: FunderOverview, lang: Lang, dialect: CsvDialect): string {
	const w = WORDS[lang];
	const rows = [
		...overview.providers.flatMap((p) =>
			figures(p.providerName, String(p.version.number), p.sums, lang)
		),
		...figures(w.together, '', overview.combined.sums, lang)
	];
	if (dialect === 'standard') {
		const lines = [csvLine(['provider', 'version', 'section', 'key', 'label', 'measure', 'value'])];
		for (const r of rows)
			lines.push(
				csvLine([
					r.provider,
					r.version,
					r.section,
					r.key,
					r.label,
					r.measure,
					roundHalfEven(r.value)
				])
			);
		return lines.join('\r\n') + '\r\n';
	}
	const lines = [csvLine(w.head, ';')];
	for (const r of rows)
		lines.push(
			csvLine(
				[
					r.provider,
					r.version,
					w.section[r.section],
					r.label,
					w.measure[r.measure] ?? r.measure,
					roundHalfEven(r.value).replace('.', ',')
				],
				';'
			)
		);
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
