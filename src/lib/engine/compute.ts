import { chainProbabilities } from './chains';
import { discountFactors } from './discount';
import { costResultLine, effectResultLine, type Pricing } from './lines';
import type { Case, Scenario } from './model';
import { dropOverlaps } from './overlap';
import { professionalTime } from './professional-time';
import { ProblemsError } from './problems';
import type { Breakdown, CaseResult, Provenance, ResultLine, ScenarioResult } from './result';
import { caseLines } from './timeline';
import { CategorySums, categoryOf, Tally, TallyMap } from './totals';
import { validateScenario } from './validate';
import { YearTally, paybackYears } from './years';
import {
	payerGroupOf,
	type Domain,
	type Payer,
	type PayerGroup,
	type ValueType
} from './vocabulary';

/**
 * Computes a scenario's result: C, B, NPV, BCR and payback for the societal and the financial
 * case, by payer, domain, value type, case and year, with every contributing line traceable.
 * Throws ProblemsError listing every problem when the input is not computable: nothing is
 * computed from a partial input.
 */
export function computeScenario(scenario: Scenario): ScenarioResult {
	const problems = validateScenario(scenario);
	if (problems.length > 0) throw new ProblemsError(problems);
	return computeValidated(scenario);
}

/**
 * The same computation for a scenario that validateScenario has already found sound, so that a
 * boundary which checks once (calculate() in schemas/parse.ts) does not pay for a second check.
 * Given an unchecked scenario its figures are meaningless: call computeScenario instead.
 */
export function computeValidated(scenario: Scenario): ScenarioResult {
	const pricing = pricingOf(scenario);
	const lines = scenario.cases.flatMap((c, i) => linesOfCase(pricing, c, `cases[${i}]`));
	return aggregate(scenario, pricing, lines);
}

/**
 * A validated scenario's result for each group of its cases (the saved cases of a portfolio),
 * as if each group were a scenario of its own, priced in one pass. Cases are independent, so a
 * group's figures are those of computing it alone; only the provenance, which names the forecast
 * years and the organisation's own unit costs that were priced, is the whole scenario's.
 */
export function computeValidatedByGroup(
	scenario: Scenario,
	groupOf: (caseId: string) => string
): Map<string, ScenarioResult> {
	const pricing = pricingOf(scenario);
	const groups = new Map<string, { cases: Case[]; lines: ResultLine[] }>();
	scenario.cases.forEach((c, i) => {
		const key = groupOf(c.id);
		const group = groups.get(key) ?? { cases: [], lines: [] };
		group.cases.push(c);
		group.lines.push(...linesOfCase(pricing, c, `cases[${i}]`));
		groups.set(key, group);
	});
	return new Map(
		[...groups].map(([key, { cases, lines }]) => [
			key,
			aggregate({ ...scenario, cases }, pricing, lines)
		])
	);
}

/**
 * Only each group's total, without its slices, years or hours: what a second reading of the
 * same cases needs (the maximum without corrections beside the realistic result), at a fraction
 * of a full computation.
 */
export function totalsByGroup(
	scenario: Scenario,
	groupOf: (caseId: string) => string
): Map<string, Breakdown> {
	const pricing = pricingOf(scenario);
	const tallies = new TallyMap<string>();
	scenario.cases.forEach((c, i) => {
		const tally = tallies.of(groupOf(c.id));
		for (const line of linesOfCase(pricing, c, `cases[${i}]`))
			tally.add(line, categoryOf(line), line.weightedPresentValue);
	});
	return new Map(Object.entries(tallies.breakdowns()) as [string, Breakdown][]);
}

function pricingOf(scenario: Scenario): Pricing {
	const { assumptions } = scenario;
	return {
		assumptions,
		unitCosts: scenario.unitCosts,
		priceIndex: scenario.priceIndex,
		discountFactors: discountFactors(
			assumptions.discountRate,
			assumptions.horizonYears,
			assumptions.discountConvention
		),
		priced: new Map(),
		spanFactors: new Map()
	};
}

