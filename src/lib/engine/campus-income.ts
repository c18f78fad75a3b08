// What the next campus does to the income once it opens (Hyperscale), told on its site's card
// before the tap. Playtest 20 read the Campus card with no income line beside hardware cards that
// said theirs. Playtest 22 paid for one campus and read the next card's "income from +X/s" as if
// the first would never open; and read a fall the card foretold, the peak premium's, as alarming
// for want of a reason.
import type { EraContent } from '../content';
import { advance } from './advance';
import type { BuyIncome } from './buy-income';
import { netIncome } from './cash-trend';
import { cloneState } from './clone';
import type { Decimal } from './decimal';
import { flow } from './flow';
import { campusCost, campusProgram, campusSite, ONLINE, siteWait } from './hyperscale';
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
	/** Seconds until it opens, counting the hearings' adjournments to expect (siteWait). */
	wait: number;
	/** The share of the lab's demand gone by then: while it is built the fleet stays as it is,
	 * and customers it cannot serve leave (latency burns hype); 0 when none leave. Playtest 23
	 * built a campus on the card's "income from X to Y" and found most customers gone when it
	 * opened: `after` counts the customers of now. */
	lost: number;
	/** The income once open with the customers left then (`after` counts those of now: the rest
	 * come back once they are served). */
	opens: Decimal;
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
		const wait = siteWait(campusSite(p, siteId)!);
		const then = customersThen(s, c, wait);
		const lost = Math.max(0, 1 - (1 + then.hype) / (1 + s.hype));
		// The lab once open, with the customers (hype and the launches' loyal ones) left then.
		const opening = cloneState(t);
		opening.hype = then.hype;
		opening.loyalty = { ...then.loyalty };
		return {
			now,
			after,
			underWay,
			cutBefore: rBase.salesCut,
			cutAfter: rAfter.salesCut,
			falls,
			addsSales: withIt.gross.gt(before.gross.mul(1 + 1e-9)),
			wait,
			lost,
			opens: lost > 0 ? netIncome(opening, c, rates(opening, c)) : after
		};
	});
}
const memo = keptByRates<CampusIncome>();

/** The lab `wait` seconds on, by the engine's own rules (advance), as if the campus were being
 * built: its price paid (the tap's only effect until it opens; the clone draws no hearing, so
 * the answer never tells how the permits will go). */
function customersThen(s: GameState, c: EraContent, wait: number): GameState {
	const t = cloneState(s);
	const price = campusCost(s, c);
	if (t.cash.gte(price)) t.cash = t.cash.sub(price);
	advance(t, c, Math.round(wait));
	return t;
}
