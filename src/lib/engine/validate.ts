import { ONE, type Dec } from './decimal';
import type {
	Adjustments,
	Case,
	Cohort,
	CostLine,
	Effect,
	InterventionEvent,
	ReferenceEvent,
	Scenario
} from './model';
import { coversYear } from './price-index';
import { jsonPath, type Problem, type ProblemCode } from './problems';
import { EFFECT_ADJUSTMENTS } from './vocabulary';

type Path = (string | number)[];

/** Collects every problem of a scenario at once, so the user can mend them in one pass. */
class Checker {
	constructor(
		private readonly horizonYears: number,
		readonly problems: Problem[] = [],
		private readonly caseId?: string
	) {}

	forCase(caseId: string): Checker {
		return new Checker(this.horizonYears, this.problems, caseId);
	}

	add(path: Path, code: ProblemCode, params: Record<string, string | number> = {}): void {
		const problem: Problem = { path: jsonPath(path), code, params };
		if (this.caseId !== undefined) problem.caseId = this.caseId;
		this.problems.push(problem);
	}

	// Each check takes the parent path and the field, and joins them only for a problem:
	// a portfolio of thousands of sound lines should not pay for paths it never shows.
	fraction(at: Path, field: string | number, value: Dec): void {
		if ((value.isNegative() && !value.isZero()) || value.gt(ONE))
			this.add([...at, field], 'fraction-out-of-range', { value: value.toString() });
	}

	nonNegative(at: Path, field: string, value: Dec): void {
		if (value.isNegative() && !value.isZero())
			this.add([...at, field], 'negative', { value: value.toString() });
	}

	positive(at: Path, field: string, value: Dec): void {
		if (!value.isPositive() || value.isZero())
			this.add([...at, field], 'not-positive', { value: value.toString() });
	}

	wholeAtLeast(at: Path, field: string, value: number, min: number): void {
		if (!Number.isInteger(value) || value < min)
			this.add([...at, field], 'not-whole', { value: String(value), min });
	}

	/** A line that starts after the horizon would be priced at nothing, without a word. */
	withinHorizon(at: Path, field: string, start: number, unit: 'year' | 'month'): void {
		const last = this.horizonYears * (unit === 'year' ? 1 : 12) - 1;
		if (Number.isInteger(this.horizonYears) && start > last)
			this.add([...at, field], 'beyond-horizon', {
				value: start,
				unit,
				last,
				horizon: this.horizonYears
			});
	}
}

/** Every semantic check of docs/method.md, "What is never done silently". Empty means computable. */
export function validateScenario(scenario: Scenario): Problem[] {
	const { assumptions } = scenario;
	const check = new Checker(assumptions.horizonYears);
	check.wholeAtLeast(['assumptions'], 'horizonYears', assumptions.horizonYears, 1);
	check.nonNegative(['assumptions'], 'discountRate', assumptions.discountRate);
	assumptions.optimism.table.forEach((value, i) =>
		check.fraction(['assumptions', 'optimism', 'table'], i, value)
	);
	// an index of 0 would divide every price by nothing: "€ Infinity" on the case's page
	for (const [year, value] of scenario.priceIndex.values)
		check.positive(['priceIndex', 'values'], String(year), value);
	if (!coversYear(scenario.priceIndex, assumptions.priceYear))
		check.add(['assumptions', 'priceYear'], 'index-year-missing', {
			year: assumptions.priceYear,
			index: scenario.priceIndex.id
		});
	checkUnitCosts(scenario, check);
	const caseIds = new Set<string>();
	scenario.cases.forEach((c, i) => {
		if (caseIds.has(c.id)) check.add(['cases', i, 'id'], 'duplicate-id', { id: c.id });
		caseIds.add(c.id);
		checkCase(scenario, c, ['cases', i], check.forCase(c.id));
	});
	return check.problems;
}

function checkUnitCosts(scenario: Scenario, check: Checker): void {
	for (const cost of scenario.unitCosts.values()) {
		const path = ['unitCosts', cost.id];
		check.nonNegative(path, 'amount', cost.amount);
		if (!coversYear(scenario.priceIndex, cost.priceYear))
			check.add([...path, 'priceYear'], 'index-year-missing', {
				year: cost.priceYear,
				index: scenario.priceIndex.id
			});
	}
}