function linesOfCase(pricing: Pricing, c: Case, casePath: string): ResultLine[] {
	const { costs, effects } = caseLines(c, casePath);
	const chains = chainProbabilities(effects.map((e) => e.item));
	const effectLines = effects.map((sourced) =>
		effectResultLine(pricing, c, sourced, chains.get(sourced.item.id)!)
	);
	const groups = new Map(effects.map((e) => [e.item.id, e.item.overlapGroup]));
	dropOverlaps(effectLines, (line) => groups.get(line.id));
	return [...costs.map((sourced) => costResultLine(pricing, c, sourced)), ...effectLines];
}

function aggregate(scenario: Scenario, pricing: Pricing, lines: ResultLine[]): ScenarioResult {
	const total = new Tally();
	const byPayer = new TallyMap<Payer>();
	const byPayerGroup = new TallyMap<PayerGroup>();
	const byDomain = new TallyMap<Domain>();
	const byValueType = new TallyMap<ValueType>();
	const byCase = new TallyMap<string>();
	const perHousehold = new TallyMap<string>();
	const years = new YearTally(scenario.assumptions.horizonYears);
	// Payer, domain and value type slices are summed per combination first, then merged:
	// one addition per line instead of four, which is what keeps a large portfolio fast.
	const combinations = new Map<string, { line: ResultLine; sums: CategorySums }>();
	for (const line of lines) {
		const amount = line.weightedPresentValue;
		const category = categoryOf(line);
		total.note(line);
		byPayer.of(line.payer).note(line);
		const group = payerGroupOf(line.payer);
		if (group) byPayerGroup.of(group).note(line);
		byDomain.of(line.domain).note(line);
		byValueType.of(line.valueType).note(line);
		if (line.counted) {
			const key = `${line.payer}|${line.domain}|${line.valueType}`;
			let combination = combinations.get(key);
			if (!combination) combinations.set(key, (combination = { line, sums: new CategorySums() }));
			combination.sums.add(line.kind, category, amount);
		}
		byCase.of(line.caseId).add(line, category, amount);
		perHousehold.of(line.caseId).add(line, category, line.presentValue);
		years.add(line, category);
	}
	for (const { line, sums } of combinations.values()) {
		total.merge(sums);
		byPayer.of(line.payer).merge(sums);
		const group = payerGroupOf(line.payer);
		if (group) byPayerGroup.of(group).merge(sums);
		byDomain.of(line.domain).merge(sums);
		byValueType.of(line.valueType).merge(sums);
	}
	const byYear = years.rows(pricing.discountFactors);
	const cases: CaseResult[] = scenario.cases.map((c) => {
		const breakdown = byCase.of(c.id).breakdown();
		const household = perHousehold.of(c.id).breakdown(c.count.isZero() ? undefined : breakdown);
		return {
			...breakdown,
			caseId: c.id,
			label: c.label,
			count: c.count,
			perHousehold: {
				societal: household.societal,
				financial: household.financial,
				transfers: household.transfers
			}
		};
	});
	return {
		scenarioId: scenario.id,
		assumptions: scenario.assumptions,
		provenance: provenance(scenario, pricing),
		total: total.breakdown(),
		payback: paybackYears(byYear),
		byPayer: byPayer.breakdowns(),
		byPayerGroup: byPayerGroup.breakdowns(),
		byDomain: byDomain.breakdowns(),
		byValueType: byValueType.breakdowns(),
		byCase: cases,
		byYear,
		professionalTime: professionalTime(lines, pricing.unitCosts, scenario.assumptions.horizonYears),
		lines
	};
}

function provenance(scenario: Scenario, pricing: Pricing): Provenance {
	const { priceIndex } = scenario;
	const priced = [...pricing.priced.values()];
	const forecastYears = new Set<number>();
	const inForecast = (year: number) => priceIndex.forecast?.years.has(year) ?? false;
	for (const year of [scenario.assumptions.priceYear, ...priced.map((u) => u.priceYear)])
		if (inForecast(year)) forecastYears.add(year);
	return {
		catalogVersion: scenario.catalogVersion ?? null,
		priceIndex: { id: priceIndex.id, source: priceIndex.source },
		forecast:
			priceIndex.forecast && forecastYears.size > 0
				? { label: priceIndex.forecast.label, years: [...forecastYears].sort((a, b) => a - b) }
				: null,
		overriddenUnitCosts: priced.filter((u) => u.overridden).map((u) => u.id)
	};
}
