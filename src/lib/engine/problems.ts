/**
 * What is never done silently (docs/method.md): every defect of an input becomes a problem that names
 * the field by its JSON path and the case it belongs to. The UI and CLI word it in Dutch or English.
 */
export type ProblemCode =
	| 'fraction-out-of-range'
	| 'negative'
	| 'not-positive'
	| 'not-whole'
	| 'duplicate-id'
	| 'unknown-unit-cost'
	| 'unknown-parent'
	| 'chain-cycle'
	| 'index-year-missing'
	| 'invalid-input'
	| 'malformed-json'
	| 'forecast-not-consecutive'
	| 'unknown-input'
	| 'distribution-order'
	| 'beyond-horizon';

export interface Problem {
	/** JSON path of the offending field, e.g. `cases[0].effects[2].probabilityWithout`. */
	path: string;
	code: ProblemCode;
	/** The case the field belongs to, where there is one. */
	caseId?: string;
	params: Record<string, string | number>;
}

export class ProblemsError extends Error {
	constructor(readonly problems: Problem[]) {
		super(problems.map((p) => `${p.path}: ${p.code}`).join('; '));
		this.name = 'ProblemsError';
	}
}

export function jsonPath(segments: readonly (string | number)[]): string {
	return segments
		.map((segment, i) =>
			typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`
		)
		.join('');
}
