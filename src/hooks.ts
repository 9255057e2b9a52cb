import type { Transport } from '@sveltejs/kit';
import { D, isDecimal } from '$lib/engine';

// Money crosses from server to page as exact decimal text and arrives as a Decimal again.
export const transport: Transport = {
	Decimal: {
		encode: (value) => isDecimal(value) && value.toString(),
		decode: (text: string) => new D(text)
	}
};
