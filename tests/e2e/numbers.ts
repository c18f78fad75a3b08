// Reads a number as the game prints it ("$25.9", "31.2M", "1.00e40") back into a JS number.
const SUFFIX: Record<string, number> = {
	'': 1,
	K: 1e3,
	M: 1e6,
	B: 1e9,
	T: 1e12,
	Qa: 1e15,
	Qi: 1e18,
	Sx: 1e21
};

export function readNumber(text: string): number {
	const m = text.replace(/[$,+]/g, '').match(/(-?[\d.]+(?:e-?\d+)?)(Qa|Qi|Sx|[KMBT])?/);
	if (!m) throw new Error(`no number in "${text}"`);
	return Number(m[1]) * SUFFIX[m[2] ?? ''];
}
