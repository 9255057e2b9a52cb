import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/main';
import { cli } from './support/cli';

const EXAMPLE = 'examples/jeugd-uithuisplaatsing.json';

describe('effectwijzer simulate', () => {
	it('prints the mean, percentiles and the odds of breaking even, the same for the same seed', () => {
		const first = cli(['simulate', EXAMPLE, '--draws', '2000', '--seed', '9', '--format', 'json']);
		const again = cli(['simulate', EXAMPLE, '--draws', '2000', '--seed', '9', '--format', 'json']);
		expect(first.code).toBe(EXIT.ok);
		expect(first.stdout).toBe(again.stdout);
		const result = JSON.parse(first.stdout);
		expect(result).toMatchObject({ draws: 2000, seed: 9, exactNpv: '59094.48' });
		expect(result.npv.p5).toBeLessThan(result.npv.p50);
		expect(result.breakEvenOdds).toBeGreaterThan(0.5);
		expect(
			JSON.parse(
				cli(['simulate', EXAMPLE, '--draws', '2000', '--seed', '10', '--format', 'json']).stdout
			).npv.mean
		).not.toBe(result.npv.mean);
	});

	it('prints a readable table in Dutch by default', () => {
		const { stdout } = cli(['simulate', EXAMPLE, '--draws', '500']);
		expect(stdout).toContain('Monte Carlo: 500 trekkingen, seed 1');
		expect(stdout).toMatch(/Kans om minstens quitte te spelen: \d+,\d%/);
		expect(stdout).toContain('Exacte uitkomst met de opgegeven waarden: € 59.094,48');
	});

	it('refuses uncertainty on an input the scenario does not have, or bounds out of order', () => {
		const scenario = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
		scenario.uncertainty = [
			{ input: 'unitCost:bestaat-niet', distribution: { kind: 'uniform', low: '1', high: '2' } },
			{
				input: 'effect:gezin-met-dreigende-plaatsing/uithuisplaatsing:attribution',
				distribution: { kind: 'triangular', low: '0.3', mode: '0.2', high: '1.5' }
			}
		];
		const { code, stderr } = cli(['simulate', '-', '--lang', 'en'], JSON.stringify(scenario));
		expect(code).toBe(EXIT.invalidInput);
		expect(stderr).toContain(
			'uncertainty[0].input: "unitCost:bestaat-niet" is not an input of this scenario'
		);
		expect(stderr).toContain(
			'uncertainty[1].distribution: the bounds must rise: low ≤ mode ≤ high'
		);
		expect(stderr).toContain('uncertainty[1].distribution.high: must lie between 0 and 1');
	});

	it.each([
		[['simulate', EXAMPLE, '--draws', '0'], /--draws must be a whole number from 1/],
		[['simulate', EXAMPLE, '--seed=-3'], /--seed must be a whole number/],
		[['simulate', EXAMPLE, '--format', 'csv'], /--format must be table or json/]
	])('%j is wrong usage', (args, message) => {
		const { code, stderr } = cli(args);
		expect(code).toBe(EXIT.usage);
		expect(stderr).toMatch(message);
	});
});
