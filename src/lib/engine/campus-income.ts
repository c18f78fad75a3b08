// What the next campus does to the income once it opens (Hyperscale), told on its site's card
// before the tap. Playtest 20 read the Campus card with no income line beside hardware cards that
// said theirs. Playtest 22 paid for one campus and read the next card's "income from +X/s" as if
// the first would never open; and read a fall the card foretold, the peak premium's, as alarming
// for want of a reason.
import type { EraContent } from '../content';
import type { BuyIncome } from './buy-income';
import { netIncome } from './cash-trend';
import { cloneState } from './clone';
import type { Decimal } from './decimal';
import { flow } from './flow';
import { campusProgram, campusSite, ONLINE } from './hyperscale';
import { keptByRates } from './kept-by-rates';
import { revenue } from './market';
import { cutPay } from './power-sources';
import { rates, type Rates } from './rates';
import { takeId, type GameState } from './state';

export interface CampusIncome extends BuyIncome {
	/** Campuses paid for and not open yet: `now` counts them open (0: `now` is the header's). */
	underWay: number;
	/** The share of all the sales the peak premium takes before this campus (the ones under way
	 * open) and with it. */
	cutBefore: number;
	cutAfter: number;
	/** Why the income falls (null: it does not), the larger part of the fall: the peak premium it
	 * raises on all the sales ('peak-premium'), or its power bill past the sales it adds
	 * ('power-bill'). */
	falls: 'peak-premium' | 'power-bill' | null;
	/** It sells more tokens (false: the customers are all served already). */
	addsSales: boolean;
}

/** The lab as it stands, with the campuses under way open. */
function withUnderWayOpen(s: GameState): GameState {
	const t = cloneState(s);
	for (const c of t.hyperscale.campuses) if (c.phase !== ONLINE) c.phase = ONLINE;
	return t;
}

/** The lab's sales before the era's cut, and the cut (the peak premium) paid on them. */
function sales(s: GameState, r: Rates): { gross: Decimal; premium: Decimal } {
	const f = flow(s, r);
	const premium = cutPay(f.served, r);
	return { gross: revenue(f, r).add(premium), premium };
}

/**
 * The income before and once the next campus at `siteId` opens, the lab otherwise as it stands
 * (its chips, its memory, its bill at the site's price and any peak premium, by the rates every
 * screen reads), counting the campuses already paid for as open in both; and why it falls, if it
 * does. Null outside the era, for an unknown site, or with every campus taken.
 */
export function campusIncome(
	s: GameState,
	c: EraContent,
	r: Rates,
	siteId: string
): CampusIncome | null {
	const p = campusProgram(c);
	const campuses = s.hyperscale.campuses;
	if (!p || !campusSite(p, siteId) || campuses.length >= p.maxCampuses) return null;
	return memo(r, siteId, () => {
		const underWay = campuses.filter((x) => x.phase !== ONLINE).length;
		const base = underWay ? withUnderWayOpen(s) : s;
		const rBase = underWay ? rates(base, c) : r;
		const t = cloneState(base);
		const open = { site: siteId, size: campuses.length, phase: ONLINE, at: t.tick, hearings: 0 };
		t.hyperscale.campuses.push({ id: takeId(t), ...open });
		const rAfter = rates(t, c);
		const now = netIncome(base, c, rBase);
		const after = netIncome(t, c, rAfter);
		const [before, withIt] = [sales(base, rBase), sales(t, rAfter)];
		// A fall is the premium's rise on all the sales, and the rest: its bill past what it sells.
		const premiumRise = withIt.premium.sub(before.premium);
		const rest = now.sub(after).sub(premiumRise);
		const falls = !after.lt(now) ? null : premiumRise.gte(rest) ? 'peak-premium' : 'power-bill';
		return {
			now,
			after,
			underWay,
			cutBefore: rBase.salesCut,
			cutAfter: rAfter.salesCut,
			falls,
			addsSales: withIt.gross.gt(before.gross.mul(1 + 1e-9))
		};
	});
}
const memo = keptByRates<CampusIncome>();
