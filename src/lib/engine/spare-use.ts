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
import { tierOutlook, type TierOutlook } from './tier-outlook';
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
		priceLower: !room && lowerEarns(outlook, s.priceTier),
		room
	};
}

/** A cheaper tier than `current` would earn at least what it earns now (the Market tab's
 * figures): playtest 36 read "capacity idle. Price lower." beside the Market tab's "Premium earns
 * the most now". The rule serveMore says of a dearer tier for a sold-out lab. */
function lowerEarns(outlook: readonly TierOutlook[], current: string): boolean {
	const now = outlook.find((o) => o.tier.id === current);
	if (!now) return false;
	return outlook.some(
		(o) => o.tier.priceMult < now.tier.priceMult && !o.income.lt(now.income.mul(1 - 1e-9))
	);
}
