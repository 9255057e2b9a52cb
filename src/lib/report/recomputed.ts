import type { ShortDifference } from './version-difference';

/** An established version priced again from what it was made of, with today's catalog and engine. */
export type Recomputed =
	| { ok: true; catalogVersion: string; same: boolean; difference: ShortDifference }
	/** Cases deleted since: their saved versions went with them, so it cannot be priced again. */
	| { ok: false; missing: string[] };
