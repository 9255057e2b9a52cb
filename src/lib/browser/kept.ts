/**
 * What this browser keeps between visits (cases, a chosen language, an imported catalog, a
 * composed round), each under one key and read back through a check: a store that is damaged,
 * from an older version, or out of reach (a private window, a full disk) reads as nothing
 * rather than breaking the page.
 */

/** How a kept value is written to text and read back; null for text that is not one. */
export interface BrowserCodec<T> {
	read(text: string): T | null;
	write(value: T): string;
}

export interface KeptInBrowser<T> {
	read(): T | null;
	/** Whether it was kept: a browser may refuse (storage off or full). */
	write(value: T): boolean;
	forget(): void;
}

/**
 * A value kept under `key`: across visits (localStorage) by default, or for this tab only
 * (`() => sessionStorage`), which a shared computer forgets when the tab is closed.
 */
export function keptInBrowser<T>(
	key: string,
	codec: BrowserCodec<T>,
	storage: () => Storage = () => localStorage
): KeptInBrowser<T> {
	return {
		read() {
			try {
				const text = storage().getItem(key);
				return text === null ? null : codec.read(text);
			} catch {
				return null;
			}
		},
		write(value) {
			try {
				storage().setItem(key, codec.write(value));
				return true;
			} catch {
				return false;
			}
		},
		forget() {
			try {
				storage().removeItem(key);
			} catch {
				// nothing kept that could be forgotten
			}
		}
	};
}

/** JSON, kept when `valid` says it is what was written. */
export const jsonCodec = <T>(valid: (value: unknown) => value is T): BrowserCodec<T> => ({
	read: (text) => {
		const value: unknown = JSON.parse(text);
		return valid(value) ? value : null;
	},
	write: (value) => JSON.stringify(value)
});

/** A list of records of which each has the given string fields. */
export const listOf =
	<T>(...fields: string[]) =>
	(value: unknown): value is T[] =>
		Array.isArray(value) &&
		value.every(
			(item) =>
				typeof item === 'object' &&
				item !== null &&
				fields.every((f) => typeof (item as Record<string, unknown>)[f] === 'string')
		);
