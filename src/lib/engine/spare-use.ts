// What the Demand card says of spare capacity: how much of it resells, and what would put the
// rest to use, by the rule Match demand holds (match-demand.ts): "Train more" only while Match
// demand would train more. Playtest 19's fix left room for customers coming back, and the card
// read "capacity idle. Train more" beside the Train ↔ Serve card's "with room for those coming
// back": the room is said as such.
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import { market } from './market';
import { matchDemand, SAME_SHARE } from './match-demand';
import type { Rates } from './rates';
import type { GameState } from './state';

/** What resells of the spare (the lab's own idle racks only: rented ones never resell: cloud.ts
 * resold), and what would put the rest to use: the run (`remedy`: "train more" only while Match
 * demand would train more: playtest 9 saw it at 100 %, playtest 19 beside the room kept for
 * customers coming back; "start a run" with none), and a lower price, unless the tier is the
 * cheapest (`priceLower`: playtest 17 read "Price lower" on Cheap) or the spare is that room.
 * `room`: the spare is what Match demand keeps for customers coming back while a run trains. */
export interface SpareUse {
	resold: Decimal;
	remedy: 'train-more' | 'start-run' | null;
	priceLower: boolean;
	room: boolean;
}

export function spareUse(s: GameState, content: EraContent, r: Rates): SpareUse {
	const m = market(r, s.hype);
	const tier = content.priceTiers.get(s.priceTier);
	const match = s.run ? matchDemand(r, s.hype, s.loyalty) : null;
	const more = !!match && match.share > s.trainShare + SAME_SHARE;
	const room = !!match && match.returning && !more && !m.soldOut;
	return {
		resold: m.resold,
		remedy: !s.run ? 'start-run' : more ? 'train-more' : null,
		priceLower:
			!room && [...content.priceTiers.values()].some((t) => !!tier && t.priceMult < tier.priceMult),
		room
	};
}
