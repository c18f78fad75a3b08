// The Train ↔ Serve card between runs: where the slider leaves the next run. A run starts at the
// split the slider holds, set by hand or by Match demand during the last run (engine
// start-split.ts); playtest 22 found it at 72 % after a release and expected it to go back.
/** `setting` and `match`: the slider's and Match demand's train share now, in whole percent. */
export function nextSplitText(setting: number, match: number): string {
	const matched = match > 0 && match !== setting ? ` (Match demand: ${match}% now)` : '';
	return `All of it serves until a run starts. The next run trains ${setting}%, where the slider stands${matched}.`;
}
