/**
 * What a process keeps of what it computed or read, by key, within a bound: once it holds
 * `limit` entries, the oldest goes first. One policy for every cache of the server, so none
 * grows without end; what a kept value depends on (a revision, a basis) is part of its key.
 */
export class Kept<K, V> {
	readonly #entries = new Map<K, V>();

	constructor(readonly limit: number) {}

	get size(): number {
		return this.#entries.size;
	}

	get(key: K): V | undefined {
		return this.#entries.get(key);
	}

	has(key: K): boolean {
		return this.#entries.has(key);
	}

	set(key: K, value: V): V {
		this.#entries.delete(key);
		this.#entries.set(key, value);
		for (const oldest of this.#entries.keys()) {
			if (this.#entries.size <= this.limit) break;
			this.#entries.delete(oldest);
		}
		return value;
	}

	delete(key: K): void {
		this.#entries.delete(key);
	}

	keys(): IterableIterator<K> {
		return this.#entries.keys();
	}

	/**
	 * The promise kept for the key, or the one `compute` starts now, kept while it runs so that
	 * readers arriving together share it. One that fails, or gives what `keep` refuses, is
	 * forgotten, so the next reader tries again.
	 */
	remember<T>(
		this: Kept<K, Promise<T>>,
		key: K,
		compute: () => Promise<T>,
		keep: (value: T) => boolean = () => true
	): Promise<T> {
		const hit = this.#entries.get(key);
		if (hit) return hit;
		const value = compute();
		this.set(key, value);
		const forget = () => {
			if (this.#entries.get(key) === value) this.#entries.delete(key);
		};
		value.then((v) => keep(v) || forget(), forget);
		return value;
	}
}
