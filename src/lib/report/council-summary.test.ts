import { describe, expect, it } from 'vitest';
import { exampleRows } from '$test/example-rows';
import { summarise } from '../portfolio/portfolio';
import { councilSummary } from './council-summary';
import { formatMoney } from '../format/money';

const rows = exampleRows(() => 1);

describe('the summary for the council', () => {
	const report = summarise(2026, rows, []);
	const [reach, avoided, municipal, sure] = councilSummary(report, 'Welzijn Voorbeeldstad', 'nl');

	it('says what was invested, for how many households, and what it avoided for whom', () => {
		expect(reach).toMatch(
			/^In 2026 hielp Welzijn Voorbeeldstad \d+ huishoudens, in \d+ geregistreerde casussen\. Daarvoor is € [\d.]+,\d\d geïnvesteerd\.$/
		);
		expect(avoided).toMatch(
			/^Daarmee is naar schatting € [\d.]+,\d\d aan kosten voorkomen, waarvan € [\d.]+,\d\d bij .+ en € [\d.]+,\d\d bij .+\. Elke geïnvesteerde euro levert maatschappelijk € \d+,\d\d op\.$/
		);
		expect(municipal).toContain('Voor de begroting van de gemeente als geheel is het saldo');
	});

	it("rounds as the tables beside it do: the municipal balance is the headline table's, to the cent", () => {
		const balance = report.summary.byPayerGroup.gemeente!.financial.npv;
		expect(municipal).toBe(
			`Voor de begroting van de gemeente als geheel is het saldo ${formatMoney(balance, 'nl')}.`
		);
		expect(reach).toContain(formatMoney(report.summary.total.societal.costs, 'nl'));
	});

	it('says how sure, in shares of the costs avoided that add up to 100%', () => {
		const shares = [...sure!.matchAll(/(\d+)%/g)].slice(0, 3).map((m) => Number(m[1]));
		expect(shares).toHaveLength(3);
		expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(1);
		const { strong, fair, rough } = report.evidence;
		expect(strong.plus(fair).plus(rough).toFixed(6)).toBe(
			report.summary.total.societal.benefits.toFixed(6)
		);
	});
});
