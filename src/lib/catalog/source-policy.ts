import type { UnitCostEntry } from '../schemas/unit-cost';

/**
 * Hosts the shipped catalog does not cite: copies of other people's documents, and news and blogs
 * that quote a figure whose original an auditor should be sent to instead. Where only such a
 * source exists, the figure is withdrawn or listed as a gap with the reason, or, where a
 * training case cannot do without it, kept as a last resort: graded 5 with a note that says so.
 */
export const REFUSED_SOURCE_HOSTS: Readonly<Record<string, 'mirror' | 'news' | 'blog'>> = {
	'issuu.com': 'mirror',
	'fdocuments.nl': 'mirror',
	'docplayer.nl': 'mirror',
	'5dok.net': 'mirror',
	'adoc.pub': 'mirror',
	'expydoc.com': 'mirror',
	'cupdf.com': 'mirror',
	'nrc.nl': 'news',
	'nu.nl': 'news',
	'nos.nl': 'news',
	'ad.nl': 'news',
	'volkskrant.nl': 'news',
	'telegraaf.nl': 'news',
	'trouw.nl': 'news',
	'welingelichtekringen.nl': 'news',
	'metronieuws.nl': 'news',
	'nieuws.nl': 'news',
	'blogspot.com': 'blog'
};

/** The refused host a web address is on (a subdomain counts as its host), or null. */
export function refusedHost(url: string): string | null {
	const host = new URL(url).hostname.replace(/^www\./, '');
	const refused = Object.keys(REFUSED_SOURCE_HOSTS).find(
		(h) => host === h || host.endsWith(`.${h}`)
	);
	return refused ?? null;
}

/** The one publisher that needs no address: the method's own definition of a payment. */
const METHOD_PUBLISHER = 'Effectwijzer';

/** Why a shipped entry's source would not satisfy an auditor, or null. */
export function sourceProblem(entry: UnitCostEntry): string | null {
	const { url, publisher } = entry.source;
	if (!url) return publisher === METHOD_PUBLISHER ? null : 'has no address of its source';
	const host = refusedHost(url);
	if (!host || isLastResort(entry)) return null;
	return `cites ${host} (${REFUSED_SOURCE_HOSTS[host]}) instead of the original`;
}

/** A figure known only from a refused host, kept on purpose: the weakest grade, and why. */
export function isLastResort(entry: UnitCostEntry): boolean {
	const { url } = entry.source;
	return !!url && refusedHost(url) !== null && entry.grade === 5 && entry.note !== undefined;
}
