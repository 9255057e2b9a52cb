import { ONE, ZERO, type Dec } from './decimal';
import { fadingYears } from './lines';
import type { UnitCost } from './model';
import type {
	FactorName,
	HoursByProfession,
	HoursTally,
	LineHours,
	ProfessionalTime,
	ResultLine
} from './result';
import type { Profession } from './vocabulary';

/**
 * Professional time (docs/method.md, "Professional time"): a line's units times the hours one unit
 * stands for. Units are the line's formula without the unit cost, so hours follow the chances,
 * the corrections and drop-off exactly as euros do, but never the price index or discounting.
 */

/** Factors that reduce an effect's occurrences by (1 − fraction); drop-off works over the years. */
const CORRECTIONS: readonly FactorName[] = [
	'deadweight',
	'attribution',
	'displacement',
	'optimism'
];

/** The units a line counts in its first year for one household, read from its formula's factors. */
export function firstYearUnits(line: ResultLine): Dec {
	const value = (name: FactorName) => line.factors.find((f) => f.name === name)?.value;
	let units = value('quantity') ?? ZERO;
	const successes = value('successes');
	if (successes) units = units.times(successes);
	const shared = value('sharedBy');
	if (shared) units = units.dividedBy(shared);
	if (line.kind === 'cost') return units;
	units = units.times(value('probabilityWithout')!.minus(value('probabilityWith')!));
	for (const name of CORRECTIONS) {
		const fraction = value(name);
		if (fraction) units = units.times(ONE.minus(fraction));
	}
	return units;
}

function addTo(
	tallies: HoursByProfession,
	profession: Profession,
	side: keyof HoursTally,
	hours: Dec
) {
	const tally = (tallies[profession] ??= { spent: ZERO, avoided: ZERO });
	tally[side] = tally[side].plus(hours);
}

/** Every counted line's hours, added up by profession, by payer and by year. */
export function professionalTime(
	lines: readonly ResultLine[],
	unitCosts: ReadonlyMap<string, UnitCost>,
	horizon: number
): ProfessionalTime {
	const total: HoursByProfession = {};
	const byPayer: ProfessionalTime['byPayer'] = {};
	const byYear = Array.from({ length: horizon }, (_, year) => ({
		year,
		hours: {} as HoursByProfession
	}));
	const traced: LineHours[] = [];
	for (const line of lines) {
		const hours = unitCosts.get(line.unitCost.id)?.hours;
		if (!line.counted || !hours?.length) continue;
		const units = firstYearUnits(line);
		// every household's units in each year: what the hours per unit multiply
		const years = fadingYears(units.times(line.count), line, horizon);
		const side = line.kind === 'cost' ? 'spent' : 'avoided';
		for (const { profession, hours: perUnit, source } of hours) {
			let lineTotal = ZERO;
			years.forEach((weighted, year) => {
				if (weighted.isZero()) return;
				const h = weighted.times(perUnit);
				addTo(byYear[year]!.hours, profession, side, h);
				lineTotal = lineTotal.plus(h);
			});
			addTo(total, profession, side, lineTotal);
			addTo((byPayer[line.payer] ??= {}), profession, side, lineTotal);
			traced.push({
				lineId: line.id,
				caseId: line.caseId,
				kind: line.kind,
				payer: line.payer,
				profession,
				perUnit,
				firstYearUnits: units,
				hours: lineTotal,
				source
			});
		}
	}
	return { total, byPayer, byYear, lines: traced };
}
