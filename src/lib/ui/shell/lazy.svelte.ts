// A component loaded after the first paint: `get()` starts the load the first time it is
// asked for and gives the component once it is there (null before). Rendered by a plain
// {#if}, so a screen boundary around it catches what the component throws.
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each caller passes its own props
type AnyComponent = Component<any>;

export class Lazy {
	private component: AnyComponent | null = $state.raw(null);
	private loading: Promise<void> | null = null;

	constructor(private readonly load: () => Promise<{ default: AnyComponent }>) {}

	/** Loads the component (once); a failed load (offline, no cache) is tried again next time. */
	fetch(): Promise<void> {
		this.loading ??= this.load().then(
			(m) => {
				this.component = m.default;
			},
			() => {
				this.loading = null;
			}
		);
		return this.loading;
	}

	get(): AnyComponent | null {
		if (!this.component) void this.fetch();
		return this.component;
	}
}
