import { computeScenario } from '../compute';
import type { Dec } from '../decimal';
import { DISCOUNT_RATE_INPUT, fieldInput, unitCostInput } from '../input-id';
import type { Scenario, UncertainInput } from '../model';
import { caseLines } from '../timeline';
import { categoryOf, inSocietal } from '../totals';
import { EFFECT_ADJUSTMENTS } from '../vocabulary';
import type { Distribution } from './distributions';

/**
 * The scenario as flat arrays of numbers for fast repeated evaluation. Every parameter a line
 * uses lives in `values`; an uncertain input is a slot that each draw overwrites. Lines are in an
 * order where a chain's parent comes before its children.
 */
export interface CompiledModel {
	values: Float64Array;
	/** Slots of uncertain inputs, and their samplers, in `values`. */
	random: { slot: number; distribution: Distribution }[];
	rateSlot: number;
	horizon: number;
	yearOne: boolean;
	lines: {
		isCost: Uint8Array;
		constant: Float64Array;
		amount: Int32Array;
		p: Int32Array;
		pWith: Int32Array;
		adjustments: Int32Array;
		dropOff: Int32Array;
		parent: Int32Array;
		group: Int32Array;
		start: Int32Array;
		duration: Int32Array;
		count: Float64Array;
	};
	groups: number;
}

/** The corrections a case sets that are the same every year, in consecutive slots; drop-off is drawn apart. */
const SET_EACH_YEAR = EFFECT_ADJUSTMENTS.filter(
	(name): name is Exclude<(typeof EFFECT_ADJUSTMENTS)[number], 'dropOff'> => name !== 'dropOff'
);

class Slots {
	readonly values: number[] = [];
	readonly byInput = new Map<string, number>();
	constant(value: number): number {
		this.values.push(value);
		return this.values.length - 1;
	}
	named(id: string, value: Dec): number {
		let slot = this.byInput.get(id);
		if (slot === undefined) this.byInput.set(id, (slot = this.constant(value.toNumber())));
		return slot;
	}
}

