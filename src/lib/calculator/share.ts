import type { ScenarioInput } from '../schemas/scenario';

/** A scenario as URL-safe base64 of its JSON, for a link that opens the same case. */
export function encodeShare(scenario: ScenarioInput): string {
	const bytes = new TextEncoder().encode(JSON.stringify(scenario));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The JSON text inside a shared link, or null when the link is damaged. */
export function decodeShare(encoded: string): string | null {
	try {
		const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
		const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}
