import { describe, expect, it } from 'vitest';
import { exampleRow, sharedYear } from '$test/shared-year';
import { roundHalfEven } from '../../format/money';
import { funderOverview } from '../../portfolio/overview';
import { overviewCsv } from './overview-csv';

const OVERVIEW = funderOverview(2026, [
	sharedYear('Buurtwerk Noord', 2026, [exampleRow('N-1', 'uitkering-met-een-telefoontje', 7)]),
	sharedYear('=Wijkteam Zuid', 2026, [exampleRow('Z-1', 'maatwerk-huurachterstand', 12)])
]);

describe('a funder’s overview as CSV', () => {
	it('gives Dutch Excel semicolons, decimal commas, Dutch words and a byte-order mark', () => {
		const text = overviewCsv(OVERVIEW, 'nl', 'excel-nl');
		expect(text.startsWith('\uFEFFAanbieder;Versie;Onderdeel;Omschrijving;Maat;Waarde\r\n')).toBe(
			true
		);
		const together = roundHalfEven(OVERVIEW.combined.sums.total.societal.npv).replace('.', ',');
		expect(text).toContain(
			`\r\nAlle aanbieders samen;;Totaal;Totaal;Maatschappelijk: netto contante waarde;${together}\r\n`
		);
		expect(text).toMatch(/\r\nBuurtwerk Noord;1;Per overheid, totaal;Gemeente totaal;/);
	});

	it('keeps codes and decimal points for programs', () => {
		const text = overviewCsv(OVERVIEW, 'en', 'standard');
		expect(text.startsWith('provider,version,section,key,label,measure,value\r\n')).toBe(true);
		expect(text).toMatch(
			/\r\nBuurtwerk Noord,1,payerGroup,gemeente,"Municipality, total",financial\.npv,-?\d+\.\d\d\r\n/
		);
	});

	it('neutralises a provider name a spreadsheet would run as a formula', () => {
		expect(overviewCsv(OVERVIEW, 'nl', 'excel-nl')).toContain("\r\n'=Wijkteam Zuid;1;");
	});
});
