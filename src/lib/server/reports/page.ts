import { error } from '@sveltejs/kit';
import type { PortfolioReport } from '../../portfolio/types';

export const CASES_PER_PAGE = 25;

/** Which page of the report's cases `?pagina=` asks for: a 250,000-case year stays a small page. */
export function casePage(report: Pick<PortfolioReport, 'caseRows'>, url: URL) {
	const pages = Math.max(1, Math.ceil(report.caseRows / CASES_PER_PAGE));
	const asked = Number(url.searchParams.get('pagina') ?? '1');
	const page = Number.isInteger(asked) && asked >= 1 && asked <= pages ? asked : 1;
	return { page, pages, range: { offset: (page - 1) * CASES_PER_PAGE, limit: CASES_PER_PAGE } };
}

/** A year from a URL: four digits in a plausible range, or null. */
export function yearParam(text: string): number | null {
	const year = Number(text);
	return /^\d{4}$/.test(text) && year >= 2000 && year <= 2100 ? year : null;
}

/**
 * `?versie=` of a report's address (or `?vergelijk=`, the version to compare with): an
 * established version's number, or absent for the concept.
 */
export function versionParam(
	url: URL,
	name: 'versie' | 'vergelijk' = 'versie'
): number | undefined {
	const text = url.searchParams.get(name);
	if (text === null) return undefined;
	if (/^[1-9]\d{0,5}$/.test(text)) return Number(text);
	error(
		400,
		`${name}: is geen versienummer; dat is een heel getal vanaf 1, zoals 2 / ${name}: is not a version number; that is a whole number from 1, such as 2`
	);
}
