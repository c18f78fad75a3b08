// A sensible player's decisions, as a function of the state. Used by the scripted players
// (npm run balance, the pacing tests). Plays only through the engine's public actions.
import type { EraContent } from '../content';
import { answerEvent } from './event-answers';
import {
	apply,
	canResearch,
	hireCost,
	shareThatServes,
	largestRunWithin,
	market,
	rates,
	type Action,
	type ActionResult,
	type GameState
} from '../engine';
import { buyHardware, gateFits, keepPowered, runThatFits } from './purchase-strategy';

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
}

/** One round of decisions, each issued as an action through `act`. */
export function decide(
	s: GameState,
	c: EraContent,
	plan: Plan,
	m: Milestones,
	act: Act = (action) => apply(s, c, action)
): void {
	const { horizon, minTrainShare } = plan;
	answerEvent(s, c, act);
	if (s.gate && s.gate.capability > s.model.capability && gateFits(s, c)) {
		act({ type: 'release' });
		m.firstRelease ??= s.tick;
	}
	// The biggest run that finishes within the horizon at the least training share.
	if (!s.run)
		act({
			type: 'start-run',
			size: runThatFits(s, c, largestRunWithin(s, c, rates(s, c), minTrainShare, horizon).id)
		});

	// Serve what is demanded, train with the rest.
	const r = rates(s, c);
	const now = market(r, s.hype);
	if (s.run) {
		// Serve demand with 5 % to spare; train with the rest.
		act({
			type: 'train-share',
			share: Math.min(0.9, Math.max(minTrainShare, shareThatServes(r, now.demand.mul(1.05))))
		});
	}
	const income = now.served.mul(r.price);
	act({ type: 'price-tier', tier: r.capacity.gt(r.baseDemand.mul(3)) ? 'cheap' : 'standard' });

	for (const p of c.era.research)
		if (canResearch(s, c, p.id).ok) act({ type: 'research', project: p.id });

	// Researchers once the lab can carry their salaries comfortably.
	// The player's own rule of thumb: the next salary as written in the era's content, not
	// in its money, which hires early in later eras (the balance is tuned with it).
	const salaries = r.salaries.add(c.era.salary);
	if (income.gt(salaries.mul(3)) && s.cash.gt(hireCost(s, c).mul(2))) act({ type: 'hire' });

	if (keepPowered(s, c, act)) return;
	buyHardware(s, c, act, m);
}
