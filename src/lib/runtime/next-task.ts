// One helper, no imports: the first-paint shell uses it too (App.svelte), so it must not pull
// the running game's code into the first load.

/** Ends the current task so the page can render and handle input before the next piece of
 * work (no long tasks). A message, not a timer: timers can be throttled or paused (and are, by
 * tests that hold the clock). */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
