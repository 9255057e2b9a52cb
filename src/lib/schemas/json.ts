export type JsonText = { ok: true; value: unknown } | { ok: false; detail: string };

/** JSON.parse that reports a syntax error as a value, with the parser's own detail. */
export function readJson(text: string): JsonText {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		return { ok: false, detail: error instanceof Error ? error.message : String(error) };
	}
}
