// A target of DECISIONS.md as data: the probe figures it reads and the bound they must meet
// (the lists: targets.ts). The probe-targets test asserts each; npm run probe prints each.
import type { Figure } from './index';

export interface Target {
	/** What a player would notice if it failed (the test's name). */
	claim: string;
	/** The figures read; their sum is compared (one figure almost always). */
	figures: string[];
	/** Divide the sum by this figure (a ratio, e.g. one era's length over the last's). */
	over?: string;
	/** At least this (inclusive). */
	min?: number;
	/** At most this (inclusive). */
	max?: number;
	/** Strictly above this: "at some sampled moment" is `above: 0`. */
	above?: number;
	/** Strictly below this. */
	below?: number;
}

/** The value a target reads (the sum of its figures; NaN when the probe printed none). */
export function targetValue(t: Target, figures: readonly Figure[]): number {
	const value = (name: string) => figures.find((f) => f.name === name)?.value ?? NaN;
	const sum = t.figures.reduce((a, name) => a + value(name), 0);
	return t.over === undefined ? sum : sum / value(t.over);
}

export function meets(t: Target, value: number): boolean {
	if (Number.isNaN(value)) return false;
	return (
		(t.min === undefined || value >= t.min) &&
		(t.max === undefined || value <= t.max) &&
		(t.above === undefined || value > t.above) &&
		(t.below === undefined || value < t.below)
	);
}

/** The bound in words: "≥ 25", "10–40", "> 0", "< 100". */
export function boundText(t: Target): string {
	if (t.min !== undefined && t.max !== undefined) return `${t.min}–${t.max}`;
	if (t.min !== undefined) return `≥ ${t.min}`;
	if (t.max !== undefined) return `≤ ${t.max}`;
	if (t.above !== undefined) return `> ${t.above}`;
	return `< ${t.below}`;
}
