import type { ScenarioInput } from '../schemas/scenario';

/** Where in a scenario a free text stands: its title, a description, a case or a line label. */
export type ScenarioTextPlace = 'title' | 'description' | 'case' | 'line';

/**
 * A scenario with each of its free texts replaced by what `change` makes of it; the scenario
 * given is left as it is. The one walk over a scenario's texts, for checking and for holding.
 */
export function withTexts(
	scenario: ScenarioInput,
	change: (text: string, place: ScenarioTextPlace) => string
): ScenarioInput {
	const described = <T extends { description?: string | undefined }>(part: T): T =>
		part.description === undefined
			? part
			: { ...part, description: change(part.description, 'description') };
	const labelled = <T extends { label: string }>(line: T): T => ({
		...line,
		label: change(line.label, 'line')
	});
	return described({
		...scenario,
		label: change(scenario.label, 'title'),
		cases: scenario.cases.map((c) =>
			described({
				...c,
				label: change(c.label, 'case'),
				...(c.costs ? { costs: c.costs.map(labelled) } : {}),
				...(c.effects ? { effects: c.effects.map(labelled) } : {}),
				...(c.timelines
					? {
							timelines: {
								...c.timelines,
								...(c.timelines.intervention
									? { intervention: c.timelines.intervention.map(labelled) }
									: {}),
								...(c.timelines.reference ? { reference: c.timelines.reference.map(labelled) } : {})
							}
						}
					: {})
			})
		)
	});
}

/** Every free text of a scenario with its place, in the order a reader meets them. */
export function scenarioTexts(
	scenario: ScenarioInput
): { place: ScenarioTextPlace; text: string }[] {
	const texts: { place: ScenarioTextPlace; text: string }[] = [];
	withTexts(scenario, (text, place) => {
		texts.push({ place, text });
		return text;
	});
	return texts;
}

/** What a held name is replaced by in the saved case until a manager has reviewed it. */
export const HELD_MARK = '[naam ter beoordeling]';

/**
 * A text that looked like it names someone, kept apart from the case: the case carries `shown`
 * (the text with each name replaced by the mark) until a manager releases `original`.
 */
export interface HeldText {
	place: ScenarioTextPlace;
	original: string;
	shown: string;
	/** What looked like a name, a phone number, an address or an e-mail address. */
	names: string[];
}

/**
 * The scenario with every name found in its texts replaced by the mark, and the texts held:
 * a name a worker confirmed is never saved as such, so it cannot reach a report or a funder.
 */
export function holdNames(
	scenario: ScenarioInput,
	namesIn: (text: string) => string[]
): { scenario: ScenarioInput; held: HeldText[] } {
	const held: HeldText[] = [];
	const shown = withTexts(scenario, (text, place) => {
		const names = namesIn(text);
		if (names.length === 0) return text;
		const masked = names.reduce((rest, name) => rest.split(name).join(HELD_MARK), text);
		if (!held.some((h) => h.place === place && h.original === text))
			held.push({ place, original: text, shown: masked, names });
		return masked;
	});
	return { scenario: shown, held };
}

/** The held texts whose masked text the scenario still carries: a rewritten text is no longer held. */
export function stillHeld(scenario: ScenarioInput, held: readonly HeldText[]): HeldText[] {
	const texts = scenarioTexts(scenario);
	return held.filter((h) => texts.some((t) => t.place === h.place && t.text === h.shown));
}

/** The scenario with a released text put back where its masked text stands. */
export function releaseText(scenario: ScenarioInput, held: HeldText): ScenarioInput {
	return withTexts(scenario, (text, place) =>
		place === held.place && text === held.shown ? held.original : text
	);
}

/** The held texts as a reader reviews them: the same text held in the title and the case's label once. */
export const heldOnce = (held: readonly HeldText[]): HeldText[] =>
	held.filter((h, i) => held.findIndex((o) => o.shown === h.shown) === i);

/** Held texts of two saves as one list: the same text at the same place is held once. */
export function joinHeld(...lists: (readonly HeldText[])[]): HeldText[] {
	const joined: HeldText[] = [];
	for (const h of lists.flat())
		if (!joined.some((j) => j.place === h.place && j.shown === h.shown)) joined.push(h);
	return joined;
}