function checkCase(scenario: Scenario, c: Case, path: Path, check: Checker): void {
	// a case of no households is a slip; a scenario's count may be an expected number (a lever
	// of 1,5 × the households), a saved case's is whole (server/work/case-check.ts)
	check.positive(path, 'count', c.count);
	const ids = new Set<string>();
	const unique = (linePath: Path, id: string) => {
		if (ids.has(id)) check.add([...linePath, 'id'], 'duplicate-id', { id });
		ids.add(id);
	};
	const known = (linePath: Path, unitCostId: string) => {
		if (!scenario.unitCosts.has(unitCostId))
			check.add([...linePath, 'unitCostId'], 'unknown-unit-cost', { id: unitCostId });
	};
	c.costs.forEach((line, i) => {
		const linePath = [...path, 'costs', i];
		unique(linePath, line.id);
		known(linePath, line.unitCostId);
		checkCostLine(line, linePath, check);
	});
	c.effects.forEach((effect, i) => {
		const linePath = [...path, 'effects', i];
		unique(linePath, effect.id);
		known(linePath, effect.unitCostId);
		checkEffect(effect, linePath, check);
	});
	c.timelines?.intervention.forEach((event, i) => {
		const linePath = [...path, 'timelines', 'intervention', i];
		unique(linePath, event.id);
		known(linePath, event.unitCostId);
		checkInterventionEvent(event, linePath, check);
	});
	c.timelines?.reference.forEach((event, i) => {
		const linePath = [...path, 'timelines', 'reference', i];
		unique(linePath, event.id);
		known(linePath, event.unitCostId);
		checkReferenceEvent(event, linePath, check);
	});
	checkChains(c, path, check);
}

function checkCostLine(line: CostLine, path: Path, check: Checker): void {
	check.nonNegative(path, 'quantity', line.quantity);
	check.wholeAtLeast(path, 'year', line.year, 0);
	check.withinHorizon(path, 'year', line.year, 'year');
	check.wholeAtLeast(path, 'durationYears', line.durationYears, 1);
	if (line.sharedBy !== undefined) check.positive(path, 'sharedBy', line.sharedBy);
}

function checkEffect(effect: Effect, path: Path, check: Checker): void {
	check.nonNegative(path, 'quantity', effect.quantity);
	check.fraction(path, 'probabilityWithout', effect.probabilityWithout);
	check.fraction(path, 'probabilityWith', effect.probabilityWith);
	check.wholeAtLeast(path, 'startYear', effect.startYear, 0);
	check.withinHorizon(path, 'startYear', effect.startYear, 'year');
	check.wholeAtLeast(path, 'durationYears', effect.durationYears, 1);
	checkAdjustments(effect.adjustments, [...path, 'adjustments'], check);
	if (effect.cohort) checkCohort(effect.cohort, [...path, 'cohort'], check);
}

function checkInterventionEvent(event: InterventionEvent, path: Path, check: Checker): void {
	check.nonNegative(path, 'quantity', event.quantity);
	check.wholeAtLeast(path, 'month', event.month, 0);
	check.withinHorizon(path, 'month', event.month, 'month');
	check.wholeAtLeast(path, 'durationYears', event.durationYears, 1);
	if (event.sharedBy !== undefined) check.positive(path, 'sharedBy', event.sharedBy);
}

function checkReferenceEvent(event: ReferenceEvent, path: Path, check: Checker): void {
	check.nonNegative(path, 'quantity', event.quantity);
	check.fraction(path, 'probability', event.probability);
	check.fraction(path, 'probabilityWith', event.probabilityWith);
	if (event.cohort) checkCohort(event.cohort, [...path, 'cohort'], check);
	check.wholeAtLeast(path, 'month', event.month, 0);
	check.withinHorizon(path, 'month', event.month, 'month');
	check.wholeAtLeast(path, 'durationYears', event.durationYears, 1);
	checkAdjustments(event.adjustments, [...path, 'adjustments'], check);
}

function checkAdjustments(adjustments: Adjustments, path: Path, check: Checker): void {
	for (const key of EFFECT_ADJUSTMENTS) check.fraction(path, key, adjustments[key]);
}

function checkCohort(cohort: Cohort, path: Path, check: Checker): void {
	check.nonNegative(path, 'participants', cohort.participants);
	check.fraction(path, 'engagementRate', cohort.engagementRate);
	check.fraction(path, 'successRate', cohort.successRate);
}

/** Parents must exist in the same case and a chain may not loop back on itself. */
function checkChains(c: Case, path: Path, check: Checker): void {
	const chained = [
		...c.effects.map((e, i) => ({ id: e.id, parentId: e.parentId, at: [...path, 'effects', i] })),
		...(c.timelines?.reference ?? []).map((e, i) => ({
			id: e.id,
			parentId: e.parentId,
			at: [...path, 'timelines', 'reference', i]
		}))
	];
	const parentOf = new Map(chained.map((link) => [link.id, link.parentId]));
	for (const link of chained) {
		if (link.parentId === undefined) continue;
		if (!parentOf.has(link.parentId)) {
			check.add([...link.at, 'parentId'], 'unknown-parent', { id: link.parentId });
			continue;
		}
		const seen = new Set([link.id]);
		for (let up = parentOf.get(link.id); up !== undefined; up = parentOf.get(up)) {
			if (seen.has(up)) {
				check.add([...link.at, 'parentId'], 'chain-cycle', { id: link.id });
				break;
			}
			seen.add(up);
		}
	}
}
