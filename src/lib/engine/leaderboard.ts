// Who leads: the player and every rival, ranked by released capability.
import type { EraContent } from '../content';
import type { GameState } from './state';

export interface Standing {
	id: string;
	name: string;
	model: string;
	capability: number;
	isPlayer: boolean;
}

export const PLAYER_ID = 'player';

export function standings(state: GameState, content: EraContent): Standing[] {
	const rows: Standing[] = [
		{
			id: PLAYER_ID,
			name: 'Your lab',
			model: state.model.name,
			capability: state.model.capability,
			isPlayer: true
		},
		...state.rivals.map((r) => ({
			id: r.id,
			name: content.era.rivals.find((d) => d.id === r.id)?.name ?? r.id,
			model: r.modelName,
			capability: r.capability,
			isPlayer: false
		}))
	];
	// Ties go to whoever was there first: the player is listed first and sort is stable.
	return rows.sort((a, b) => b.capability - a.capability);
}

export function playerLeads(state: GameState): boolean {
	return state.rivals.every((r) => r.capability < state.model.capability);
}

/** The player's place on the leaderboard (1 = first). */
export function playerRank(s: GameState, c: EraContent): number {
	return standings(s, c).findIndex((r) => r.isPlayer) + 1;
}

/** Whether a model of `capability`, released now, takes the era goal: the goal not yet met,
 * the model at the goal or above, and ahead of every rival (the one rule: models.ts applies it
 * at a release; the screens say it before one). */
export function takesGoal(state: GameState, content: EraContent, capability: number): boolean {
	return (
		!state.goalReached &&
		capability >= content.era.goalCapability &&
		state.rivals.every((r) => r.capability < capability)
	);
}

/** What the era goal asks of the next release now: `need`, the least capability that takes it
 * (the goal, or just above a rival that leads at or past it: the goal needs the lead, and a
 * player with a model over the goal but behind read a full bar and no new era); `leader`, that
 * rival (null while the goal itself is the bar). */
export interface GoalBar {
	goal: number;
	need: number;
	leader: Standing | null;
}

export function goalBar(state: GameState, content: EraContent): GoalBar {
	const goal = content.era.goalCapability;
	const top = standings(state, content).find((r) => !r.isPlayer);
	const leader = top && top.capability >= goal ? top : null;
	// Capabilities are in tenths: the next tenth above the leader is the least that passes it.
	const need = leader ? Math.round(leader.capability * 10 + 1) / 10 : goal;
	return { goal, need, leader };
}

/** What releasing the model at the gate does to the era goal, when it clears the goal (null
 * otherwise, or once the goal is met): `takes` it, or not while `leader` is ahead. */
export function gateGoal(
	state: GameState,
	content: EraContent
): { takes: true } | { takes: false; leader: Standing } | null {
	const gate = state.gate;
	if (!gate || state.goalReached || gate.capability < content.era.goalCapability) return null;
	if (takesGoal(state, content, gate.capability)) return { takes: true };
	// Over the goal and not taking it: a rival at or past it leads (goalBar's leader).
	return { takes: false, leader: goalBar(state, content).leader! };
}
