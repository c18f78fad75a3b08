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
