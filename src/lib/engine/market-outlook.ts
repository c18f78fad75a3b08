// What a market choice would do, read before the tap: each price tier's demand and share, and
// what releasing the waiting model would do to demand and capacity. Screens and the scripted
// players read these; the rule itself lives once in rates.ts and market.ts.
import type { EraContent, PriceTierDef } from '../content';
import {
	bestPriceTier,
	openingTier,
	sellsOutAt,
	tierOutlook,
	type TierOutlook
} from './tier-outlook';
import { restingHype } from './loyalty';
import { D0, type Decimal } from './decimal';
import { netIncome } from './cash-trend';
import { playerLeads, takesGoal } from './leaderboard';
import { cloneState } from './clone';
import { market, revenue } from './market';
import { gateWorse, releaseGate } from './models';
import { powerPriceIndex } from './power-bill';
import { rates, type Rates } from './rates';
import { quotedTrainShare } from './run-pace';
import type { GameState } from './state';

export { bestPriceTier, openingTier, sellsOutAt, tierOutlook, type TierOutlook };

/** Another tier earns this much more than the current one before the Lab says so. */
export const PRICE_ADVICE_GAIN = 0.1;

/**
 * The tier to switch to, when another would earn at least PRICE_ADVICE_GAIN more per second now
 * than the current one (`gain`: the change of the lab's income, the header's, over that income;
 * Infinity when it earns nothing); null otherwise. The playtest left Premium on as hype faded: customers fell 66 %,
 * the bank emptied, and only the Market tab said another tier earned more.
 * The best tier follows the serving capacity, so the train share: `training` says which split the
 * advice is for (a run under way at its share, or all compute serving between runs), and
 * `otherwise` the tier that earns the most at the other split (the run's quoted share before
 * it starts), when it is another. Playtest 4 saw "Cheap +753 %" with no run, then "Standard
 * +67 %" once training, with no reason shown.
 */
export interface PriceAdvice {
	tier: PriceTierDef;
	gain: number;
	/** What the switch adds to the income per second, the card's figure (playtest 35 read "would
	 * earn 1712% more" beside an income of cents: `gain` is over the header's net income). */
	more: Decimal;
	/** The train share the advice holds at (0: no run, all compute serves). */
	training: number;
	/** The best tier at the other split (a run's share, or all serving), when not `tier`. */
	otherwise: { tier: PriceTierDef; training: number } | null;
	/** At `tier` the lab would sell out where it does not now: it earns more at once, but the
	 * waits then burn hype and drive customers off (playtest 13 took "Cheap would earn more",
	 * sold out at once and lost 20 % of its customers in 40 seconds). */
	sellsOut: boolean;
}

export function priceAdvice(
	state: GameState,
	content: EraContent,
	outlook: readonly TierOutlook[] = tierOutlook(state, content)
): PriceAdvice | null {
	const current = outlook.find((o) => o.tier.id === state.priceTier);
	const best = bestPriceTier(outlook, state.priceTier);
	if (!current || best === current || best.income.lte(0)) return null;
	// The header's income (netIncome) moves by the revenue's change: the costs stay.
	const net = netIncome(state, content, current.rates);
	const gain = net.gt(0) ? best.income.sub(current.income).div(net).toNumber() : Infinity;
	if (gain < PRICE_ADVICE_GAIN) return null;
	const training = state.run ? state.trainShare : 0;
	const other = state.run ? 0 : quotedTrainShare(state);
	const there = bestPriceTier(tierOutlook(state, content, other), state.priceTier);
	return {
		tier: best.tier,
		gain,
		more: best.income.sub(current.income),
		training,
		otherwise: there.tier.id === best.tier.id ? null : { tier: there.tier, training: other },
		sellsOut: sellsOutAt(best, current)
	};
}

/**
 * What the demand card tells a sold-out lab to do. `serve`, how to serve more: send the run less
 * of the compute (`train-less`: the Train/Serve slider), or, with nothing training (no run, or a
 * train share of 0: all of it serves already), add capacity (`add-capacity`: chips or memory on
 * the Fleet; playtest 17 read "Serve more" while the lab served with everything it had).
 * `price`: `higher` only when a dearer tier would earn at least what the price earns now
 * (tierOutlook: playtest 11 switched to Standard on the price advice ("would earn 24 % more") and
 * read "Serve more, or price higher" at once); `dearer-earns-less` when none would; null on the
 * dearest tier, with no dearer price to weigh (playtest 16 read "a dearer price would earn less
 * now" on Premium). Null while the lab is not sold out.
 */
