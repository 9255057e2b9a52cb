// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Actor } from '$lib/server/platform/access';

declare global {
	namespace App {
		interface Locals {
			/** The signed-in user, or null; set from the session cookie on every request. */
			actor: Actor | null;
			/** A report rendered ahead, to be put into its page's slot (see hooks.server.ts). */
			servedReport?: string;
		}
	}
}

export {};
