import { TERMS } from '$lib/i18n/terms';
import type { IndexTable } from '$lib/catalog/cpi';
import { defineWords } from '$lib/i18n/words';

const years = (t: IndexTable) => (t.first === t.last ? `${t.first}` : `${t.first}–${t.last}`);

export const WORDS = defineWords({
	nl: {
		title: 'Kengetallen',
		intro:
			'Elk bedrag in Effectwijzer rust op een kengetal. Hier staat elk kengetal met zijn bron, prijsjaar, financier en betrouwbaarheid (graad 1 = sterk, 5 = een schatting).',
		version: 'Versie',
		indexTables: (tables: IndexTable[], next: number) =>
			`Prijsindex: de consumentenprijsindex (CPI) van het CBS, ${tables
				.map((t) => `${years(t)} uit tabel ${t.table} (${t.base})`)
				.join(
					', '
				)}. Van elk jaar telt de jaarmutatie van het hele kalenderjaar, uit één tabel. Het CBS publiceert ${next} in januari ${next + 1}; tot dan vraagt een berekening in prijspeil ${next} om een eigen prognose.`,
		shown: (n: number, total: number) => `${n} van ${total} kengetallen`,
		search: 'Zoeken',
		searchHint: 'bijvoorbeeld: uitzetting, GGZ, Kostenhandleiding',
		domain: 'Domein',
		payer: TERMS.nl.payer.label,
		valueType: 'Soort waarde',
		grade: 'Betrouwbaarheid',
		anyGrade: 'alle graden',
		all: 'alle',
		priceYear: 'Bedragen in prijsjaar',
		ownYear: 'eigen prijsjaar van elk kengetal',
		columns: {
			label: TERMS.nl.unitCost.label,
			amount: 'Bedrag',
			priceYear: TERMS.nl.priceYear.label,
			unit: 'Eenheid',
			payer: TERMS.nl.payer.label,
			grade: 'Graad'
		},
		sortBy: 'Sorteer op',
		source: 'Bron',
		showSource: 'Toon bron',
		hideSource: 'Verberg bron',
		range: 'Bandbreedte',
		status: 'Status',
		statuses: {
			read: 'gelezen in de bron',
			'read-second-hand': 'gelezen in een secundaire bron',
			derived: 'afgeleid',
			'own-data': 'eigen gegevens'
		},
		note: 'Toelichting',
		hours: TERMS.nl.professionalTime.label,
		hoursPerUnit: (hours: string, profession: string, unit: string) =>
			`${hours} uur ${profession} ${unit}`,
		indexedFrom: (amount: string, year: number) => `${amount} in prijzen van ${year}`,
		none: 'Geen kengetallen gevonden. Pas de zoekterm of de filters aan.',
		gaps: 'Nog zonder bron (bewust leeg gelaten)',
		exportTitle: 'Exporteren en importeren',
		exportCsv: 'Download als CSV',
		exportJson: 'Download als JSON',
		importLabel: 'Eigen catalogus inlezen (CSV of JSON)',
		importRefused: (file: string) =>
			`${file} is geweigerd; er is niets ingelezen. Herstel deze punten en probeer opnieuw:`,
		importDone: (file: string, n: number) =>
			`${file} is ingelezen: ${n} kengetallen. Deze catalogus staat alleen in deze browser.`,
		ownCatalog: (version: string) => `U bekijkt een eigen catalogus (${version}).`,
		backToShipped: 'Terug naar de standaardcatalogus',
		standing: { overridden: 'eigen cijfer', added: 'eigen toevoeging' },
		changesTitle: 'Wat is er veranderd?',
		changesSince: 'Sinds versie',
		chooseVersion: 'kies een eerdere versie',
		versionOn: (version: string, date: string) => `${version} (${date})`,
		unknownVersion: (version: string, current: string) =>
			`Versie ${version} is geen versie van deze catalogus. Kies een eerdere versie uit de lijst; de huidige is ${current}.`,
		changesSummary: (
			since: string,
			current: string,
			changed: number,
			added: number,
			removed: number
		) =>
			`Van versie ${since} naar ${current}: ${changed} ${changed === 1 ? 'kengetal' : 'kengetallen'} gewijzigd, ${added} toegevoegd, ${removed} ingetrokken.`,
		was: 'Was',
		now: 'Nu',
		added: 'toegevoegd',
		withdrawn: 'ingetrokken: nog gebruikt voor eerder bewaarde casussen, niet meer te kiezen',
		changedFields: (fields: readonly string[]) =>
			`gewijzigd: ${fields
				.map(
					(f) =>
						({
							amount: 'bedrag',
							priceYear: 'prijsjaar',
							unit: 'eenheid',
							label: 'naam',
							source: 'bron'
						})[f] ?? f
				)
				.join(', ')}`
	},
	en: {
		title: 'Unit costs',
		intro:
			'Every amount in Effectwijzer rests on a unit cost. Each is listed here with its source, price year, payer and confidence grade (1 = strong, 5 = a guess).',
		version: 'Version',
		indexTables: (tables: IndexTable[], next: number) =>
			`Price index: CBS's consumer price index (CPI), ${tables
				.map((t) => `${years(t)} from table ${t.table} (${t.base})`)
				.join(
					', '
				)}. Each year counts the change over the whole calendar year, from one table. CBS publishes ${next} in January ${next + 1}; until then a calculation in ${next} prices asks for a forecast of your own.`,
		shown: (n: number, total: number) => `${n} of ${total} unit costs`,
		search: 'Search',
		searchHint: 'for example: eviction, mental health, Kostenhandleiding',
		domain: 'Domain',
		payer: TERMS.en.payer.label,
		valueType: 'Value type',
		grade: 'Confidence',
		anyGrade: 'all grades',
		all: 'all',
		priceYear: 'Amounts in price year',
		ownYear: "each unit cost's own price year",
		columns: {
			label: TERMS.en.unitCost.label,
			amount: 'Amount',
			priceYear: TERMS.en.priceYear.label,
			unit: 'Unit',
			payer: TERMS.en.payer.label,
			grade: 'Grade'
		},
		sortBy: 'Sort by',
		source: 'Source',
		showSource: 'Show source',
		hideSource: 'Hide source',
		range: 'Range',
		status: 'Status',
		statuses: {
			read: 'read in the source',
			'read-second-hand': 'read in a secondary source',
			derived: 'derived',
			'own-data': 'own data'
		},
		note: 'Note',
		hours: TERMS.en.professionalTime.label,
		hoursPerUnit: (hours: string, profession: string, unit: string) =>
			`${hours} hour${hours === '1' ? '' : 's'} of ${profession} ${unit.replace(/^per uur$/, 'per hour')}`,
		indexedFrom: (amount: string, year: number) => `${amount} in prices of ${year}`,
		none: 'No unit costs found. Change the search or the filters.',
		gaps: 'Not yet sourced (left empty on purpose)',
		exportTitle: 'Export and import',
		exportCsv: 'Download as CSV',
		exportJson: 'Download as JSON',
		importLabel: 'Read your own catalog (CSV or JSON)',
		importRefused: (file: string) =>
			`${file} was refused; nothing was read. Mend these points and try again:`,
		importDone: (file: string, n: number) =>
			`${file} was read: ${n} unit costs. This catalog is kept in this browser only.`,
		ownCatalog: (version: string) => `You are viewing your own catalog (${version}).`,
		backToShipped: 'Back to the standard catalog',
		standing: { overridden: 'own figure', added: 'own addition' },
		changesTitle: 'What changed?',
		changesSince: 'Since version',
		chooseVersion: 'choose an earlier version',
		versionOn: (version: string, date: string) => `${version} (${date})`,
		unknownVersion: (version: string, current: string) =>
			`Version ${version} is not a version of this catalog. Choose an earlier version from the list; the current one is ${current}.`,
		changesSummary: (
			since: string,
			current: string,
			changed: number,
			added: number,
			removed: number
		) =>
			`From version ${since} to ${current}: ${changed} unit ${changed === 1 ? 'cost' : 'costs'} changed, ${added} added, ${removed} withdrawn.`,
		was: 'Was',
		now: 'Now',
		added: 'added',
		withdrawn: 'withdrawn: still used for cases saved earlier, no longer offered',
		changedFields: (fields: readonly string[]) =>
			`changed: ${fields
				.map(
					(f) =>
						({
							amount: 'amount',
							priceYear: 'price year',
							unit: 'unit',
							label: 'name',
							source: 'source'
						})[f] ?? f
				)
				.join(', ')}`
	}
});
