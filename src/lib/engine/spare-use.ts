// What the Demand card says of spare capacity: how much of it resells, and what would put the
// rest to use, by the rule Match demand holds (match-demand.ts): "Train more" only while Match
// demand would train more. Playtest 19's fix left room for customers coming back, and the card
// read "capacity idle. Train more" beside the Train ↔ Serve card's "with room for those coming
// back": the room is said as such.
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import { market } from './market';
import { priceAdvice } from './market-outlook';
import { matchDemand, SAME_SHARE } from './match-demand';
import type { Rates } from './rates';
import { tierOutlook, type TierOutlook } from './tier-outlook';
import type { GameState } from './state';

/** What resells of the spare (the lab's own idle racks only: rented ones never resell: cloud.ts
 * resold), and what would put the rest to use: the run (`remedy`: "train more" only while Match
 * demand would train more: playtest 9 saw it at 100 %, playtest 19 beside the room kept for
 * customers coming back; "start a run" with none), and a lower price (`priceLower`: only where
 * the card's price advice names a cheaper tier, and one that does not sell the lab out: lowerPays)
 * unless the spare is that room.
 * `room`: the spare is what Match demand keeps for customers coming back while a run trains. */
export interface SpareUse {
	resold: Decimal;
	remedy: 'train-more' | 'start-run' | null;
	priceLower: boolean;
	room: boolean;
}

export function spareUse(
	s: GameState,
	content: EraContent,
	r: Rates,
	outlook: readonly TierOutlook[] = tierOutlook(s, content)
): SpareUse {
	const m = market(r, s.hype);
	const match = s.run ? matchDemand(r, s.hype, s.loyalty) : null;
	const more = !!match && match.share > s.trainShare + SAME_SHARE;
	const room = !!match && match.returning && !more && !m.soldOut;
	return {
		resold: m.resold,
		remedy: !s.run ? 'start-run' : more ? 'train-more' : null,
		priceLower: !room && lowerPays(s, content, outlook),
		room
	};
}

/** The price advice beside it (market-outlook.ts priceAdvice, the figure the card's verdict
 * says) names a cheaper tier than the lab's, and at it the lab would not sell out. Playtest 36
 * read "capacity idle. Price lower." beside the Market tab's "Premium earns the most now";
 * playtest 44 read it beside "at Cheap you would sell out": there the lower price fills the idle
 * capacity and more, so the verdict's caveat says it, not this line. Never on the cheapest tier
 * (playtest 17). */
function lowerPays(s: GameState, content: EraContent, outlook: readonly TierOutlook[]): boolean {
	const now = content.priceTiers.get(s.priceTier);
	if (!now) return false;
	const advice = priceAdvice(s, content, outlook);
	return !!advice && advice.tier.priceMult < now.priceMult && !advice.sellsOut;
}
