import { randomBytes } from 'node:crypto';

/**
 * A funder's share code: twelve hexadecimal characters (no O, I or L to misread), shown in
 * groups of four. A provider shares a report by typing the code the funder gave it, so nobody
 * can pose as a municipality by taking its name.
 */
export const newShareCode = (): string => randomBytes(6).toString('hex').toUpperCase();

export const showShareCode = (code: string): string => code.match(/.{1,4}/g)!.join('-');

/** A code as typed: any case, with or without dashes or spaces; null if it cannot be one. */
export function readShareCode(typed: string): string | null {
	const code = typed.replace(/[\s-]/g, '').toUpperCase();
	return /^[0-9A-F]{12}$/.test(code) ? code : null;
}
