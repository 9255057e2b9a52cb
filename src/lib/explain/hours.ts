import { CATALOG } from '../catalog/catalog';
import type {
	Dec,
	LineHours,
	Profession,
	ProfessionalTime,
	ResultLine,
	ScenarioResult
} from '../engine';
import type { UnitCostEntry } from '../schemas/unit-cost';
import { formatCount, formatDecimal, formatPercent } from '../format/money';
import type { Lang } from '../i18n/lang';
import { PROFESSION_LABELS } from '../i18n/labels';
import { defineWords } from '../i18n/words';

const WORDS = defineWords({
	nl: {
		hours: (n: string) => `${n} uur`,
		perUnit: 'uur per eenheid',
		units: 'eenheden in het eerste jaar',
		households: 'huishoudens',
		years: (n: number) => `${n} jaar`,
		fading: (n: number, share: string) => `${n} jaar, met ${share} afname per jaar`,
		source: 'bron'
	},
	en: {
		hours: (n: string) => `${n} ${n === '1' ? 'hour' : 'hours'}`,
		perUnit: 'hours per unit',
		units: 'units in the first year',
		households: 'households',
		years: (n: number) => `${n} years`,
		fading: (n: number, share: string) => `${n} years, fading by ${share} a year`,
		source: 'source'
	}
});

/** Hours as people read them: whole hours where whole, else one decimal ("12,5 uur"). */
export function formatHours(hours: Dec, lang: Lang): string {
	const places = hours.isInteger() ? 0 : 1;
	return WORDS[lang].hours(formatDecimal(hours, lang, places));
}

export interface HoursRow {
	profession: Profession;
	spent: Dec;
	avoided: Dec;
}

/** One row per profession that has hours, the most avoided first. */
export function hoursRows(time: Pick<ProfessionalTime, 'total'> | undefined): HoursRow[] {
	if (!time) return [];
	return (Object.entries(time.total) as [Profession, { spent: Dec; avoided: Dec }][])
		.filter(([, t]) => !t.spent.isZero() || !t.avoided.isZero())
		.map(([profession, t]) => ({ profession, ...t }))
		.sort((a, b) => b.avoided.comparedTo(a.avoided) || a.profession.localeCompare(b.profession));
}

/**
 * How one line's hours were made: "Begeleiding thuis: 576 eenheden in het eerste jaar × 1 uur
 * per eenheid = 576 uur (bron: …)", so every hour traces to its unit cost and source.
 */
export function explainLineHours(result: ScenarioResult, traced: LineHours, lang: Lang): string {
	const w = WORDS[lang];
	const line = result.lines.find((l) => l.id === traced.lineId && l.caseId === traced.caseId);
	const label = line?.label ?? traced.lineId;
	const units = formatCount(traced.firstYearUnits, lang);
	const perUnit = formatCount(traced.perUnit, lang);
	const count =
		line && !line.count.eq(1) ? ` × ${formatCount(line.count, lang)} ${w.households}` : '';
	const years = line ? yearsTerm(line, result.assumptions.horizonYears, lang) : '';
	return `${label}: ${units} ${w.units} × ${perUnit} ${w.perUnit}${count}${years} = ${formatHours(traced.hours, lang)} ${PROFESSION_LABELS[traced.profession][lang]} (${w.source}: ${traced.source})`;
}

/**
 * The years a line's hours count in, so the sum adds up on paper: "× 2 jaar" where every year
 * counts the same, the years and the drop-off where it fades; nothing for a single year.
 */
function yearsTerm(line: ResultLine, horizon: number, lang: Lang): string {
	const w = WORDS[lang];
	const n = Math.max(0, Math.min(line.durationYears, horizon - line.startYear));
	if (n <= 1) return '';
	if (line.dropOff.isZero()) return ` × ${w.years(n)}`;
	return `, ${w.fading(n, formatPercent(line.dropOff, lang))}`;
}

/** One cell of the hours table: a profession's hours spent or avoided. */
export interface HoursCell {
	profession: Profession;
	side: 'spent' | 'avoided';
}

/** The lines behind one profession's hours spent (cost lines) or avoided (effects), each explained. */
export function explainHours(
	result: ScenarioResult,
	profession: Profession,
	side: 'spent' | 'avoided',
	lang: Lang
): string[] {
	const kind = side === 'spent' ? 'cost' : 'effect';
	return result.professionalTime.lines
		.filter((l) => l.profession === profession && l.kind === kind)
		.map((l) => explainLineHours(result, l, lang));
}

/**
 * Which unit costs the hours come from, as a report lists them under its table: "Begeleiding
 * thuis: 1 uur begeleiding per uur". An organisation's own figure carries its own hours.
 */
export function hoursBasis(
	unitCostIds: readonly string[],
	lang: Lang,
	own: readonly UnitCostEntry[] = []
): string[] {
	const byId = new Map([...CATALOG.entries, ...CATALOG.withdrawn, ...own].map((e) => [e.id, e]));
	return unitCostIds.flatMap((id) => {
		const entry = byId.get(id);
		if (!entry?.hours?.length) return [];
		const parts = entry.hours.map(
			(h) => `${formatHours(h.hours, lang)} ${PROFESSION_LABELS[h.profession][lang]} ${entry.unit}`
		);
		return [`${entry.label[lang]}: ${parts.join(', ')}`];
	});
}
