// A sensible player's decisions, as a function of the state. Used by the scripted players
// (npm run balance, the pacing tests). Plays only through the engine's public actions.
import type { EraContent } from '../content';
import { answerEvent } from './event-answers';
import {
	apply,
	canResearch,
	hireCost,
	keepingRates,
	largestRunWithin,
	D0,
	market,
	shareThatServes,
	rates,
	rehireCash,
	revenue,
	type Action,
	type Decimal,
	type Rates,
	type ActionResult,
	type GameState,
	netPrice
} from '../engine';
import { buyHardware, gateFits, keepPowered, runThatFits } from './purchase-strategy';
import { lastRun, marketChoice, shouldRelease, SHORTFALL_SECONDS } from './market-play';
import { decideHyperscale, type CampusStyle } from './hyperscale-strategy';
import { decideSwarm } from './edge-strategy';
import { eraDecision } from './era-decisions';
import { decideBeam } from './dyson-strategy';

/**
 * Cash the player keeps back from hardware: while broke, what lifts the power cut (rehireCash);
 * otherwise SHORTFALL_SECONDS of what the running costs exceed the income by (none when paid).
 */
export function reserve(s: GameState, r: Rates): Decimal {
	if (s.idle) return rehireCash(r);
	const short = r.costs.sub(revenue(market(r, s.hype), r));
	return short.gt(0) ? short.mul(SHORTFALL_SECONDS) : D0;
}

/** How a player issues an action (the scripted players may log them on the way). */
export type Act = (action: Action) => ActionResult;

/** Milestones a player reaches, as the tick they were first seen. */
export interface Milestones {
	firstPurchase?: number;
	firstRelease?: number;
	firstPlace?: number;
	eraGoal?: number;
}

export interface Plan {
	/** How long the next run may take, in seconds. */
	horizon: number;
	/** The least share of compute that trains while a run is on. */
	minTrainShare: number;
	/** How the player treats Hyperscale's campuses and silicon (thoughtful unless given). */
	campuses?: CampusStyle;
	/** An era whose own decision this player leaves at its default (the probe's control). */
	ignores?: string;
	/** Dyson: the player beams all the star's watts to the fleet (the probe's control for the
	 * beam; it still orders panels). */
	beamAll?: boolean;
	/** A train share the player holds whatever the moment (the probe's control for the slider:
	 * probe/constant.ts); it prices for that share. */
	holdShare?: number;
	/** The player checks in for short sessions and is away between them (Orbit: it lets
	 * purchases fly by themselves while rockets are cheap, as no one flies the cargo by hand). */
	away?: boolean;
}

/** One round of decisions, each issued as an action through `act`. Dyson: the player weighs
 * its purchases with every panel beaming (what the star could give the chips), then sets the
 * beam for the fleet it ends the round with (dyson-strategy.ts decideBeam). */
export function decide(
	s: GameState,
	c: EraContent,
	plan: Plan,
	m: Milestones,
	act: Act = (action) => apply(s, c, action)
): void {
	// Between its actions the round reads the same state's rates again and again: they are
	// remembered until an action changes the state (engine/rates-kept.ts).
	keepingRates(() => {
		const beams = s.eraId === 'dyson' && plan.ignores !== s.eraId;
		if (beams && s.dyson.beam !== 1) act({ type: 'beam', share: 1 });
		decideRound(s, c, plan, m, act);
		if (beams) decideBeam(s, c, act, plan.beamAll);
	});
}

/** Where spare compute runs experiments, the most a scripted player trains before the run that
 * should take the goal, and the demand its serving keeps covered meanwhile (× this). */
export const RESEARCH_PHASE_SHARE = 0.1;
export const RESEARCH_PHASE_COVER = 1.9;

/**
 * The train share in an era whose spare compute runs experiments (content EraDef.experiments):
 * until the run under way should take the goal, research pays more than training (a run keeps
 * the algorithms it started with, so research now goes into the run that takes the goal), so
 * the player trains little and serves the demand with room to spare; the last run trains at
 * `share`, what serving and training are worth (marketChoice). A player who holds one share
 * (plan.holdShare) holds it.
 */
function experimentShare(s: GameState, c: EraContent, plan: Plan, share: number): number {
	if (!c.era.experiments || plan.holdShare !== undefined) return share;
	const r = rates(s, c);
	if (lastRun(s, c, r)) return share;
	const covers = shareThatServes(r, market(r, s.hype).demand.mul(RESEARCH_PHASE_COVER));
	return Math.min(share, Math.max(RESEARCH_PHASE_SHARE, covers));
}

function decideRound(s: GameState, c: EraContent, plan: Plan, m: Milestones, act: Act): void {
	const { horizon, minTrainShare } = plan;
	answerEvent(s, c, act);
	if (plan.ignores !== s.eraId) decideSwarm(s, c, act);
	if (shouldRelease(s, c) && gateFits(s, c)) {
		act({ type: 'release' });
		m.firstRelease ??= s.tick;
	}
	// The biggest run that finishes within the horizon at the least training share.
	if (!s.run)
		act({
			type: 'start-run',
			size: runThatFits(s, c, largestRunWithin(s, c, rates(s, c), minTrainShare, horizon).id)
		});

	// Price and train share together: what serving earns against what training gains.
	const choice = marketChoice(s, c, minTrainShare, plan.holdShare);
	if (s.priceTier !== choice.tier) act({ type: 'price-tier', tier: choice.tier });
	if (s.run) act({ type: 'train-share', share: experimentShare(s, c, plan, choice.share) });
	const r = rates(s, c);
	const income = market(r, s.hype).served.mul(netPrice(r));

	for (const p of c.era.research)
		if (canResearch(s, c, p.id).ok) act({ type: 'research', project: p.id });

	// Researchers once the lab can carry their salaries comfortably.
	// The player's own rule of thumb: the next salary as written in the era's content, not
	// in its money, which hires early in later eras (the balance is tuned with it).
	const salaries = r.salaries.add(c.era.salary);
	if (income.gt(salaries.mul(3)) && s.cash.gt(hireCost(s, c).mul(2))) act({ type: 'hire' });
	// Payroll missed and income cannot pay it: let one go (idle researchers come back only once
	// income pays them).
	else if (s.idle && income.sub(r.powerCost).lt(r.salaries)) act({ type: 'let-go' });

	if (plan.ignores !== s.eraId && eraDecision(s, c, act, plan.away)) return;
	if (keepPowered(s, c, act)) return;
	if (decideHyperscale(s, c, act, plan.campuses)) return;
	buyHardware(s, c, act, m, reserve(s, r));
}
