import { summarise } from '../../portfolio/portfolio';
import type { Listed, PortfolioRow } from '../../portfolio/types';
import { reportWorkbook } from '../../report/files/workbook';
import { overviewWorkbook } from '../../report/files/overview-workbook';
import type { FunderOverview } from '../../portfolio/overview';
import { exactText, fromExactText } from './wire';
import { caseFacts } from '../../follow-up/account';
import { manyCaseSums } from '../../portfolio/case-sums';
import { sumColumns, type SumColumns } from '../sums/columns';
import type { ScenarioInput } from '../../schemas/scenario';
import { unitCostSchema, type UnitCostEntry, type UnitCostInput } from '../../schemas/unit-cost';
import { readCaseBodyText, type CaseBody } from '../cases/body';
import { checkCase, type CaseCheck, type CaseTexts } from './case-check';
import { findingsInYear, type VersionFinding } from './establish';

/** A saved case as it leaves the database: its scenario still as JSON text, read where used. */
export interface StoredRow {
	id: string;
	caseCode: string;
	times: number;
	scenarioText: string;
}

/**
 * The heavy work of the server, as data: what a worker thread is asked to do. Everything in it
 * crosses threads as plain values, so unit costs travel in their saved (input) form.
 */
export type HeavyTask =
	| { kind: 'read-case-body'; text: string }
	| { kind: 'check-case'; form: CaseTexts; figures: readonly UnitCostInput[] }
	| {
			kind: 'summarise-year';
			year: number;
			rows: readonly StoredRow[];
			figures: readonly UnitCostInput[];
	  }
	/** A year's workbook from its kept figures and case list (exact text, wire.ts). */
	| { kind: 'portfolio-xlsx'; listed: string; organisation: string }
	| { kind: 'overview-xlsx'; overview: string; funder: string }
	| { kind: 'case-sums'; rows: readonly StoredRow[]; figures: readonly UnitCostInput[] }
	| { kind: 'case-facts'; rows: readonly StoredRow[]; figures: readonly UnitCostInput[] }
	| {
			kind: 'version-findings';
			rows: readonly StoredRow[];
			/** The texts a manager released, by saved case id. */
			released: Record<string, readonly string[]>;
	  };

export interface HeavyAnswers {
	'read-case-body': CaseBody;
	'check-case': CaseCheck;
	'summarise-year': Listed;
	'portfolio-xlsx': Uint8Array;
	/** What in a year's texts must not reach an established version. */
	'version-findings': VersionFinding[];
	'overview-xlsx': Uint8Array;
	/** The saved cases' sums, in order, as columns to store. */
	'case-sums': SumColumns;
	/** Saved cases' avoided events and planned support, by saved case id, as exact text (wire.ts). */
	'case-facts': string;
}
export type HeavyAnswer<T extends HeavyTask> = HeavyAnswers[T['kind']];

const figuresOf = (inputs: readonly UnitCostInput[]): UnitCostEntry[] =>
	inputs.map((input) => unitCostSchema.parse(input));

/** Saved cases with their scenarios read from their JSON text. */
export const portfolioRows = (rows: readonly StoredRow[]): PortfolioRow[] =>
	rows.map(({ scenarioText, ...row }) => ({
		...row,
		scenario: JSON.parse(scenarioText) as ScenarioInput
	}));

/** Does the task, on whichever thread calls it. */
export async function perform<T extends HeavyTask>(task: T): Promise<HeavyAnswer<T>> {
	const answer = await (async () => {
		switch (task.kind) {
			case 'read-case-body':
				return readCaseBodyText(task.text);
			case 'check-case':
				return checkCase(task.form, figuresOf(task.figures));
			case 'summarise-year':
				return summarise(task.year, portfolioRows(task.rows), figuresOf(task.figures));
			case 'portfolio-xlsx':
				return reportWorkbook(fromExactText<Listed>(task.listed), task.organisation);
			case 'case-sums': {
				const sums = manyCaseSums(portfolioRows(task.rows), figuresOf(task.figures));
				return sumColumns(sums);
			}
			case 'case-facts':
				return exactText([...caseFacts(portfolioRows(task.rows), figuresOf(task.figures))]);
			case 'overview-xlsx':
				return overviewWorkbook(fromExactText<FunderOverview>(task.overview), task.funder);
			case 'version-findings':
				return findingsInYear(portfolioRows(task.rows), task.released);
		}
	})();
	return answer as HeavyAnswer<T>;
}

/** A rough measure of a task's work, in bytes of JSON to read: what decides where it runs. */
export function taskSize(task: HeavyTask): number {
	if (task.kind === 'read-case-body') return task.text.length;
	if (task.kind === 'check-case') return task.form.scenario.length;
	// a workbook library is large to load: never on the event loop
	if (task.kind === 'portfolio-xlsx' || task.kind === 'overview-xlsx') return Infinity;
	return task.rows.reduce((sum: number, row) => sum + row.scenarioText.length, 0);
}
