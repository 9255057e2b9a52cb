/**
 * The names of the inputs a sensitivity analysis moves and a simulation draws (docs/method.md,
 * "Uncertainty"): `unitCost:ID`, `effect:CASE/EFFECT:FIELD` for an effect entered as such,
 * `event:CASE/EVENT:FIELD` for a reference event on a timeline, and `assumption:discountRate`.
 * One grammar, built and read only here.
 */
export type InputId =
	| { kind: 'unitCost'; unitCostId: string }
	| { kind: 'effect' | 'event'; caseId: string; lineId: string; field: string }
	| { kind: 'discountRate' };

export const DISCOUNT_RATE_INPUT = 'assumption:discountRate';

export function unitCostInput(unitCostId: string): string {
	return `unitCost:${unitCostId}`;
}

/** Where an effect or reference event lives, without the field: `effect:CASE/EFFECT`. */
export function lineInput(kind: 'effect' | 'event', caseId: string, lineId: string): string {
	return `${kind}:${caseId}/${lineId}`;
}

export function fieldInput(
	kind: 'effect' | 'event',
	caseId: string,
	lineId: string,
	field: string
): string {
	return `${lineInput(kind, caseId, lineId)}:${field}`;
}

const LINE_INPUT = /^(effect|event):([^/]+)\/([^:]+):(\w+)$/;

/** An input id read back into its parts, or null where it follows none of the forms. */
export function parseInputId(id: string): InputId | null {
	if (id === DISCOUNT_RATE_INPUT) return { kind: 'discountRate' };
	if (id.startsWith('unitCost:') && id.length > 'unitCost:'.length)
		return { kind: 'unitCost', unitCostId: id.slice('unitCost:'.length) };
	const line = LINE_INPUT.exec(id);
	if (!line) return null;
	const [, kind, caseId, lineId, field] = line as unknown as [
		string,
		'effect' | 'event',
		string,
		string,
		string
	];
	return { kind, caseId, lineId, field };
}
