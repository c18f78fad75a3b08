// Without Web Locks (an old Safari, a browser that refuses them) nothing stops two tabs from
// playing one save, and the last to write would win. Each tab then keeps a claim: the save
// it loaded or last wrote, and since when. A save on disk newer than the claim on both
// counts was written by another tab meanwhile, and this tab must not overwrite it.

export interface Claim {
	seq: number;
	since: number;
}

export function writtenElsewhere(onDisk: unknown, claim: Claim): boolean {
	if (!onDisk || typeof onDisk !== 'object') return false;
	const { seq, savedAt } = onDisk as { seq?: unknown; savedAt?: unknown };
	return (
		typeof seq === 'number' &&
		typeof savedAt === 'number' &&
		seq > claim.seq &&
		savedAt > claim.since
	);
}

export class WrittenElsewhereError extends Error {
	constructor() {
		super('Another tab saved this game since this tab loaded it.');
		this.name = 'WrittenElsewhereError';
	}
}
