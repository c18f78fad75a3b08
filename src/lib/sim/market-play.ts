// The scripted players' market decisions: how much to serve, at what price, and when to
// release. A thoughtful player's rules of thumb, read off the engine's selectors.
import { ERAS, type EraContent } from '../content';
import {
	capacityAt,
	Decimal,
	market,
	playerLeads,
	quoteHardware,
	rates,
	releaseOutlook,
	shareThatServes,
	tierOutlook,
	trainingPace,
	type GameState,
	type Rates,
	netPrice,
	RUSH_PACE,
	capabilityOf
} from '../engine';

/** The most a scripted player trains: the rest keeps some customers served. */
export const MAX_TRAIN_SHARE = 0.9;
/** Seconds of shortfall (running costs over income) the cash at hand must carry for the player
 * to train past the share whose serving pays them: the longest the active player looks away
 * (players.ts stretch). Broke, the grid would cut the training chips (engine/power-cut.ts). */
export const SHORTFALL_SECONDS = 60;
/** Of a new card's FLOP, the share a player trains with (what cash is worth in FLOP). */
const TRAINED_SHARE = 1.5;

/**
 * Training FLOP a unit of cash is worth: the FLOP/s the best card per dollar adds, trained
 * with for as long as cash still trains (cashSeconds).
 */
export function cashWorth(s: GameState, c: EraContent, r = rates(s, c)): Decimal {
	let best = new Decimal(0);
	for (const hw of c.era.hardware) {
		const cost = quoteHardware(s, c, hw.id, 1)!.cost;
		const perCash = new Decimal(hw.flops * r.mult.compute * c.era.reliability).div(cost);
		if (perCash.gt(best)) best = perCash;
	}
	return best.mul(cashSeconds(s, c, r) * TRAINED_SHARE);
}

/** Seconds the era has left, guessed from the way to the goal so far (10 minutes to a day). */
export function restOfEra(s: GameState, c: EraContent): number {
	const from = c.era.starterModel.capability;
	const progress = Math.max(0.05, (s.model.capability - from) / (c.era.goalCapability - from));
	return Math.min(86_400, Math.max(600, (s.tick * (1 - progress)) / progress));
}

/**
 * Cash a step served in full wins through loyal customers (engine/loyalty.ts): the launch rush
 * turns loyal at RUSH_PACE, as much of it as the price reaches, and the demand it adds is sold
 * over the rest of the era (on average half of it still to come when the cash it earns buys
 * cards). 0 with no rush to win.
 */
export function loyaltyCash(s: GameState, c: EraContent, r: Rates): Decimal {
	const won = s.loyalty.rush * RUSH_PACE * r.reach;
	if (!(won > 0)) return new Decimal(0);
	return r.baseDemand.mul(netPrice(r)).mul((won * restOfEra(s, c)) / 2);
}

/**
 * Seconds a card bought with cash earned now trains: about the rest of the era (guessed from
 * the way to the goal so far), but no longer than the run that should take the era goal has
 * left at the most the player trains (a thoughtful player trains the last run flat out rather
 * than serve for cards that would train a few minutes of it). Issue 16's race from the saved
 * era starts (fifteen seeds): the Garage 4.1 -> 8.8 %, the Cloud 18.9 -> 20.6 %. In eras 3–7
 * the rule changes nothing: the run that takes the goal is trained at the top share already
 * (restOfEra is short by then), and in eras 6 and 7 no run is expected to score the goal (a
 * run's luck takes it).
 */
export function cashSeconds(s: GameState, c: EraContent, r: Rates): number {
	const rest = restOfEra(s, c);
	const flat = trainingPace(r, MAX_TRAIN_SHARE);
	if (!s.run || !flat.gt(0) || !lastRun(s, c, r)) return rest;
	return Math.min(rest, s.run.target.sub(s.run.progress).div(flat).toNumber());
}

/**
 * The draw at which the run under way counts as the one that takes the goal: the usual one (1),
 * except in Dyson, the last era, whose goal no run is expected to score at the usual draw (its
 * goal falls to a good one: 1.04 is the top quarter of the usual band, outcome.ts). There the
 * player goes flat out on the run a good draw would take the goal with, rather than keep its
 * fleet on the experiments while the goal waits for luck. Era 7 from the saved starts (fifteen
 * seeds, scripts/era-starts.ts race and era-trace.ts, 2026-12-05 dy22): the adaptive player
 * 547 -> 534 min (mean of ten starts each), demand above capacity 20.0 -> 28.0 % of the era;
 * Hyperscale with the same rule 16.5 -> 15.3 %, so it stays Dyson's.
 */
