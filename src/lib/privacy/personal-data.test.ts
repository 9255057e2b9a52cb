import { describe, expect, it } from 'vitest';
import { CASE_CODE, findPersonalData, passesElevenTest } from './personal-data';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('the BSN eleven-test', () => {
	it.each(['111222333', '123456782'])('accepts %s', (bsn) => {
		expect(passesElevenTest(bsn)).toBe(true);
	});
	it.each(['111222334', '123456789', '000000000', '12345678', 'abcdefghi'])('rejects %s', (bsn) => {
		expect(passesElevenTest(bsn)).toBe(false);
	});
});

describe('personal data in free text', () => {
	it.each([
		['BSN 111222333 bekend bij de gemeente', 'bsn'],
		['bsn: 1234.56.782', 'bsn'],
		['bel 06-12345678 na vijven', 'phone'],
		['tel. +31 20 123 4567', 'phone'],
		['mail naar iemand@example.nl', 'email'],
		['woont aan de Kerkstraat 12a', 'address'],
		['postcode 1234 AB', 'address'],
		['gesprek met mevrouw Jansen', 'name'],
		['samen met Jan de Vries naar de schuldhulp', 'name'],
		['afspraak met dhr. Öztürk', 'name']
	] as const)('flags %j as %s', (text, kind) => {
		expect(kinds(text)).toContain(kind);
	});

	it('does not take a number that fails the eleven-test for a BSN', () => {
		expect(kinds('dossier 123456789')).not.toContain('bsn');
	});

	it.each([
		'Huurachterstand betaald uit het maatwerkbudget',
		'Sociaal werker: bellen met het CJIB, regeling, nazorg',
		'Ambulante Wmo-begeleiding, 80 uur per jaar; Gemeente Utrecht betaalt',
		'Schuldhulptraject na 6 maanden, kans 25%'
	])('lets ordinary case text through: %j', (text) => {
		expect(findPersonalData(text)).toEqual([]);
	});
});

describe('a case code', () => {
	it.each(['WT-2026-014', 'A12', 'CASUS-7'])('accepts %s', (code) => {
		expect(CASE_CODE.test(code)).toBe(true);
	});
	it.each(['JANSEN', 'jan-12', 'Piet Jansen 1', 'AB', '-12', 'X'.repeat(30) + '1'])(
		'refuses %j',
		(code) => {
			expect(CASE_CODE.test(code)).toBe(false);
		}
	);
});
