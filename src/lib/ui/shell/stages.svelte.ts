// The running game mounts in pieces, one a task: what the first viewport needs first, then the
// rest of the lab, then what only shows on demand (toasts, sheets, prompts). No single task
// holds the main thread for long while the lab starts (Lighthouse's total blocking time).
// Messages, not timers or frames: timers can be paused (tests hold the clock), frames stop in
// a hidden tab.

export class Stages {
	/** How many pieces have had their turn (0 before `start`). */
	reached = $state(0);
	private started = false;

	constructor(private readonly count: number) {}

	/** Gives each piece its own task, in order. */
	start(): void {
		if (this.started) return;
		this.started = true;
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			this.reached += 1;
			if (this.reached < this.count) channel.port2.postMessage(null);
			else channel.port1.close();
		};
		channel.port2.postMessage(null);
	}
}