export function goalDraw(c: EraContent): number {
	return c.era.index === ERAS.length ? GOOD_DRAW : 1;
}

/** The top quarter of the usual draw (outcome.ts OUTCOME.usual: 0.92–1.08). */
const GOOD_DRAW = 1.04;

/** Whether the run under way should take the era goal: its model, at the era's goal draw
 * (goalDraw), scores the goal's capability. */
export function lastRun(s: GameState, c: EraContent, r: Rates): boolean {
	const size = c.era.runSizes.find((z) => z.id === s.run?.sizeId);
	if (!size) return false;
	const recipe = s.run!.recipe > 0 ? s.run!.recipe : r.mult.algoEfficiency;
	return capabilityOf(new Decimal(size.flop).mul(recipe), goalDraw(c)) >= c.era.goalCapability;
}

export interface MarketChoice {
	tier: string;
	/** Train share (meaningful only while a run is going). */
	share: number;
}

/**
 * The price tier and train share worth the most right now: tokens served (and spare ones
 * resold) valued at what their cash would train, plus the FLOP trained. Serving exactly the
 * demand, serving the most and training the most are the only candidates: value is linear
 * in the share on either side of the point where capacity meets demand. With `held` given
 * (a player who holds the slider there), the tier worth the most at that share.
 */
export function marketChoice(
	s: GameState,
	c: EraContent,
	minTrainShare: number,
	held?: number
): MarketChoice {
	const outlook = tierOutlook(s, c);
	const worth = cashWorth(s, c, outlook[0].rates);
	let best: { value: Decimal; choice: MarketChoice } | null = null;
	for (const o of outlook) {
		const r = o.rates;
		const meets = shareThatServes(r, o.demand.mul(1.05));
		// A lab whose swarm serves may train with all of its own fleet, but no more than what
		// keeps the running costs paid (or the cash at hand covers for SHORTFALL_SECONDS).
		const top = Math.min(r.swarm.gt(0) ? 1 : MAX_TRAIN_SHARE, paidShare(s, r, o.demand));
		// Serving every customer wins the launch rush; sold out, it leaves (engine/loyalty.ts).
		const loyal = loyaltyCash(s, c, r);
		const shares = !s.run
			? [0]
			: held !== undefined
				? [held]
				: [minTrainShare, top, meets].map((x) => Math.min(top, Math.max(minTrainShare, x)));
		for (const share of shares) {
			const capacity = capacityAt(r, share);
			const served = capacity.lt(o.demand) ? capacity : o.demand;
			const cash = served
				.mul(netPrice(r))
				.add(capacity.sub(served).mul(r.spotPrice))
				.add(capacity.lt(o.demand) ? 0 : loyal);
			const value = cash.mul(worth).add(trainingPace(r, share));
			if (!best || value.gt(best.value.mul(1 + 1e-9)))
				best = { value, choice: { tier: o.tier.id, share } };
		}
	}
	return best!.choice;
}

/**
 * The most the lab may train without going broke within SHORTFALL_SECONDS: the share whose
 * serving earns the running costs less what the cash at hand spreads over that time (when
 * even the whole demand cannot, the share that serves it all).
 */
export function paidShare(s: GameState, r: Rates, demand: Decimal): number {
	const need = r.costs.sub(s.cash.div(SHORTFALL_SECONDS));
	if (!need.gt(0)) return 1;
	const tokens = need.div(netPrice(r));
	return shareThatServes(r, tokens.lt(demand) ? tokens : demand.mul(1.05));
}

/** Demand over capacity right after a release beyond which a leading lab holds the model. */
export const HOLD_LOAD = 5;

/**
 * Release a better model, except while the lab leads and the spike would swamp its capacity
 * (latency would burn it): then hold and build capacity first. A model that takes the era
 * goal, or a rival in front, is released at once.
 */
export function shouldRelease(s: GameState, c: EraContent): boolean {
	// A waiting model no better than the served one is never released: its outlook (a copy of
	// the lab released, its rates twice) is not read. A third of the rounds with a model at the
	// gate (the probe, seed 1), 3 % of the probe's time.
	if (!s.gate || s.gate.capability <= s.model.capability) return false;
	const o = releaseOutlook(s, c);
	if (!o || o.gain <= 0) return false;
	if (!playerLeads(s) || s.gate!.capability >= c.era.goalCapability) return true;
	return o.loadAfter <= HOLD_LOAD || o.loadNow > 1;
}

/** Whether the lab sells out now (demand above serving capacity). */
export function soldOut(s: GameState, c: EraContent): boolean {
	return market(rates(s, c), s.hype).soldOut;
}
