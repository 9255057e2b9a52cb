// The same words for everyone, with no data behind them: built once, and kept for offline use.
export const prerender = true;