export interface SoldOutRemedy {
	serve: 'train-less' | 'add-capacity';
	price: 'higher' | 'dearer-earns-less' | null;
}

export function soldOutRemedy(
	state: GameState,
	content: EraContent,
	outlook: readonly TierOutlook[] = tierOutlook(state, content)
): SoldOutRemedy | null {
	const current = outlook.find((o) => o.tier.id === state.priceTier);
	if (!current || !current.demand.gt(current.rates.capacity)) return null;
	const { serve, dearer, higher } = serveMore(outlook, current);
	return { serve, price: !dearer ? null : higher ? 'higher' : 'dearer-earns-less' };
}

/** How a lab short of serving serves more (`train-less`: the slider; with nothing training,
 * `add-capacity`), whether a dearer tier than `current` exists, and whether one would earn at
 * least what it earns now (`higher`). The rule soldOutRemedy and waitRemedy both say. */
export function serveMore(
	outlook: readonly TierOutlook[],
	current: TierOutlook
): { serve: SoldOutRemedy['serve']; dearer: boolean; higher: boolean } {
	const serve = current.rates.trainShare > 0 ? 'train-less' : 'add-capacity';
	const dearer = outlook.filter((o) => o.tier.priceMult > current.tier.priceMult);
	const higher = dearer.some((o) => !o.income.lt(current.income.mul(1 - 1e-9)));
	return { serve, dearer: dearer.length > 0, higher };
}

export interface ReleaseOutlook {
	/** Capability over the served model (negative: the waiting model is worse). */
	gain: number;
	worse: boolean;
	/** Demand over serving capacity now, and right after the release (spike included). */
	loadNow: number;
	loadAfter: number;
	/** The lab's income (netIncome, the header's figure) now; right after the release (its spike
	 * of hype included); and once that hype has faded (customers as now), null when that is
	 * within 5 % of the launch's. */
	incomeNow: Decimal;
	incomeAfter: Decimal;
	incomeSettled: Decimal | null;
	/** The served model's income, held, once today's hype has faded to its resting level (as
	 * incomeNow when there is no hype to fade): what a release is weighed against. */
	incomeHeld: Decimal;
	/** Today's hype will fade the served model's income by more than 5 % (incomeHeld under
	 * incomeNow): the gate then weighs the two models once it has. */
	heldFades: boolean;
	/** Share of the released model's serving speed the fleet's memory allows (1: it fits). */
	fitAfter: number;
	/** Of the customers the launch brings, the share latency drives off until demand meets
	 * capacity (market.ts latencyFloor; 0 when the lab can serve them all). */
	leave: number;
	/** Rivals the release passes on the board, and whether it takes the lead. */
	passes: number;
	takesLead: boolean;
	/** The release lowers the lab's income: once its hype has faded (or at launch, when that
	 * fades within 5 %), the released model earns less a second than the served one now. The
	 * gate asks before such a release (playtest 5 fell for it twice, in the Garage and Orbit). */
	lowersIncome: boolean;
	/** Released now, it takes the era goal (leaderboard.ts takesGoal, the rule the release
	 * applies): the gate then says release whatever the income does (playtest 29 read "Released,
	 * it takes the era goal." above "Hold: … Holding costs nothing now."). */
	takesGoal: boolean;
	/** The gate warns of the customers the launch loses (`leave`) only when the release loses
	 * something net: income (lowersIncome), or customers, the released lab serving fewer tokens a
	 * second than the lab serves now. Otherwise the launch's overflow is no loss to weigh
	 * (playtest 9 saw "8.2x capacity: 88% of customers leave" while income rose, at every
	 * release, and learned to ignore it). */
	warnsLeave: boolean;
	/** What holding forgoes a second: the released model's income once the spike has faded
	 * (or at launch) over what the served one earns held (incomeHeld, the figure lowersIncome
	 * weighs it against); 0 when the served one earns more. Playtest 34 read "Release now: once
	 * today's hype fades, it earns more" beside "Holding costs nothing now": the loss was weighed
	 * against today's income, itself riding the last launch's hype. */
	holdForgoes: Decimal;
	/** How many times dearer the grid's power gets with the release (utilities price a lab by its
	 * standing: power-bill.ts powerPriceIndex), when the lab's power bill is 2 % of its sales or
	 * more and it climbs by a tenth or more; else null. Playtest 12 saw power climb ×6 to ×21 in an era, told only after
	 * the fact on the Fleet. */
	powerDearer: number | null;
}

