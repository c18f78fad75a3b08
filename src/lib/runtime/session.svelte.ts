// The session: which tab plays (a Web Lock; "Play here" takes over), and whether the browser
// keeps our storage. The service-worker update flow is its neighbour, sw-update.svelte.ts.
import { TabLock } from './tab-lock';

/** What the session needs of a lock (a fake one in tests). */
export interface PlayLock {
	readonly held: boolean;
	tryAcquire(): Promise<boolean>;
	waitFor(): Promise<void>;
	askToLetGo(): void;
}

export class Session {
	/** Another tab is playing; this one waits ("Play here" takes over). */
	elsewhere = $state(false);
	/** Outcome of asking the browser to keep our storage. */
	persisted: 'not-asked' | 'granted' | 'denied' | 'unsupported' = $state('not-asked');
	private readonly lock: PlayLock;

	/**
	 * `play`: load the save and run (when this tab gets its turn). `stop`: save and stop
	 * (another tab asked to play). `lock` is made from `stop` unless given.
	 */
	constructor(
		private readonly play: () => Promise<void>,
		stop: () => Promise<void>,
		lock?: PlayLock
	) {
		this.lock =
			lock ??
			new TabLock(async () => {
				await stop();
				// Queue again only once the lock is let go (right after this returns), behind
				// the tab that asked: this tab resumes by itself when that one closes.
				setTimeout(() => this.waitForTurn(), 0);
			});
	}

	get held(): boolean {
		return this.lock.held;
	}

	async start(): Promise<void> {
		if (await this.lock.tryAcquire()) await this.play();
		else this.waitForTurn();
	}

	/** Another tab plays: queue for the lock, and play (from its save) once it is ours. */
	waitForTurn(): void {
		this.elsewhere = true;
		void this.lock.waitFor().then(async () => {
			if (!this.elsewhere) return;
			this.elsewhere = false;
			await this.play();
		});
	}

	/** "Play here": the other tab saves and lets go; this one then loads that save and plays. */
	async playHere(): Promise<void> {
		const turn = this.lock.waitFor();
		this.lock.askToLetGo();
		await turn;
		while (this.elsewhere) await new Promise((r) => setTimeout(r, 20));
	}

	/** After the first real progress, ask the browser not to evict our storage. */
	async askToPersist(): Promise<void> {
		if (this.persisted !== 'not-asked') return;
		if (typeof navigator === 'undefined' || !navigator.storage?.persist) {
			this.persisted = 'unsupported';
			return;
		}
		this.persisted = (await navigator.storage.persist().catch(() => false)) ? 'granted' : 'denied';
	}
}