/** Compiles the societal case of a scenario; lines that do not count for society are left out. */
export function compile(scenario: Scenario, uncertain: readonly UncertainInput[]): CompiledModel {
	const result = computeScenario(scenario);
	const slots = new Slots();
	const rateSlot = slots.named(DISCOUNT_RATE_INPUT, scenario.assumptions.discountRate);
	const rows: Record<keyof CompiledModel['lines'], number[]> = {
		isCost: [],
		constant: [],
		amount: [],
		p: [],
		pWith: [],
		adjustments: [],
		dropOff: [],
		parent: [],
		group: [],
		start: [],
		duration: [],
		count: []
	};
	const groupIds = new Map<string, number>();
	scenario.cases.forEach((c, ci) => {
		const { costs, effects } = caseLines(c, `cases[${ci}]`);
		const byPath = new Map(result.lines.filter((l) => l.caseId === c.id).map((l) => [l.path, l]));
		const lineIndex = new Map<string, number>();
		const push = (values: Partial<Record<keyof CompiledModel['lines'], number>>) => {
			for (const key of Object.keys(rows) as (keyof CompiledModel['lines'])[])
				rows[key].push(values[key] ?? -1);
			return rows.isCost.length - 1;
		};
		for (const { item, path } of costs) {
			const line = byPath.get(path)!;
			if (line.excludedBecause || !inSocietal(categoryOf(line))) continue;
			const ratio = line.unitCost.indexedAmount.dividedBy(
				line.unitCost.amount.isZero() ? 1 : line.unitCost.amount
			);
			const shared = item.sharedBy?.toNumber() ?? 1;
			push({
				isCost: 1,
				constant: (item.quantity.toNumber() * ratio.toNumber()) / shared,
				amount: slots.named(unitCostInput(line.unitCost.id), line.unitCost.amount),
				dropOff: slots.constant(0),
				start: item.year,
				duration: item.durationYears,
				count: c.count.toNumber()
			});
		}
		// parents first: an effect is placed after the effect it follows from
		const ordered = [...effects].sort(
			(a, b) => depth(effects, a.item.id) - depth(effects, b.item.id)
		);
		for (const { item, path } of ordered) {
			const line = byPath.get(path)!;
			if (
				(line.excludedBecause && line.excludedBecause !== 'overlap') ||
				!inSocietal(categoryOf(line))
			)
				continue;
			const kind = path.includes('.timelines.') ? 'event' : 'effect';
			const input = (field: string) => fieldInput(kind, c.id, item.id, field);
			const pField = kind === 'event' ? 'probability' : 'probabilityWithout';
			const ratio = line.unitCost.indexedAmount.dividedBy(
				line.unitCost.amount.isZero() ? 1 : line.unitCost.amount
			);
			const successes = line.factors.find((f) => f.name === 'successes')?.value.toNumber() ?? 1;
			const optimism = line.factors.find((f) => f.name === 'optimism')?.value.toNumber() ?? 0;
			const [adjustmentSlot] = SET_EACH_YEAR.map((name) =>
				slots.named(input(name), item.adjustments[name])
			);
			const index = push({
				isCost: 0,
				constant: item.quantity.toNumber() * successes * ratio.toNumber() * (1 - optimism),
				amount: slots.named(unitCostInput(line.unitCost.id), line.unitCost.amount),
				p: slots.named(input(pField), item.probabilityWithout),
				// A measured P′ may carry its posterior (follow-up calibration); else it is a constant.
				pWith: path.includes('.timelines.intervention')
					? slots.constant(item.probabilityWith.toNumber())
					: slots.named(input('probabilityWith'), item.probabilityWith),
				adjustments: adjustmentSlot,
				dropOff: slots.named(input('dropOff'), item.adjustments.dropOff),
				parent: item.parentId === undefined ? -1 : (lineIndex.get(item.parentId) ?? -1),
				group:
					item.overlapGroup === undefined
						? -1
						: groupIndex(groupIds, `${c.id}/${item.overlapGroup}`),
				start: item.startYear,
				duration: item.durationYears,
				count: c.count.toNumber()
			});
			lineIndex.set(item.id, index);
		}
	});
	// An input may be valid yet touch nothing the societal case counts (a transfer's amount, say).
	const random = uncertain.flatMap(({ input, distribution }) => {
		const slot = slots.byInput.get(input);
		return slot === undefined ? [] : [{ slot, distribution }];
	});
	return {
		values: Float64Array.from(slots.values),
		random,
		rateSlot,
		horizon: scenario.assumptions.horizonYears,
		yearOne: scenario.assumptions.discountConvention === 'year-1',
		lines: {
			isCost: Uint8Array.from(rows.isCost),
			constant: Float64Array.from(rows.constant),
			amount: Int32Array.from(rows.amount),
			p: Int32Array.from(rows.p),
			pWith: Int32Array.from(rows.pWith),
			adjustments: Int32Array.from(rows.adjustments),
			dropOff: Int32Array.from(rows.dropOff),
			parent: Int32Array.from(rows.parent),
			group: Int32Array.from(rows.group),
			start: Int32Array.from(rows.start),
			duration: Int32Array.from(rows.duration),
			count: Float64Array.from(rows.count)
		},
		groups: groupIds.size
	};
}

function groupIndex(groups: Map<string, number>, key: string): number {
	let index = groups.get(key);
	if (index === undefined) groups.set(key, (index = groups.size));
	return index;
}

function depth(
	effects: readonly { item: { id: string; parentId?: string } }[],
	id: string
): number {
	let n = 0;
	const byId = new Map(effects.map((e) => [e.item.id, e.item.parentId]));
	for (let up = byId.get(id); up !== undefined && n < effects.length; up = byId.get(up)) n++;
	return n;
}
