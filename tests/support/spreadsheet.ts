import type ExcelJS from 'exceljs';

/** What a cell holds as a number: a number, or a formula's result. */
export function numberIn(sheet: ExcelJS.Worksheet, ref: string): number {
	const value = sheet.getCell(ref).value;
	if (typeof value === 'number') return value;
	// exceljs leaves out a cached result of 0
	if (value && typeof value === 'object' && 'formula' in value) return Number(value.result ?? 0);
	throw new Error(`${sheet.name}!${ref} holds no number`);
}

/** A cell's number, or 0 for text: what a spreadsheet's SUM does with a "—". */
function summand(sheet: ExcelJS.Worksheet, row: number, column: number): number {
	const value = sheet.getCell(row, column).value;
	if (typeof value === 'string' || value === null) return 0;
	return numberIn(sheet, sheet.getCell(row, column).address);
}

/**
 * The formulas the workbooks write, evaluated: cells joined by + - * /, or a SUM of a range in
 * one column or one row.
 */
export function evaluate(sheet: ExcelJS.Worksheet, formula: string): number {
	const range = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(formula);
	if (range) {
		const from = sheet.getCell(range[1]!);
		const to = sheet.getCell(range[2]!);
		let total = 0;
		for (let row = Number(from.row); row <= Number(to.row); row++)
			for (let column = Number(from.col); column <= Number(to.col); column++)
				total += summand(sheet, row, column);
		return total;
	}
	const [first, ...rest] = formula.split(/(?=[-+*/])/);
	return rest.reduce(
		(value, part) => {
			const operand = numberIn(sheet, part.slice(1));
			const operator = part[0];
			if (operator === '+') return value + operand;
			if (operator === '-') return value - operand;
			if (operator === '*') return value * operand;
			return value / operand;
		},
		numberIn(sheet, first!)
	);
}

/** Every formula of a workbook with what it evaluates to and the figure its cell shows. */
export function formulasOf(book: ExcelJS.Workbook) {
	const found: { at: string; evaluated: number; shown: number }[] = [];
	book.eachSheet((sheet) =>
		sheet.eachRow((row) =>
			row.eachCell((cell) => {
				const value = cell.value;
				if (value && typeof value === 'object' && 'formula' in value && value.formula)
					found.push({
						at: `${sheet.name}!${cell.address}`,
						evaluated: evaluate(sheet, value.formula),
						shown: numberIn(sheet, cell.address)
					});
			})
		)
	);
	return found;
}
