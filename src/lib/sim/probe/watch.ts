// The probe's first look: the active scripted player's whole game, watched. It records what
// an era felt like (demand against capacity, memory, the power bill, the lead, the first
// event) and keeps copies of the state at moments worth asking "what if" about.
import { eraContent } from '../../content';
import {
	advance,
	cloneState,
	market,
	cutPay,
	playerLeads,
	rates,
	revenue,
	standings,
	swarmFit,
	type GameState
} from '../../engine';
import { playActive } from '../players';

/** What one era of the active player looked like. */
export interface EraWatch {
	eraId: string;
	/** Seconds the active player took to reach the goal. */
	seconds: number;
	/** The state after the era's first stretch of play: where alternative players start from. */
	start: GameState;
	/** The era's state before the player's first decision (Moat spent): where automation starts. */
	eraStart: GameState;
	/** Evenly spaced moments of the era. */
	moments: GameState[];
	/** More evenly spaced moments, for the next purchase (memory binds only part of an era). */
	buyMoments: GameState[];
	/** Moments at which a finished model waited at the gate. */
	gates: GameState[];
	/** Seconds after the first release, and of them: demand within 2× of capacity, above it, below it. */
	afterRelease: number;
	within2x: number;
	short: number;
	spare: number;
	/** Seconds in which the served model did not fit the fleet's memory, or the Edge swarm's. */
	memoryBound: number;
	/** Power bill over revenue, sampled over the middle half of the era. */
	billShares: number[];
	leadChanges: number;
	/** Tick at which the first world event was under way (Infinity if none). */
	firstEvent: number;
}

const MOMENTS = 10;
const BUY_MOMENTS = 30;
/** How far ahead a moment's run is followed to its finish (seconds). */
const RUN_AHEAD = 2 * 3600;

/**
 * The lab as it would be when its current run finishes and the model waits at the gate,
 * with automation off and the player's settings held (null if not within RUN_AHEAD).
 */
function runFinished(from: GameState): GameState | null {
	if (!from.run) return null;
	const s = cloneState(from);
	for (const rule of Object.values(s.meta.automation)) rule.on = false;
	const c = eraContent(s.eraId);
	const runs = s.stats.runsFinished;
	for (let t = 0; t < RUN_AHEAD && s.stats.runsFinished === runs; t += 30) advance(s, c, 30);
	return s.gate && s.gate.capability > s.model.capability ? s : null;
}
/** Gate moments kept per era, spread over it (20: one moment of a seed moves its figure by 5 %). */
const GATE_MOMENTS = 20;
/** Moments from which the current run is followed to its finish, for more gate moments where
 * the player releases at once and runs are few (the late eras). */
const GATE_PROBES = 90;

/**
 * Plays the active player through every era and watches it. An era's moments are spread over its
 * length, known only at its goal: its states are kept (a copy each) until then and watched after,
 * rather than the game played twice (once to learn the lengths).
 */
export function watchGame(seed: number, eras: number, moments = MOMENTS): EraWatch[] {
	const limit = 4 * 86_400;
	const lengths: number[] = [];
	const watches: EraWatch[] = [];
	let w: EraWatch | null = null;
	let lastTick = 0;
	let leader = '';
	let gatesSeen: GameState[] = [];
	let probes = 0;
	let waiting = false;
	const starts: GameState[] = [];
	const finish = () => {
		if (!w) return;
		// Keep gate moments spread over the era.
		const n = gatesSeen.length;
		const k = Math.min(n, GATE_MOMENTS);
		w.gates = Array.from({ length: k }, (_, i) => gatesSeen[Math.floor((i * n) / k)]);
		watches.push(w);
	};
	const watch = (s: GameState) => {
		if (!w || w.eraId !== s.eraId) {
			finish();
			const index = watches.length;
			if (index >= lengths.length) return;
			w = {
				eraId: s.eraId,
				seconds: lengths[index],
				start: cloneState(s),
				eraStart: starts[index],
				moments: [],
				buyMoments: [],
				gates: [],
				afterRelease: 0,
				within2x: 0,
				short: 0,
				spare: 0,
				memoryBound: 0,
				billShares: [],
				leadChanges: 0,
				firstEvent: Infinity
			};
			gatesSeen = [];
			probes = 0;
			waiting = false;
			lastTick = 0;
			leader = '';
		}
		const dt = s.tick - lastTick;
		lastTick = s.tick;
		const c = eraContent(s.eraId);
		const r = rates(s, c);
		const m = market(r, s.hype);
		if (s.stats.modelsReleased > 0 && r.capacity.gt(0)) {
			const ratio = m.demand.div(r.capacity).toNumber();
			w.afterRelease += dt;
			if (ratio >= 0.5 && ratio <= 2) w.within2x += dt;
			if (ratio > 1) w.short += dt;
			if (ratio < 1) w.spare += dt;
		}
		if (r.memoryFit < 1 || swarmFit(s, c, r.mult, r.footprint) < 1) w.memoryBound += dt;
		if (s.tick > w.seconds / 4 && s.tick < (3 * w.seconds) / 4) {
			// The Edge swarm owners' cut of the sales is its power bill (power-sources.ts).
			const pay = cutPay(m.served, r);
			const income = revenue(m, r).add(pay);
			if (income.gt(0)) w.billShares.push(r.powerCost.add(pay).div(income).toNumber());
		}
		const top = playerLeads(s) ? 'player' : standings(s, c)[0].id;
		if (leader && top !== leader) w.leadChanges += 1;
		leader = top;
		if (s.event && w.firstEvent === Infinity) w.firstEvent = s.tick;
		if (w.moments.length < moments && s.tick >= ((w.moments.length + 0.5) * w.seconds) / moments) {
			w.moments.push(cloneState(s));
		}
		const buys = w.buyMoments.length;
		if (buys < BUY_MOMENTS && s.tick >= ((buys + 0.5) * w.seconds) / BUY_MOMENTS)
			w.buyMoments.push(cloneState(s));
		if (probes < GATE_PROBES && s.tick >= ((probes + 0.5) * w.seconds) / GATE_PROBES) {
			probes += 1;
			// Automation releases at once in later eras: the moment its run would finish, held.
			const held = runFinished(s);
			if (held) gatesSeen.push(held);
		}
		// One moment per wait at the gate (its first): a wait of many steps is one decision.
		const better = !!s.gate && s.gate.capability > s.model.capability;
		if (better && !waiting) gatesSeen.push(cloneState(s));
		waiting = better;
	};
	let kept: GameState[] = [];
	const watchKept = () => {
		kept.forEach(watch);
		kept = [];
	};
	const report = playActive(
		seed,
		limit,
		5,
		eras,
		(s) => {
			kept.push(cloneState(s));
			// The era's last state: its goal, reached at its length (playActive's eraSeconds).
			if (s.goalReached) {
				lengths.push(s.tick);
				watchKept();
			}
		},
		undefined,
		(s) => starts.push(cloneState(s))
	);
	// An era whose goal was not reached within the limit, watched as before.
	lengths.splice(0, lengths.length, ...report.eraSeconds);
	watchKept();
	finish();
	return watches;
}
