// A run size's name on screen: past the Everything run, its multiple is a figure in the screen's
// notation ("Everything ×300M", "Everything ×3e8"), not a third style beside them
// (playtest 3: "Everything ×3·10⁸" on a screen of "2.73 RFLOP/s" and "2.02e27").
import type { RunSizeDef } from '$lib/content';
import { formatNumber, notation, type Notation } from '$lib/format/number';

export function runSizeName(
	size: Pick<RunSizeDef, 'name' | 'times'> | undefined,
	style: Notation = notation()
): string {
	if (!size) return '';
	if (size.times === undefined) return size.name;
	// One digit: the multiples are 3·10ⁿ and 10ⁿ ("×300M", "×3e8", not "×3.00e8"). In
	// scientific, every multiple takes the exponent, small ones too: the picker listed "×10 …
	// ×300, ×3e3, ×1e4" (playtest 5), two notations in one list.
	if (style === 'scientific' && size.times >= 1) {
		const exponent = Math.floor(Math.log10(size.times) + 1e-9);
		const mantissa = Math.round(size.times / 10 ** exponent);
		return size.name.replace(/×.*$/, `×${mantissa}e${exponent}`);
	}
	return size.name.replace(/×.*$/, `×${formatNumber(size.times, 1, style)}`);
}
