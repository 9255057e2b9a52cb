import type { Problem, ScenarioResult } from '../engine';
import {
	numberProblemMessage,
	readNumber,
	showNumber,
	type NumberKind
} from '../format/number-input';
import type { Lang } from '../i18n/lang';
import { calculate } from '../calculate/calculate';
import type { ScenarioInput } from '../schemas/scenario';
import { applyLever, type Lever } from './levers';
import { pattern, type PatternId } from './patterns';
import type { SavedCase } from './saved-cases';
import { decodeShare, encodeShare } from './share';

/** Scenarios side by side: a page holds two to four, the link of the page keeps them. */
export const MAX_SCENARIOS = 4;
export const COMPARISON_HASH = '#scenarios=';

/** The typed numbers of the variant form, and how each is read. */
const LEVER_NUMBERS = {
	factor: 'amount',
	share: 'fraction',
	perUnit: 'amount',
	pct: 'percent'
} as const satisfies Record<string, NumberKind>;
export type LeverField = keyof typeof LEVER_NUMBERS;

interface Computed {
	result: ScenarioResult | null;
	problems: Problem[];
}

/**
 * The comparison page's state: the scenarios compared, each one's result, and the form that
 * makes the next variant. Every scenario is checked and computed once per change.
 */
export class Comparison {
	scenarios = $state.raw<ScenarioInput[]>([pattern('maatwerk')]);
	/** What "start again" starts from: `pattern:ID`, `saved:INDEX` or `portfolio:YEAR`. */
	start = $state('pattern:maatwerk');
	saved = $state.raw<SavedCase[]>([]);
	/** The scenario the next variant is made of, by position. */
	from = $state(0);
	leverKind = $state<Lever['kind']>('flexible-budget');
	caseId = $state('');
	factor = $state('2');
	shiftFrom = $state('sociaalwerk.uur');
	shiftTo = $state('zorg.begeleiding-groep-dagdeel');
	share = $state('33%');
	perUnit: string;
	pct: string;
	name = $state('');
	/** What is wrong with a typed number of the variant form, by field, in the reader's words. */
	leverProblems = $state<Partial<Record<LeverField, string>>>({});

	/** The variant form's numbers start as the reader would type them: "0,25" and "3,5" in Dutch. */
	constructor(lang: Lang) {
		this.perUnit = $state(showNumber('0.25', lang));
		this.pct = $state(showNumber('3.5', lang, 'percent'));
	}

	readonly computed: Computed[] = $derived(
		this.scenarios.map((scenario) => {
			const outcome = calculate(scenario);
			return outcome.ok
				? { result: outcome.result, problems: [] }
				: { result: null, problems: outcome.problems };
		})
	);
	readonly valid = $derived(this.computed.every((c) => c.result !== null));
	readonly results: ScenarioResult[] = $derived(
		this.computed.flatMap((c) => (c.result ? [c.result] : []))
	);
	readonly names = $derived(this.scenarios.map((s) => s.label));
	/** The cases of the scenario a variant is made of, for the lever that scales one of them. */
	readonly cases = $derived(this.scenarios[this.from]?.cases ?? []);

	get full(): boolean {
		return this.scenarios.length >= MAX_SCENARIOS;
	}

	/** The page's link fragment that brings this comparison back. */
	get hash(): string {
		return `${COMPARISON_HASH}${encodeShare(this.scenarios as never)}`;
	}

	/** Takes the comparison from a link; a damaged or empty link leaves the current one in place. */
	restore(hash: string): void {
		if (!hash.startsWith(COMPARISON_HASH)) return;
		const text = decodeShare(hash.slice(COMPARISON_HASH.length));
		try {
			const list: unknown = text ? JSON.parse(text) : [];
			if (Array.isArray(list) && list.length > 0 && list.length <= MAX_SCENARIOS)
				this.scenarios = list as ScenarioInput[];
		} catch {
			// a damaged link leaves the comparison as it was
		}
	}

	/** The fields the chosen lever reads. */
	#fieldsOf(kind: Lever['kind']): LeverField[] {
		if (kind === 'shift') return ['share', 'perUnit'];
		if (kind === 'discount-rate') return ['pct'];
		return ['factor'];
	}

	/** The lever the form describes, its numbers read as the reader typed them; null if one is not. */
	lever(lang: Lang): Lever | null {
		const read: Partial<Record<LeverField, string>> = {};
		const problems: Partial<Record<LeverField, string>> = {};
		for (const field of this.#fieldsOf(this.leverKind)) {
			const reading = readNumber(this[field], lang, LEVER_NUMBERS[field]);
			if (reading.ok) read[field] = reading.decimal;
			else problems[field] = numberProblemMessage(reading.problem, lang, LEVER_NUMBERS[field]);
		}
		this.leverProblems = problems;
		if (Object.keys(problems).length > 0) return null;
		switch (this.leverKind) {
			case 'scale-count':
				return {
					kind: 'scale-count',
					caseId: this.caseId || (this.cases[0]?.id ?? ''),
					factor: read.factor!
				};
			case 'shift':
				return {
					kind: 'shift',
					from: this.shiftFrom,
					to: this.shiftTo,
					share: read.share!,
					perUnit: read.perUnit!
				};
			case 'flexible-budget':
				return { kind: 'flexible-budget', factor: read.factor! };
			case 'discount-rate':
				return { kind: 'discount-rate', pct: read.pct! };
		}
	}

	/** Starts over with one scenario: a pattern or a case saved in this browser. */
	restart(): void {
		const [kind, key] = this.start.split(':') as [string, string];
		const savedCase = kind === 'saved' ? this.saved[Number(key)] : undefined;
		this.startWith(savedCase ? structuredClone(savedCase.scenario) : pattern(key as PatternId));
	}

	/** Starts again from a scenario brought from elsewhere: the organisation's own year. */
	startWith(scenario: ScenarioInput): void {
		this.scenarios = [scenario];
		this.from = 0;
	}

	/**
	 * Adds the variant the form describes; `leverName` labels it when no name was typed. A number
	 * that cannot be read adds nothing and is named in leverProblems.
	 */
	addVariant(leverName: string, lang: Lang, describe?: (lever: Lever) => string): void {
		const base = this.scenarios[this.from];
		if (!base || this.full) return;
		const lever = this.lever(lang);
		if (!lever) return;
		const variant = applyLever(base, lever);
		const label = this.name.trim() || `${base.label}: ${leverName}`;
		const id = `${base.id}-variant-${this.scenarios.length}`;
		// the variant says in words what it changed, and on which assumption
		const description = describe?.(lever) ?? variant.description;
		this.scenarios = [...this.scenarios, { ...variant, id, label, description }];
		this.name = '';
	}

	/** Removes a variant; the first scenario, which the others are compared with, stays. */
	remove(index: number): void {
		if (index === 0) return;
		this.scenarios = this.scenarios.filter((_, i) => i !== index);
		if (this.from >= this.scenarios.length) this.from = 0;
	}
}
