// Reads a number as the game prints it ("$25.9", "31.2M", "$4.1\u202fOct", "1.00e40") back into a
// JS number.
const SUFFIX: Record<string, number> = {
	'': 1,
	K: 1e3,
	M: 1e6,
	B: 1e9,
	T: 1e12,
	Quad: 1e15,
	Quint: 1e18,
	Sext: 1e21,
	Sept: 1e24,
	Oct: 1e27,
	Non: 1e30,
	Dec: 1e33
};

/** The game writes a figure's sign as the minus sign (U+2212); JavaScript reads a hyphen. */
export const ascii = (text: string) => text.replace(/\u2212/g, '-');

export function readNumber(text: string): number {
	const m = ascii(text)
		.replace(/[$,+]/g, '')
		// A word's letters follow a narrow no-break space ("$101\u202fOct").
		.match(/(-?[\d.]+(?:e-?\d+)?)(?:\u202f?(Quad|Quint|Sext|Sept|Oct|Non|Dec)|([KMBT]))?/);
	if (!m) throw new Error(`no number in "${text}"`);
	return Number(m[1]) * SUFFIX[m[2] ?? m[3] ?? ''];
}

const SI_PREFIX: Record<string, number> = {
	'': 1,
	k: 1e3,
	M: 1e6,
	G: 1e9,
	T: 1e12,
	P: 1e15,
	E: 1e18,
	Z: 1e21,
	Y: 1e24,
	R: 1e27,
	Q: 1e30
};

/** Reads a physical quantity as the game prints it ("25 TFLOP", "1.00e31 FLOP") in `unit`. */
export function readSI(text: string, unit: string): number {
	const m = ascii(text).match(new RegExp(`(-?[\\d.]+(?:e-?\\d+)?)\\s*([kMGTPEZYRQ]?)${unit}`));
	if (!m) throw new Error(`no ${unit} in "${text}"`);
	return Number(m[1]) * SI_PREFIX[m[2]];
}
