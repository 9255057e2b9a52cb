import { TERMS } from '../lib/i18n/terms';
import { defineWords } from '../lib/i18n/words';

/** What the command line says to a person, in Dutch and English. */
export const CLI_WORDS = defineWords({
	nl: {
		problems: (n: number) => `${n} probleem/problemen in de invoer:`,
		otherCatalog: (recorded: string, used: string) =>
			`let op: het scenario noemt catalogusversie ${recorded}; gerekend met ${used}`,
		valid: (file: string) => `${file}: geldig`,
		validCatalog: (file: string, count: number) => `${file}: geldig, ${count} kengetallen`,
		catalogRefused: (file: string) => `${file} is geweigerd, niets is ingelezen:`,
		priceYearOutside: (first: number, last: number, year: number) =>
			`--price-year: de CPI loopt van ${first} tot ${last}, niet ${year}`,
		catalogHeader: ['id', 'omschrijving', 'bedrag', 'prijsjaar', 'eenheid', 'financier', 'graad'],
		catalogTitle: (version: string, date: string, count: number) =>
			`Catalogus ${version} (${date}), ${count} kengetallen`,
		provenance: 'Herkomst van elk bedrag',
		simulation: (draws: number, seed: number) => `Monte Carlo: ${draws} trekkingen, seed ${seed}`,
		mean: 'gemiddeld',
		standardError: 'standaardfout',
		npv: 'Netto contante waarde',
		bcr: TERMS.nl.bcr.label,
		breakEvenOdds: 'Kans om minstens quitte te spelen',
		exact: 'Exacte uitkomst met de opgegeven waarden'
	},
	en: {
		problems: (n: number) => `${n} problem(s) in the input:`,
		otherCatalog: (recorded: string, used: string) =>
			`note: the scenario names catalog version ${recorded}; computed with ${used}`,
		valid: (file: string) => `${file}: valid`,
		validCatalog: (file: string, count: number) => `${file}: valid, ${count} unit costs`,
		catalogRefused: (file: string) => `${file} is refused, nothing was read:`,
		priceYearOutside: (first: number, last: number, year: number) =>
			`--price-year: the CPI covers ${first}–${last}, not ${year}`,
		catalogHeader: ['id', 'label', 'amount', 'price year', 'unit', 'payer', 'grade'],
		catalogTitle: (version: string, date: string, count: number) =>
			`Catalog ${version} (${date}), ${count} unit costs`,
		provenance: 'Where every amount comes from',
		simulation: (draws: number, seed: number) => `Monte Carlo: ${draws} draws, seed ${seed}`,
		mean: 'mean',
		standardError: 'std. error',
		npv: 'Net present value',
		bcr: TERMS.en.bcr.label,
		breakEvenOdds: 'Odds of at least breaking even',
		exact: 'Exact result at the given values'
	}
});
