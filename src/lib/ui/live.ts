// The running game's entry, loaded after the first paint (App.svelte): the lab's panel, the
// live counters, and the rest (overlays, sheets, the game's start). App.svelte keeps its header,
// panel and tab bar, and puts these in their places.
export { default as Live } from './Live.svelte';
export { default as LivePanel } from './LivePanel.svelte';
export { default as LiveCounters } from './shell/LiveCounters.svelte';
export { counting, shown } from './live-state';
