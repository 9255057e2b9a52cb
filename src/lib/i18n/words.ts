import type { Lang } from './lang';

/**
 * The one way to write interface text: the Dutch table sets the shape, and the English one must
 * match it key for key (a missing or an extra English key does not type-check).
 */
export function defineWords<T extends object>(words: { nl: T; en: NoInfer<T> }): Record<Lang, T> {
	return words;
}
