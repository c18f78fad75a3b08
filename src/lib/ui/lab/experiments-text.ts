// The Train ↔ Serve card's experiments line in words (engine/experiments.ts experimentsView):
// the free share of the fleet and how fast it makes research run, beside the two ends. Playtest
// 22 found "12% of the fleet is more than your steady customers need, insight ×0.98 (×0.50 with
// none of it, ×4.50 with the whole fleet)" hard to read: which share, and ×0.98 of what.
import { spareShown, type Decimal, type ExperimentsView } from '$lib/engine';
import { formatNumber, formatPercent, formatTimes, type Notation } from '$lib/format/number';

export interface ExperimentsWords {
	/** The figures: the free share and the speed it gives research, and the two ends. */
	lead: string;
	/** What "free" is and where the research goes, said dimmer. */
	more: string;
}

/** `soldOut`: customers wait now (the Demand card says tokens go unmet): then they came with a
 * launch's hype, not for the free share. `style`: the card's tok/s notation (flow-notation.ts). */
export function experimentsText(
	view: ExperimentsView,
	soldOut: boolean,
	style?: Notation
): ExperimentsWords {
	const ends = `${formatTimes(view.none)} with none free, up to ${formatTimes(view.all)} with all of it free`;
	if (!spareShown(view)) {
		// Playtest 15 read "×0.50 with none spare" as a penalty: said as what speeds it up.
		// Playtest 23 read it beside the Demand card's "4.36 Quad tok/s spare" (customers away):
		// the figures the rule weighs say why nothing is free. Playtest 42 read "Train 79% serves every
		// customer now" beside what the steady customers want: those away count, so it says so.
		const tok = (x: Decimal) => `${formatNumber(x, 3, style)} tok/s`;
		return {
			lead: `Experiments: none of the fleet is free, so research runs at ${formatTimes(view.boost)}: your steady customers, those away included, want ${tok(view.steady)}, and you serve with ${tok(view.serving)}. Each 10% left free adds ${formatTimes((view.all - view.none) / 10)}, up to ${formatTimes(view.all)} with all of it free.`,
			more: 'Steady customers: all you have without a launch rush, those away and coming back included, so spare capacity now is held for them. Free: neither training nor serving them. Your researchers run experiments on it; what they find goes into the next run.'
		};
	}
	// Sold out on a launch's rush, the Demand card says tokens go unmet: the line says the rush is
	// the extra (playtest 16 read "58% … more than your steady customers need" beside "35.3T tok/s
	// unmet").
	const rush = soldOut ? ' (the customers left waiting came with the hype)' : '';
	return {
		lead: `Experiments: ${formatPercent(view.spare)} of the fleet is free${rush}, so research runs at ${formatTimes(view.boost)} (${ends}).`,
		more: 'Free: neither training nor serving your steady customers (a launch rush shares it). Your researchers run experiments on it; what they find goes into the next run.'
	};
}

/** Before the first hire (experimentsUnstaffed): what researchers would bring, at most `all`. */
export function experimentsUnstaffedText(all: number): string {
	return `Experiments: with researchers at work (Research), compute left free of training and steady customers speeds their research, up to ${formatTimes(all)}.`;
}
