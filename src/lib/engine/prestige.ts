// A new era: the lab starts over on the next hardware, keeping Moat, perks and automation.
import { ERAS, eraContent, PERKS, PERKS_BY_ID, type AutomationName } from '../content';
import { Decimal } from './decimal';
import { multipliers } from './effects';
import { newGame } from './new-game';
import { inEndless } from './endless';
import type { ActionResult } from './actions';
import { META, type GameState } from './state';

/** The offline cap never grows past 30 days. */
export const MAX_OFFLINE_CAP = 30 * 86_400;
export const BASE_OFFLINE_CAP = 24 * 3600;

/** Moat a new era would grant now: the cube root of this era's tokens, in the era's units. */
export function moatGain(state: GameState): Decimal {
	const units = state.tokens.div(eraContent(state.eraId).era.moatTokenUnit);
	return units.lt(1) ? new Decimal(0) : units.pow(1 / 3).floor();
}

/** Moat a new era would grant, per minute of this era so far (the gain itself in the first). */
export function moatPerMinute(state: GameState): Decimal {
	const gain = moatGain(state);
	return state.tick > 60 ? gain.div(state.tick / 60) : gain;
}

/** The Moat pace to show: per minute, or per hour when under one a minute (the playtest read
 * "6.88e-3 per minute"). */
export function moatPace(state: GameState): { value: Decimal; per: 'minute' | 'hour' } {
	const perMinute = moatPerMinute(state);
	return perMinute.gte(1)
		? { value: perMinute, per: 'minute' }
		: { value: perMinute.mul(60), per: 'hour' };
}

/** How close the served model is to the era's goal capability, 0…1. */
export function goalProgress(state: GameState): number {
	return Math.min(1, state.model.capability / eraContent(state.eraId).era.goalCapability);
}

export function nextEraId(state: GameState): string | null {
	const i = ERAS.findIndex((e) => e.id === state.eraId);
	return ERAS[i + 1]?.id ?? null;
}

/** Tokens served this era grow the Moat a new era grants: every era but the last (there, epochs
 * pay it past the goal). Playtest 43 read "(they grow your Moat)" at Dyson's gate. */
export function tokensGrowMoat(state: GameState): boolean {
	return nextEraId(state) !== null;
}

/** The next era is open and the lab has not moved to it yet: the goal is met in an era with one
 * after it (the Era tab's badge and the Lab's pointer read this; playtest 4). */
export function nextEraOpen(state: GameState): boolean {
	return state.goalReached && nextEraId(state) !== null;
}

export type PrestigeRefusal = 'goal-not-reached' | 'last-era';

/** Moves the lab into the next era. Returns the new state (the old one is left as it was). */
export function startNewEra(
	state: GameState
): { ok: true; state: GameState } | { ok: false; reason: PrestigeRefusal } {
	if (!state.goalReached) return { ok: false, reason: 'goal-not-reached' };
	const next = nextEraId(state);
	if (!next) return { ok: false, reason: 'last-era' };
	const gain = moatGain(state);
	const meta = {
		...META.copy(state.meta),
		moat: state.meta.moat.add(gain),
		moatEarned: state.meta.moatEarned.add(gain),
		eraTicks: [...state.meta.eraTicks, state.tick],
		lifetimeTokens: state.meta.lifetimeTokens.add(state.tokens),
		totals: {
			modelsReleased: state.meta.totals.modelsReleased + state.stats.modelsReleased,
			runsFinished: state.meta.totals.runsFinished + state.stats.runsFinished,
			peakCapability: Math.max(state.meta.totals.peakCapability, state.stats.peakCapability)
		}
	};
	return { ok: true, state: newGame(state.meta.seed, next, meta, state.nextId) };
}

export function perkCost(state: GameState, perkId: string): Decimal {
	const def = PERKS_BY_ID.get(perkId);
	if (!def) return new Decimal(Infinity);
	return Decimal.pow(def.costRatio, state.meta.perks[perkId] ?? 0)
		.mul(def.cost)
		.ceil();
}

/** Whether the perk can be bought now: automation opens era by era, and the Research director
 * past the last goal (afterGoal). */
export function perkOpen(state: GameState, perkId: string): boolean {
	const def = PERKS_BY_ID.get(perkId);
	if (!def || eraContent(state.eraId).era.index < (def.fromEra ?? 1)) return false;
	return !def.afterGoal || inEndless(state);
}

/** Whether the perk would do nothing now: its every effect acts at the start of an era (Seed
 * round's starting cash) and no era comes after this one (playtest 30 paid 1 Moat for ×10
 * starting cash in the endless era). */
export function perkIdle(state: GameState, perkId: string): boolean {
	const effects = PERKS_BY_ID.get(perkId)?.effects ?? [];
	const atEraStart = effects.length > 0 && effects.every((e) => e.target === 'startCash');
	return atEraStart && nextEraId(state) === null;
}

export function buyPerk(state: GameState, perkId: string): ActionResult {
	const def = PERKS_BY_ID.get(perkId);
	if (!def) return { ok: false, reason: 'unknown-id' };
	if (!perkOpen(state, perkId)) return { ok: false, reason: 'later-era' };
	if (perkIdle(state, perkId)) return { ok: false, reason: 'last-era' };
	const level = state.meta.perks[perkId] ?? 0;
	if (level >= def.maxLevel) return { ok: false, reason: 'already-done' };
	const cost = perkCost(state, perkId);
	if (state.meta.moat.lt(cost)) return { ok: false, reason: 'not-enough-moat' };
	state.meta.moat = state.meta.moat.sub(cost);
	state.meta.perks[perkId] = level + 1;
	return { ok: true };
}

/** Steps of absence the game catches up: 24 h, doubled by each Long weekend level, at most 30 days. */
export function offlineCapSteps(state: GameState): number {
	const m = multipliers(state.research, eraContent(state.eraId), state.meta.perks);
	return Math.min(MAX_OFFLINE_CAP, Math.round(BASE_OFFLINE_CAP * m.offlineCap));
}

/** Perk ids by the automation they unlock. */
const UNLOCKED_BY = new Map<string, string[]>();
for (const p of PERKS)
	if (p.unlocks) UNLOCKED_BY.set(p.unlocks, [...(UNLOCKED_BY.get(p.unlocks) ?? []), p.id]);

/** Whether automation `kind` is unlocked by an owned perk. */
export function hasAutomation(state: GameState, kind: AutomationName): boolean {
	// Called at every event of a fast-forward: look only at the perks that unlock `kind`.
	for (const id of UNLOCKED_BY.get(kind) ?? []) if ((state.meta.perks[id] ?? 0) > 0) return true;
	return false;
}
