import { statfs } from 'node:fs/promises';

/**
 * Room left on the disk of the embedded database. PGlite that runs out of room while writing
 * its log stops answering altogether (seen with PGlite 0.3: the next query never returns), so
 * writes are refused while less than a margin is free, and the database is never brought there.
 */
export class DiskSpace {
	private checkedAt = -Infinity;
	private free = Infinity;

	constructor(
		private readonly dir: string,
		private readonly minimumBytes: number,
		private readonly recheckMs = 1000
	) {}

	/** Whether there is less room than the margin; asked of the system at most once a second. */
	async low(now = performance.now()): Promise<boolean> {
		if (now - this.checkedAt >= this.recheckMs) {
			const stats = await statfs(this.dir);
			this.free = stats.bavail * stats.bsize;
			this.checkedAt = now;
		}
		return this.free < this.minimumBytes;
	}
}