/** `a` is under `b` by more than `margin` of it (either may be negative: net incomes). */
const under = (a: Decimal, b: Decimal, margin: number): boolean => a.lt(b.sub(b.abs().mul(margin)));

/** What releasing the waiting model would do now (null when no model waits). */
export function releaseOutlook(state: GameState, content: EraContent): ReleaseOutlook | null {
	if (!state.gate) return null;
	const load = (s: GameState, r: Rates) =>
		r.capacity.gt(0) ? market(r, s.hype).demand.div(r.capacity).toNumber() : Infinity;
	// The header's income, of the lab as it is and as it would be (`hype` read in its place).
	const income = (s: GameState, r: Rates, hype = s.hype) =>
		netIncome(hype === s.hype ? s : { ...s, hype }, content, r);
	// The state's rates once: `after` is its copy until the release.
	const rNow = rates(state, content);
	const after = cloneState(state);
	releaseGate(after, content, rNow.mult);
	const rAfter = rates(after, content);
	const gain = state.gate.capability - state.model.capability;
	const incomeNow = income(state, rNow);
	const incomeAfter = income(after, rAfter);
	// Faded: hype back at its resting level (loyal customers and the launch rush: loyalty.ts).
	const settled = income(
		after,
		rAfter,
		Math.min(restingHype(after.loyalty, rAfter.reach), state.hype)
	);
	const incomeSettled = under(settled, incomeAfter, 0.05) ? settled : null;
	const loadAfter = load(after, rAfter);
	const kept = incomeSettled ?? incomeAfter;
	const served = state.model.capability;
	const soldOutAfter = market(rAfter, after.hype).soldOut;
	// Weighed against the served model with its own hype faded too (playtest 16 read "falls from
	// $1.57/s to $0.37/s" of a better model: today's figure rode the last launch's spike), and
	// by more than a rounding ("falls from $2.28/s to $2.28/s").
	const held = income(state, rNow, Math.min(restingHype(state.loyalty, rNow.reach), state.hype));
	const incomeHeld = held.lt(incomeNow) ? held : incomeNow;
	const lowersIncome = under(kept, incomeHeld, 0.01);
	const fewerServed = rAfter.capacity.lt(market(rNow, state.hype).served);
	return {
		gain,
		worse: gateWorse(state),
		loadNow: load(state, rNow),
		loadAfter,
		incomeNow,
		incomeAfter,
		incomeSettled,
		incomeHeld,
		heldFades: under(incomeHeld, incomeNow, 0.05),
		fitAfter: rAfter.memoryFit,
		leave: soldOutAfter ? 1 - 1 / loadAfter : 0,
		passes: state.rivals.filter(
			(r) => r.capability >= served && r.capability < after.model.capability
		).length,
		takesLead: !playerLeads(state) && playerLeads(after),
		lowersIncome,
		takesGoal: takesGoal(state, content, state.gate.capability),
		warnsLeave: soldOutAfter && (lowersIncome || fewerServed),
		holdForgoes: kept.gt(incomeHeld) ? kept.sub(incomeHeld) : D0,
		powerDearer: powerDearer(state, after, content, rNow)
	};
}

/** The grid price's climb from `now` to `after` (releaseOutlook's powerDearer). */
function powerDearer(
	now: GameState,
	after: GameState,
	content: EraContent,
	r: Rates
): number | null {
	// A bill under 2 % of the sales (Orbit's, the Moon's, the star's own power) is not worth a word.
	if (!r.powerCost.gt(revenue(market(r, now.hype), r).mul(0.02))) return null;
	const climb = powerPriceIndex(after, content).div(powerPriceIndex(now, content)).toNumber();
	return climb >= 1.1 ? climb : null;
}
