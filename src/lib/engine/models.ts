// Training runs and models: starting a run, finishing it, and releasing from the launch gate.
import { ERAS, type EraContent } from '../content';
import { Decimal } from './decimal';
import { capabilityOf, paramsOf } from './formulas';
import { distilled } from './edge';
import { noteEpochs } from './endless';
import { recordHistory } from './history';
import { addRush } from './loyalty';
import { playerLeads, takesGoal } from './leaderboard';
import { pushNews } from './news';
import { answerPlayerLead } from './rivals';
import type { Multipliers } from './effects';
import { nextRandom } from './rng';
import { OUTCOME } from './outcome';
import { HYPE_MAX, type GameState, type Model } from './state';
import { withRecipe } from './recipe';
import { disappoints } from './run-band';

/**
 * A run is done when its progress is within 1e-9 of the target. Repeated addition (step)
 * and multiplication (advance) differ in the last bits; a tie exactly at the target would
 * otherwise fall on either side. Both paths use this test.
 */
export function runIsDone(progress: Decimal, target: Decimal): boolean {
	// The threshold of the last target asked about (asked at every step and search probe).
	if (target !== doneFor) {
		doneAt = target.mul(1 - 1e-9);
		doneFor = target;
	}
	return progress.gte(doneAt);
}
let doneFor: Decimal | null = null;
let doneAt = new Decimal(0);

/** Chance that a run disappoints ("an A for effort"). */
export const DISAPPOINT_CHANCE = OUTCOME.poorChance;
/** Hype gained by a release that is full news, and per capability point over the era's best
 * model released (0.6 and 0.12 while spikes multiplied; added, they are larger so a release
 * still draws a rush). */
export const HYPE_PER_RELEASE = 1;
export const HYPE_PER_POINT = 0.25;
/** A release's spike of hype: news only past the era's best model released (`peak`); a model
 * no better brings none (playtest 16 stacked hype ×10 by releasing thirteen sprint models, each
 * worse than its best). (A step under two points brought a share of the news: the scripted
 * players' small steps then drew less, and the Cheap price was best at 10 % of the Garage's and
 * Hyperscale's moments, 15 wanted.) */
export function releaseSpike(capability: number, peak: number, hypeSpike: number): number {
	const news = capability - peak;
	return news > 0 ? (HYPE_PER_RELEASE + HYPE_PER_POINT * news) * hypeSpike : 0;
}

/** The seeded outcome of a run: usually 0.92–1.08, sometimes a 0.7–0.85 disappointment. */
export function drawOutcome(state: GameState): number {
	const roll = nextRandom(state);
	const spread = nextRandom(state);
	const band = roll < DISAPPOINT_CHANCE ? OUTCOME.poor : OUTCOME.usual;
	return band.lo + band.width * spread;
}

export function modelFromRun(
	name: string,
	flop: Decimal,
	outcome: number,
	mult: Multipliers
): Model {
	return {
		name,
		capability: capabilityOf(flop.mul(mult.algoEfficiency), outcome),
		flop,
		params: paramsOf(flop)
	};
}

/** The name of the model the lab's `n`th finished run makes (distilled: edge.ts distilledName). */
export function runModelName(content: EraContent, n: number): string {
	return `${content.era.playerModelFamily}-${n}`;
}

/** Called by the step when the run's progress reaches its target. */
export function finishRun(state: GameState, content: EraContent, mult: Multipliers): void {
	const run = state.run!;
	mult = withRecipe(run, mult);
	const name = runModelName(content, state.stats.runsFinished + 1);
	const full = modelFromRun(name, run.target, run.outcome, mult);
	// The Edge swarm: a lab that distils serves a smaller, slightly weaker copy (edge.ts).
	const model = (state.edge.distil && distilled(content, mult, full)) || full;
	state.stats.runsFinished += 1;
	state.run = null;
	// The gate holds one model: the better of the waiting one and the new one. The other is set
	// aside, in the news (playtest 22: a waiting model was replaced without a word).
	const waiting = state.gate;
	const kept = !waiting || model.capability >= waiting.capability ? model : waiting;
	const aside = kept === model ? waiting : model;
	if (kept === model) {
		// Below the band its card showed, not a poor draw alone (run-band.ts: playtest 44).
		const disappointing = disappoints(run, model.capability);
		const kind = model !== full ? 'distilled' : 'run-finished';
		pushNews(state, disappointing ? 'disappointing-run' : kind, {
			model: model.name,
			cap: model.capability
		});
	}
	if (aside)
		pushNews(state, 'set-aside', { model: aside.name, cap: aside.capability, item: kept.name });
	state.gate = kept;
}

/**
 * Hype after a release's spike: customers that latency drove off (hype below 0) come back in
 * proportion, (1 + hype) × (1 + spike) − 1; above 0 spikes add, so a rush of releases adds its
 * news, not multiplies it (spikes that multiplied took late eras' demand 10⁸× past the fleet).
 */
export function afterSpike(hype: number, spike: number): number {
	return hype > 0 ? hype + spike : (1 + hype) * (1 + spike) - 1;
}

/** Releases the waiting model: it becomes the served model, hype spikes, share moves. */
export function releaseGate(state: GameState, content: EraContent, mult: Multipliers): void {
	const model = state.gate!;
	const ledBefore = playerLeads(state);
	const takes = takesGoal(state, content, model.capability);
	state.model = model;
	state.gate = null;
	// The spike adds to hype (afterSpike): a lab that lost customers to latency gains in
	// proportion. Of it, a rush of customers stays for the era if served (loyalty.ts). Bounded
	// short of Infinity (state.ts HYPE_MAX), however many releases.
	const spike = releaseSpike(model.capability, state.stats.peakCapability, mult.hypeSpike);
	state.hype = Math.min(HYPE_MAX, afterSpike(state.hype, spike));
	state.loyalty = addRush(state.loyalty, spike);
	state.stats.modelsReleased += 1;
	state.stats.peakCapability = Math.max(state.stats.peakCapability, model.capability);
	const leads = playerLeads(state);
	pushNews(state, leads && !ledBefore ? 'player-takes-lead' : 'player-release', {
		model: model.name
	});
	recordHistory(state);
	if (leads) answerPlayerLead(state, content);
	if (takes) {
		state.goalReached = true;
		// The last era's goal is the end of the road: the final screen is earned.
		if (content.era.index === ERAS.length) state.meta.finished = true;
		pushNews(state, 'era-goal');
	}
	noteEpochs(state, content);
}

/** The model waiting at the gate is worse than the one served: the gate offers to discard it
 * (releaseOutlook's `worse`), auto-run throws it away, and nothing is bought to serve it (the
 * memory advice is the served model's: playtest 22 was told to buy memory for such a model). */
export function gateWorse(state: Pick<GameState, 'gate' | 'model'>): boolean {
	return !!state.gate && state.gate.capability < state.model.capability;
}

export function makeStarterModel(content: EraContent): Model {
	const s = content.era.starterModel;
	const flop = new Decimal(s.flop);
	return { name: s.name, capability: s.capability, flop, params: paramsOf(flop) };
}
