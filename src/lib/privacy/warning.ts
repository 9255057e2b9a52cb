import type { Lang } from '../i18n/lang';
import { defineWords } from '../i18n/words';
import type { PersonalDataFinding, PersonalDataKind } from './personal-data';

const WORDS = defineWords({
	nl: {
		kinds: {
			bsn: 'een burgerservicenummer',
			name: 'een naam',
			phone: 'een telefoonnummer',
			email: 'een e-mailadres',
			address: 'een adres'
		} as Record<PersonalDataKind, string>,
		looksLike: (found: string, kind: string) => `${found} lijkt ${kind}.`,
		bsn: 'Een burgerservicenummer wordt nooit opgeslagen: haal het weg.',
		advice:
			'Gebruik nooit gegevens van een cliënt; beschrijf wat er speelt, bijvoorbeeld “alleenstaande moeder met huurachterstand”.'
	},
	en: {
		kinds: {
			bsn: 'a citizen service number',
			name: 'a name',
			phone: 'a phone number',
			email: 'an e-mail address',
			address: 'an address'
		} as Record<PersonalDataKind, string>,
		looksLike: (found: string, kind: string) => `${found} looks like ${kind}.`,
		bsn: 'A citizen service number is never saved: remove it.',
		advice:
			'Never use a client’s details; describe what is going on, for example “single mother with rent arrears”.'
	}
});

/** What was found in one text, said at its field: the words, what they look like, what to do. */
export function personalDataWarning(findings: readonly PersonalDataFinding[], lang: Lang): string {
	const w = WORDS[lang];
	const byKind = new Map<PersonalDataKind, string[]>();
	for (const { kind, match } of findings) byKind.set(kind, [...(byKind.get(kind) ?? []), match]);
	const said = [...byKind].map(([kind, found]) =>
		w.looksLike(found.map((f) => `“${f}”`).join(', '), w.kinds[kind])
	);
	return [...said, byKind.has('bsn') ? w.bsn : w.advice].join(' ');
}

export const PERSONAL_DATA_KINDS = { nl: WORDS.nl.kinds, en: WORDS.en.kinds };
