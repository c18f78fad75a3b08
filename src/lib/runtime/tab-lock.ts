// One tab plays. The playing tab holds a Web Lock. A tab that finds it taken queues for it
// (so it starts by itself when the other tab closes) and can ask the holder to let go over a
// BroadcastChannel ("Play here"): the holder saves, stops, and lets go. Never two writers.

const LOCK = 'frontier-play';
const CHANNEL = 'frontier-tabs';

export class TabLock {
	private release: (() => void) | null = null;
	private channel: BroadcastChannel | null = null;
	private waiting: Promise<void> | null = null;

	/** `onAsked`: another tab wants to play. Save and stop, then resolve; the lock is let go after. */
	constructor(private readonly onAsked: () => Promise<void>) {}

	get supported(): boolean {
		return typeof navigator !== 'undefined' && 'locks' in navigator;
	}

	get held(): boolean {
		return this.release !== null || !this.supported;
	}

	/** Takes the lock if no other tab holds it. */
	async tryAcquire(): Promise<boolean> {
		if (!this.supported) return true;
		return this.request(true);
	}

	/** Resolves once this tab holds the lock (queued behind the tab that has it). */
	waitFor(): Promise<void> {
		if (!this.supported || this.release) return Promise.resolve();
		this.waiting ??= this.request(false).then(() => {
			this.waiting = null;
		});
		return this.waiting;
	}

	/** Asks the playing tab to save and let go. */
	askToLetGo(): void {
		if (!this.supported) return;
		const channel = new BroadcastChannel(CHANNEL);
		channel.postMessage({ type: 'please-let-go' });
		channel.close();
	}

	private request(ifAvailable: boolean): Promise<boolean> {
		return new Promise((resolve) => {
			navigator.locks
				.request(LOCK, { ifAvailable }, (lock) => {
					if (!lock) {
						resolve(false);
						return undefined;
					}
					this.listen();
					// Held until letGo() is called.
					const held = new Promise<void>((done) => (this.release = done));
					resolve(true);
					return held;
				})
				.catch(() => resolve(false));
		});
	}

	private listen(): void {
		this.channel = new BroadcastChannel(CHANNEL);
		this.channel.onmessage = async (event) => {
			if (event.data?.type !== 'please-let-go' || !this.release) return;
			await this.onAsked();
			this.letGo();
		};
	}

	letGo(): void {
		this.channel?.close();
		this.channel = null;
		const release = this.release;
		this.release = null;
		release?.();
	}
}
