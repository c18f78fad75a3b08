// The session: which tab plays (a Web Lock; "Play here" takes over), and whether the browser
// keeps our storage. The service-worker update flow is its neighbour, sw-update.svelte.ts.
import { askPersistence, type Persistence } from './persistence';
import { TabLock } from './tab-lock';

/** What the session needs of a lock (a fake one in tests). */
export interface PlayLock {
	readonly held: boolean;
	/** The browser has Web Locks (without them every tab may play: see save/claim.ts). */
	readonly supported: boolean;
	tryAcquire(): Promise<boolean>;
	waitFor(): Promise<void>;
	askToLetGo(): void;
}

export class Session {
	/** Another tab is playing; this one waits ("Play here" takes over). */
	elsewhere = $state(false);
	/** Outcome of asking the browser to keep our storage. */
	persisted: Persistence = $state('not-asked');
	private askingPersist = false;
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

	/** The browser has no Web Locks: tabs are kept apart by checking the save before writing. */
	get lockless(): boolean {
		return !this.lock.supported;
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

	/** "Play here": the other tab saves and lets go; this one then loads that save and plays.
	 * Without locks: load what the other tab saved; that tab stops at its next save. */
	async playHere(): Promise<void> {
		if (this.lockless) {
			this.elsewhere = false;
			await this.play();
			return;
		}
		const turn = this.lock.waitFor();
		this.lock.askToLetGo();
		await turn;
		while (this.elsewhere) await new Promise((r) => setTimeout(r, 20));
	}

	/** After the first real progress, ask the browser not to evict our storage. */
	async askToPersist(): Promise<void> {
		if (this.persisted !== 'not-asked' || this.askingPersist) return;
		this.askingPersist = true;
		this.persisted = await askPersistence(
			typeof navigator === 'undefined' ? undefined : navigator.storage
		);
	}
}
