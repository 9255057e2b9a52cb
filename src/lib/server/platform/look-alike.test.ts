import { describe, expect, it } from 'vitest';
import { lookAlikeOf, showsNothing } from './look-alike';

const NAME = 'Gemeente Voorbeeldstad';

describe('names that look alike', () => {
	it.each([
		['a non-breaking space', 'Gemeente\u00a0Voorbeeldstad'],
		['a double space', 'Gemeente  Voorbeeldstad'],
		['a zero-width space', 'Gemeente Voor\u200bbeeldstad'],
		['a Cyrillic е', 'G\u0435meente Voorbeeldstad'],
		['a Cyrillic о and а', 'Gemeente V\u043e\u043erbeeldst\u0430d'],
		['other letter case', 'gemeente voorbeeldstad'],
		['full-width letters', 'Ｇｅｍｅｅｎｔｅ Voorbeeldstad'],
		['a soft hyphen', 'Gemeente Voorbeeld\u00adstad'],
		['spaces around it', '  Gemeente Voorbeeldstad\u2003'],
		['a capital I for an l', 'Gemeente VoorbeeIdstad'],
		['capitals', 'GEMEENTE VOORBEELDSTAD']
	])('are one name with %s', (_what, lookAlike) => {
		expect(lookAlikeOf(lookAlike, ['Welzijn West', NAME])).toBe(NAME);
	});

	it.each(['Gemeente Voorbeeldstad-Noord', 'Gemeente Voorbeeldbuurt', 'Gemeente Zoë'])(
		'tell %j apart from it',
		(other) => {
			expect(lookAlikeOf(other, [NAME])).toBeUndefined();
		}
	);

	it('finds names that show nothing', () => {
		expect(showsNothing('\u200b\u200c\u200d')).toBe(true);
		expect(showsNothing(' \u00a0\ufeff ')).toBe(true);
		expect(showsNothing('\u2060\u00ad')).toBe(true);
		expect(showsNothing('Wijkteam 3')).toBe(false);
	});
});
