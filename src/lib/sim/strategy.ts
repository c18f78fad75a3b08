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

/**
 * How the scripted player splits the lab before the run that should take the era goal: it trains
 * at most `share` and serves `cover` × the demand meanwhile (more when the pick of marketChoice
 * trains less), then the last run trains at least `last` (marketChoice's pick otherwise).
 */
interface Phases {
	share: number;
	cover: number;
	last?: number;
}

/** Where spare compute runs experiments: research pays more than training until the last run (a
 * run keeps the algorithms it started with, so research now goes into the run that takes the
 * goal), so the player trains little and serves the demand with room to spare. */
const RESEARCH_PHASES: Phases = { share: 0.1, cover: 1.9 };

/** The Garage: cash grows the lab (chips bought from sales compound), and the lab's size sets
 * how fast the run that takes the goal trains, so the player serves every customer and trains
 * little until that run, which then trains at 60 % or more. A hindsight switch from 0.2 to 0.9 at
 * 70 % of the era was ~16 points ahead of the best constant share (seeds 1–8, scripts/
 * switch-race.ts) while marketChoice alone read −2.2 % against it; with these phases (and the
 * Garage's content retuned for them: content/garage.ts) the best constant share is 74.6 % later
 * (the full probe, fifteen seeds; targets.ts). A player away for hours (plan.away) has no last
 * run to time and its cash waits unspent between check-ins: it plays marketChoice's share. */
const GARAGE_PHASES: Phases = { share: 0.1, cover: 1, last: 0.6 };

function phasesOf(c: EraContent, plan: Plan): Phases | null {
	if (c.era.experiments) return RESEARCH_PHASES;
	return c.era.id === 'garage' && !plan.away ? GARAGE_PHASES : null;
}

/** The train share by the era's phases (phasesOf; `share`, what serving and training are worth
 * now: marketChoice). A player who holds one share (plan.holdShare) holds it. */
function phasedShare(s: GameState, c: EraContent, plan: Plan, share: number): number {
	const phases = phasesOf(c, plan);
	if (!phases || plan.holdShare !== undefined) return share;
	const r = rates(s, c);
	// The last run trains at `last` while the served model fits: a lab short of memory serves
	// what it can first (held at 60 %, a lab whose last run missed the goal sat at a third of its
	// model's speed for an hour, broke: seed 8, 115 min and no goal).
	if (lastRun(s, c, r)) return r.memoryFit < 1 ? share : Math.max(share, phases.last ?? 0);
	const covers = shareThatServes(r, market(r, s.hype).demand.mul(phases.cover));
	return Math.min(share, Math.max(phases.share, covers));
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
	if (s.run) act({ type: 'train-share', share: phasedShare(s, c, plan, choice.share) });
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
