import type { ConfirmedFinding } from '../../calculate/findings';
import type { CaseFindings } from '../../portfolio/types';
import { require, type Actor } from '../platform/access';
import type { Queryable } from '../db/database';

const CONFIRMED = `select c.id as "savedCaseId", c.case_code as "caseCode", c.year,
	  u.display_name as "confirmedBy", c.updated_at as "confirmedAt",
	  c.confirmed_findings as findings
	from cases c join users u on u.id = c.updated_by
	where c.organisation_id = $1 and jsonb_array_length(c.confirmed_findings) > 0`;

interface ConfirmedRow extends CaseFindings {
	confirmedBy: string;
	confirmedAt: Date;
}

/**
 * The unusual figures a year's cases were saved with, and the reason each was given: what its
 * report lists beside the figures, so a reader sees which figures were questioned and why.
 */
export async function confirmedInYear(
	db: Queryable,
	organisationId: string,
	year: number
): Promise<CaseFindings[]> {
	const rows = await db.query<ConfirmedRow>(`${CONFIRMED} and c.year = $2 order by c.case_code`, [
		organisationId,
		year
	]);
	return rows.map(({ savedCaseId, caseCode, year, findings }) => ({
		savedCaseId,
		caseCode,
		year,
		findings: findings.map(keptFinding)
	}));
}

/**
 * Every case of the organisation saved with an unusual figure, latest year first, with who last
 * saved it: the manager's one list of outliers to review.
 */
export async function organisationOutliers(db: Queryable, actor: Actor): Promise<ConfirmedRow[]> {
	require(actor, 'portfolio');
	const rows = await db.query<ConfirmedRow>(`${CONFIRMED} order by c.year desc, c.case_code`, [
		actor.organisationId
	]);
	return rows.map((row) => ({ ...row, findings: row.findings.map(keptFinding) }));
}

/** Only what a report shows of a finding: never a field it was not meant to carry. */
const keptFinding = (f: ConfirmedFinding): ConfirmedFinding => ({
	key: f.key,
	code: f.code,
	caseLabel: f.caseLabel,
	lineLabel: f.lineLabel,
	question: { nl: f.question.nl, en: f.question.en },
	why: { nl: f.why.nl, en: f.why.en },
	reason: f.reason
});
