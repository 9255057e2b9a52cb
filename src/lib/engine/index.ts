/**
 * The engine's one door (docs/method.md is what it computes): everything outside src/lib/engine imports from here, so the
 * modules behind it can be split, merged and renamed freely. ESLint refuses any deeper import.
 */
export { D, ZERO, ONE, sum, isDecimal, type Dec } from './decimal';
export * from './vocabulary';
export type * from './model';
export type * from './result';
export {
	computeScenario,
	computeValidated,
	computeValidatedByGroup,
	totalsByGroup
} from './compute';
export { withoutCorrections } from './corrections';
export { validateScenario } from './validate';
export {
	plausibilityFindings,
	type FindingCode,
	type PlausibilityFinding,
	type ReturnBand
} from './plausibility';
export { validateUncertainty } from './simulation/validate-uncertainty';
export { ProblemsError, jsonPath, type Problem, type ProblemCode } from './problems';
export {
	amountInPriceYear,
	indexAmount,
	indexValue,
	coversYear,
	indexYearRange
} from './price-index';
export { discountFactor, discountFactors } from './discount';
export { paybackYears } from './years';
export { timelineLines, caseLines, NO_ADJUSTMENTS } from './timeline';
export { lineYears } from './lines';
export { firstYearUnits } from './professional-time';
export {
	categoryOf,
	inFinancial,
	inSocietal,
	sumBreakdowns,
	totals,
	type Category
} from './totals';
export {
	DISCOUNT_RATE_INPUT,
	fieldInput,
	lineInput,
	parseInputId,
	unitCostInput,
	type InputId
} from './input-id';
export {
	defaultUncertainty,
	uncertaintyWithDefaults,
	sensitivityInputs,
	tornado,
	type SensitivityInput,
	type TornadoBar
} from './sensitivity';
export { simulate, type SimulationResult, type Summary } from './simulation/simulate';
export { seededRandom } from './simulation/random';
export type { Distribution } from './simulation/distributions';
export { breakEven, defaultRange, type BreakEven } from './break-even';
export {
	calibrate,
	credibleInterval,
	beliefMean,
	priorBelief,
	updatedBelief,
	gradeOfMeasurement,
	PRIOR_STRENGTH,
	CREDIBLE_LEVEL,
	type BetaBelief,
	type Calibration
} from './calibration';
