// Answers kept with the rates they were read from: a screen asks for each hardware card at every
// render of a snapshot (its state and rates are one), and a new snapshot brings new rates.
import type { Rates } from './rates';

/** A store of answers by rates and key: `get(r, key, make)` makes an answer once per rates. */
export function keptByRates<T>(): (r: Rates, key: string, make: () => T) => T {
	const kept = new WeakMap<Rates, Map<string, T>>();
	return (r, key, make) => {
		let answers = kept.get(r);
		if (!answers) kept.set(r, (answers = new Map()));
		if (answers.has(key)) return answers.get(key)!;
		const value = make();
		answers.set(key, value);
		return value;
	};
}
