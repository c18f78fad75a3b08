// A run size's name on screen: past the Everything run, its multiple is a figure in the screen's
// notation ("Everything ×300M", "Everything ×3.00e8"), not a third style beside them
// (playtest 3: "Everything ×3·10⁸" on a screen of "2.73 RFLOP/s" and "2.02e27").
import type { RunSizeDef } from '$lib/content';
import { formatNumber } from '$lib/format/number';

export function runSizeName(size: Pick<RunSizeDef, 'name' | 'times'> | undefined): string {
	if (!size) return '';
	if (size.times === undefined) return size.name;
	return size.name.replace(/×.*$/, `×${formatNumber(size.times)}`);
}
