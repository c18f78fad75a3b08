// The Power card's cut line in words (engine/run-pause.ts powerCutLine): what the grid still
// powers while the lab is broke, and when that ends. It read "only the chips your income pays
// for run" while every serving chip ran, customers or not, and the lab sat at $0 for days.
import type { PowerCutLine } from '$lib/engine';
import { formatDuration } from '$lib/format/duration';
import { formatMoney, formatPercent, type Notation } from '$lib/format/number';

const TRAINING: Record<Exclude<PowerCutLine['training'], null>, string> = {
	all: " and the run's",
	some: ' and the training their sales pay for',
	none: ", none of the run's"
};

/** `style`: the notation of the screen it is on (the Fleet's: fleet-notation.ts). `panels`: the
 * era collects the star's power (Dyson): panels sell Earth's grid the watts the chips do not draw,
 * the quick way out of a cut (playtest 37 sat in one for hours, its lift days away and receding). */
export function powerCutText(line: PowerCutLine, style?: Notation, panels = false): string {
	const training = line.training === null ? '' : TRAINING[line.training];
	const lifts = `It lifts once you have ${formatMoney(line.needs, style)}`;
	const when = Number.isFinite(line.liftsIn)
		? `, about ${formatDuration(line.liftsIn)} away at this income.`
		: ': this income does not get there.';
	const star = panels
		? " Panels (the star's card) sell Earth's grid the watts your chips do not draw."
		: '';
	const head = line.saving ? 'Power cut since the cash ran out:' : 'Power cut: out of cash,';
	return `${head} the grid powers only the chips your customers keep busy${training} (${formatPercent(line.running)} of your chips). ${lifts}${when}${star}`;
}
