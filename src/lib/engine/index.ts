export { D, ZERO, ONE, sum, type Dec } from './decimal';
export * from './vocabulary';
export type * from './model';
export type * from './result';
export { computeScenario } from './compute';
export { validateScenario } from './validate';
export { ProblemsError, jsonPath, type Problem, type ProblemCode } from './problems';
export { indexAmount, indexValue, coversYear, indexYearRange } from './price-index';
export { discountFactor, discountFactors } from './discount';
export { timelineLines, caseLines, NO_ADJUSTMENTS } from './timeline';
export {
	defaultUncertainty,
	sensitivityInputs,
	tornado,
	type SensitivityInput,
	type TornadoBar
} from './sensitivity';
export { simulate, type SimulationResult, type Summary } from './simulation/simulate';
export { breakEven, defaultRange, type BreakEven } from './break-even';
