// Rival labs: seeded release rhythms with rubber-banding. The leader slows (it is busy
// serving), trailers surge, and no rival runs far ahead of the player. Each draw happens
// at a release, so the next release is always known in advance (exact fast-forward).
import type { EraContent, RivalDef } from '../content';
import { recordHistory } from './history';
import { pushNews } from './news';
import { nextRandom } from './rng';
import type { GameState, RivalState } from './state';

/** How far ahead of the player a rival can get before it all but stops gaining. */
const LEAD_OVER_PLAYER_SCALE = 8;

export function scheduleNext(state: GameState, rival: RivalState, def: RivalDef): void {
	const top = Math.max(state.model.capability, ...state.rivals.map((r) => r.capability));
	const behindLeader = top - rival.capability;
	const aheadOfPlayer = rival.capability - state.model.capability;
	const isLeader = behindLeader <= 0;
	const surge = isLeader ? 0.5 : 1 + behindLeader / 10;
	const brake = aheadOfPlayer > 0 ? Math.exp(-aheadOfPlayer / LEAD_OVER_PLAYER_SCALE) : 1;
	const stride = def.stride * surge * brake * (0.6 + 0.8 * nextRandom(state));
	const pace = isLeader ? 1.4 : 1 / (1 + behindLeader / 20);
	const interval = Math.max(30, Math.round(def.cadence * pace * (0.7 + 0.6 * nextRandom(state))));
	rival.nextCapability = Math.round((rival.capability + stride) * 10) / 10;
	rival.nextReleaseAt = state.tick + interval;
}

export function releaseRival(state: GameState, content: EraContent, rival: RivalState): void {
	const def = content.era.rivals.find((d) => d.id === rival.id)!;
	const others = Math.max(
		state.model.capability,
		...state.rivals.filter((r) => r !== rival).map((r) => r.capability)
	);
	const ledBefore = rival.capability > others;
	rival.capability = rival.nextCapability;
	rival.version += 1;
	rival.modelName = `${def.modelFamily}-${rival.version}`;
	const params = { lab: def.name, model: rival.modelName, cap: rival.capability };
	pushNews(
		state,
		rival.capability > others && !ledBefore ? 'rival-takes-lead' : 'rival-release',
		params
	);
	recordHistory(state);
	scheduleNext(state, rival, def);
}

export function initialRivals(state: GameState, content: EraContent): RivalState[] {
	return content.era.rivals.map((def) => ({
		id: def.id,
		capability: def.startCapability,
		modelName: `${def.modelFamily}-1`,
		version: 1,
		nextReleaseAt: 0,
		nextCapability: def.startCapability
	}));
}
