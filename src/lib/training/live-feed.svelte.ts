import type { ScoreRow } from './live';

/**
 * A live round as a screen follows it: the server's events (api/live/[code]/events) as state.
 * The browser's EventSource reconnects by itself after a dropped connection; once the round is
 * over (ended, gone) or this browser has to join first, the feed is closed so it does not.
 */
export type FeedStatus = 'connecting' | 'live' | 'reconnecting' | 'join' | 'gone' | 'ended';

export interface FinalScore {
	board: ScoreRow[];
	/** This phone's row on the board, 1-based; 0 for the projector or a phone not on it. */
	place: number;
}

export class LiveFeed<View> {
	view = $state.raw<View | null>(null);
	status = $state<FeedStatus>('connecting');
	final = $state.raw<FinalScore | null>(null);
	#source: EventSource | null = null;

	constructor(private readonly address: string) {}

	open(): void {
		this.close();
		this.status = 'connecting';
		const source = new EventSource(this.address);
		this.#source = source;
		source.addEventListener('view', (event) => {
			this.view = JSON.parse((event as MessageEvent<string>).data) as View;
			this.status = 'live';
		});
		source.addEventListener('ended', (event) => {
			this.final = JSON.parse((event as MessageEvent<string>).data) as FinalScore;
			this.end('ended');
		});
		source.addEventListener('gone', () => this.end('gone'));
		source.addEventListener('join', () => this.end('join'));
		source.addEventListener('error', () => {
			if (this.status === 'live') this.status = 'reconnecting';
		});
	}

	/** The round is over here: keep what was shown, stop listening. */
	end(status: 'ended' | 'gone' | 'join', final?: FinalScore): void {
		if (final) this.final = final;
		this.status = status;
		this.close();
	}

	close(): void {
		this.#source?.close();
		this.#source = null;
	}
}
