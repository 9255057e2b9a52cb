import accountsAndCases from './001-accounts-and-cases';
import throttlesNamesShareCodes from './002-throttles-names-share-codes';
import reportVersions from './003-report-versions';
import caseSums from './004-case-sums';
import yearTotals from './005-year-totals';
import catalogVersionOfCases from './006-catalog-version-of-cases';
import liveRounds from './007-live-rounds';
import followUps from './008-follow-ups';
import comparisonGroups from './009-comparison-groups';
import caseRowsInPricingOrder from './010-case-rows-in-pricing-order';
import confirmedFindings from './011-confirmed-findings';
import heldNames from './012-held-names';
import roundLobby from './013-round-lobby';
import knownDevices from './014-known-devices';
import secondFactor from './015-second-factor';
import type { Migration } from './migration';

export type { Migration };

/** The schema, as its migrations in the order they run (migration.ts). */
export const MIGRATIONS: readonly Migration[] = [
	accountsAndCases,
	throttlesNamesShareCodes,
	reportVersions,
	caseSums,
	yearTotals,
	catalogVersionOfCases,
	liveRounds,
	followUps,
	comparisonGroups,
	caseRowsInPricingOrder,
	confirmedFindings,
	heldNames,
	roundLobby,
	knownDevices,
	secondFactor
];
