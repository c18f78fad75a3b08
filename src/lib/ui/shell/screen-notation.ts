// One notation for the whole screen, header included (playtest 3: the header read "2.02e27
// FLOP/s" beside "2.73 RFLOP/s" in the body; Fleet cards "9.71 ZFLOP/s" beside "4.44e22 FLOP/s").
// The rule: the player's notation, except that letters give way to scientific on every screen
// once the lab's scale nears the end of the letters (format/number's SCIENTIFIC_SCALE, a
// thousand below 999Dc). The scale is the lab's own figures: its stocks, flows and price, and
// the run under way. A line still takes scientific for a figure past the letters (lineNotation).
import { eraContent } from '$lib/content';
import { labCompute, pricePerMillion, type Decimal, type GameState } from '$lib/engine';
import { scaleNotation, type Notation } from '$lib/format/number';
import { derive, type Snapshot } from '$lib/runtime/snapshot';

export function screenNotation(
	chosen: Notation,
	{ s, r, f, t }: Pick<Snapshot, 's' | 'r' | 'f' | 't'>
): Notation {
	const scale = [
		s.cash,
		s.tokens,
		s.insight,
		labCompute(r),
		r.fullCapacity,
		f.demand,
		f.tokensPerSec,
		f.cashPerSec,
		t.income,
		pricePerMillion(r)
	];
	if (s.run) scale.push(s.run.target);
	return scaleNotation(chosen, scale);
}

/** A save as the import confirm quotes it: in the notation its own screen would show it in
 * (playtest 4: "$5.04e12 cash" for a header of $5.04T, the confirm having taken the current
 * game's scale), with the income its header will show (playtest 6 read $2.04e107 in the confirm
 * and $9.01e108 moments after: the lab earns more than its cash every second). */
export function savePreview(
	chosen: Notation,
	state: GameState
): { style: Notation; income: Decimal } {
	const derived = derive(state, eraContent(state.eraId));
	return { style: screenNotation(chosen, { s: state, ...derived }), income: derived.t.income };
}
