import type { Dec } from './decimal';
import type { CostLine, Effect, Scenario, UnitCost, UsualQuantity } from './model';
import type { ScenarioResult } from './result';
import type { BilingualText } from './vocabulary';
import { caseLines } from './timeline';

/**
 * What is not wrong but unusual (docs/method.md, "Plausibility"): a figure that can be typed,
 * computed and saved, and that a reader would still not believe without a reason. A problem
 * stops the computation; a finding never does, it asks the person who made the case.
 */
export type FindingCode =
	/** More units in a year than one household usually has: 60 × a per-year cost meant as nights. */
	| 'quantity-above-usual'
	/** More units than a year holds at all: fourteen months of one benefit in one year. */
	| 'more-than-the-year-holds'
	/** A return per euro far above what published Dutch analyses of social work show. */
	| 'return-far-above';

interface FindingBase {
	caseId: string;
	caseLabel: string;
	/**
	 * What a confirmation is given for: the case, the line and the figure it was found at, so a
	 * reason given for 60 no longer stands once the line says 70.
	 */
	key: string;
	/** JSON path of the field it was found at: the line's quantity, or the case. */
	path: string;
}

/** A line's quantity beyond what one household usually has, or beyond what a year holds. */
export interface QuantityFinding extends FindingBase {
	code: 'quantity-above-usual' | 'more-than-the-year-holds';
	line: { id: string; label: string; unitCostId: string; quantity: Dec; perHousehold: Dec };
	usual: UsualQuantity;
}

/** A case's societal return per euro above the band it is compared with. */
export interface ReturnFinding extends FindingBase {
	code: 'return-far-above';
	returnPerEuro: Dec;
	band: ReturnBand;
}

export type PlausibilityFinding = QuantityFinding | ReturnFinding;

/** Published returns per euro, and above what a case is asked why. */
export interface ReturnBand {
	low: Dec;
	high: Dec;
	askAbove: Dec;
	/** Where the band comes from and why a case above it is asked. */
	reason: BilingualText;
}

type Line = CostLine | Effect;

/** A collective intervention entered at its total: one household bears its share. */
const perHousehold = (line: Line): Dec =>
	'sharedBy' in line && line.sharedBy ? line.quantity.div(line.sharedBy) : line.quantity;

function quantityFinding(
	c: { id: string; label: string },
	line: Line,
	path: string,
	unitCost: UnitCost | undefined
): QuantityFinding | null {
	const usual = unitCost?.usual;
	if (!usual) return null;
	const quantity = perHousehold(line);
	const code: QuantityFinding['code'] | null =
		usual.yearHolds && quantity.gt(usual.yearHolds)
			? 'more-than-the-year-holds'
			: quantity.gt(usual.high)
				? 'quantity-above-usual'
				: null;
	if (!code) return null;
	return {
		code,
		caseId: c.id,
		caseLabel: c.label,
		key: `${code}|${c.id}|${line.id}|${line.unitCostId}|${line.quantity.toString()}`,
		path: `${path}.quantity`,
		line: {
			id: line.id,
			label: line.label,
			unitCostId: line.unitCostId,
			quantity: line.quantity,
			perHousehold: quantity
		},
		usual
	};
}

/**
 * The findings of a computed scenario, line by line and case by case, in the order the case
 * lists its lines. Pure: the band is the catalog's, passed in, never read here.
 */
export function plausibilityFindings(
	scenario: Scenario,
	result: ScenarioResult,
	band: ReturnBand
): PlausibilityFinding[] {
	const findings: PlausibilityFinding[] = [];
	scenario.cases.forEach((c, i) => {
		const casePath = `cases[${i}]`;
		const { costs, effects } = caseLines(c, casePath);
		for (const { item, path } of [...costs, ...effects]) {
			const found = quantityFinding(c, item, path, scenario.unitCosts.get(item.unitCostId));
			if (found) findings.push(found);
		}
		const bcr = result.byCase.find((r) => r.caseId === c.id)?.perHousehold.societal.bcr;
		if (bcr && bcr.gt(band.askAbove))
			findings.push({
				code: 'return-far-above',
				caseId: c.id,
				caseLabel: c.label,
				key: `return-far-above|${c.id}|${bcr.toDecimalPlaces(0).toString()}`,
				path: casePath,
				returnPerEuro: bcr,
				band
			});
	});
	return findings;
}
