import { render } from 'svelte/server';
import PortfolioReport from '../../report/PortfolioReport.svelte';
import type { Lang } from '../../i18n/lang';
import type { PortfolioReport as Report } from '../../portfolio/types';
import type { Queryable } from '../db/database';
import { reportCases } from './portfolio';
import { casePage } from './page';
import { Kept } from '../platform/kept';

/**
 * The report as HTML, rendered once per revision, page and language and then served to every
 * reader as it is: a 5,000-case portfolio page is read by many at once and changes only when a
 * case does. Rendering and serialising it for each request cost ten times the rest.
 */
const RENDERED = new Kept<string, { html: string; page: number; pages: number }>(256);

export interface ReportView {
	/** Whose view: the provider's own (cases link to their pages) or a funder's share. */
	viewer: string;
	lang: Lang;
	url: URL;
	pageHref: (page: number) => string;
	caseHref?: (id: string) => string;
}

/**
 * Which edition of a report this is: an established version is its own; the concept is one per
 * revision. A page that shows a report fetches it again when its edition changes.
 */
export const reportEdition = (report: Pick<Report, 'established' | 'revision'>) =>
	report.established ? `v${report.established.number}` : `r${report.revision}`;

export async function reportHtml(db: Queryable, report: Report, view: ReportView) {
	const { page, pages, range } = casePage(report, view.url);
	const edition = reportEdition(report);
	const key = `${view.viewer}:${report.organisationId}:${report.year}:${edition}:${page}:${view.lang}`;
	const hit = RENDERED.get(key);
	if (hit) return hit;
	const cases = await reportCases(db, report, range);
	const { cases: _all, ...rest } = report;
	const { body } = render(PortfolioReport, {
		props: {
			report: rest,
			cases,
			page,
			pages,
			lang: view.lang,
			pageHref: view.pageHref,
			...(view.caseHref ? { caseHref: view.caseHref } : {})
		}
	});
	return RENDERED.set(key, { html: body, page, pages });
}

/** The empty element a report page renders, for the report to be put into. */
export const REPORT_SLOT = '<div class="report-slot" data-report-slot=""></div>';

export function fillReportSlot(page: string, report: string): string {
	return page.replace(REPORT_SLOT, () => REPORT_SLOT.replace('></div>', `>${report}</div>`));
}

/**
 * A report page as an HTML fragment, for the page that fetches it to put in its slot. Opened by
 * itself it is inert: it may load nothing and run nothing.
 */
export function reportFragment(html: string): Response {
	return new Response(html, {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy':
				"default-src 'none'; style-src-attr 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
		}
	});
}
