// The throttle warning's fix in words (engine/throttle-fix.ts throttleFix), the cheapest first.
// Playtest 22: with watts kept at the star it said "Order a panel, or sign more power below"
// when beaming them powered the chips at once.
import type { ThrottleFix, ThrottleStep } from '$lib/engine';
import { formatDuration } from '$lib/format/duration';
import { formatPercent } from '$lib/format/number';
import { beamFitsText } from './beam-words';

const STEP: Record<Exclude<ThrottleStep, 'beam'>, string> = {
	panel: 'order a panel',
	sign: 'sign more power below'
};

/** `beam`: the share of the star's watts beamed now (the rest is kept at the star); `lands`: the
 * power being built (engine/throttle-after.ts powerLands), said first: playtest 44 was told to
 * sign power while a contract was being built. Once it runs every chip, only a free beam is
 * still worth saying. */
export function throttleFixText(
	fix: ThrottleFix,
	beam: number,
	lands: { in: number; throttle: number } | null = null
): string {
	if (!lands) return stepsText(fix, beam);
	const when = `The power being built comes online in ${formatDuration(lands.in)}`;
	if (lands.throttle >= 1) {
		const now = fix.steps[0] === 'beam' ? ` Sooner: ${lowerFirst(stepsText(fix, beam))}` : '';
		return `${when}: it runs every chip.${now}`;
	}
	return `${when}; with it the fleet runs at ${formatPercent(lands.throttle)}. ${stepsText(fix, beam)}`;
}

const lowerFirst = (x: string) => `${x.charAt(0).toLowerCase()}${x.slice(1)}`;

function stepsText(fix: ThrottleFix, beam: number): string {
	const rest = fix.steps.filter((x): x is Exclude<ThrottleStep, 'beam'> => x !== 'beam');
	// A ring named before a panel says why: its watts are now the cheaper.
	const ringFirst = rest[0] === 'sign' && rest.includes('panel');
	const bought = rest
		.map((x, i) =>
			i === 0 && ringFirst ? `${STEP[x]} (a ring's watts now cost less than a panel's)` : STEP[x]
		)
		.join(', or ');
	if (fix.steps[0] !== 'beam') return `${bought.charAt(0).toUpperCase()}${bought.slice(1)}.`;
	const kept = `you keep ${formatPercent(1 - beam)} of the star's watts there`;
	return fix.beamTo !== null
		? `On the star's card above, beam ${beamFitsText(fix.beamTo)} to power every chip (${kept}); or ${bought}.`
		: `On the star's card above, beam all of it (${kept}), then ${bought}.`;
}
