// Rival labs: seeded release rhythms with rubber-banding. Each lab chases the player's
// capability plus its own ambition: behind that target it surges, past it it crawls
// (exponentially smaller steps, further apart), and whoever leads the board is slowed (busy serving). So the race
// stays close whether the player plays or is away. Every draw happens at a release, so the
// next release is always known in advance (exact fast-forward).
import type { EraContent, RivalDef } from '../content';
import { recordHistory } from './history';
import { pushNews } from './news';
import { nextRandom } from './rng';
import type { GameState, RivalState } from './state';

/** Capability points past its target over which a rival's gains shrink by e. */
const OVERSHOOT_SCALE = 2;
const LEADER_SLOWDOWN = 0.6;

export function scheduleNext(state: GameState, rival: RivalState, def: RivalDef): void {
	const gap = state.model.capability + def.ambition - rival.capability;
	const leads =
		state.rivals.every((r) => r === rival || r.capability < rival.capability) &&
		rival.capability > state.model.capability;
	const drive = gap > 0 ? Math.min(3, 0.5 + gap / def.stride) : Math.exp(gap / OVERSHOOT_SCALE);
	const stride =
		def.stride * drive * (leads ? LEADER_SLOWDOWN : 1) * (0.6 + 0.8 * nextRandom(state));
	// Past its target a lab also releases less often: little to show, so it waits longer
	// (at most eight times its cadence). A month away does not bring thousands of releases.
	const pace = gap > 0 ? 1 / (1 + gap / 20) : 1.3 * Math.min(8, Math.exp(-gap / OVERSHOOT_SCALE));
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

export function initialRivals(content: EraContent): RivalState[] {
	return content.era.rivals.map((def) => ({
		id: def.id,
		capability: def.startCapability,
		modelName: `${def.modelFamily}-1`,
		version: 1,
		nextReleaseAt: 0,
		nextCapability: def.startCapability
	}));
}

/**
 * The leader's headwind: when the player releases into the lead, the strongest rival (the
 * challenger) re-plans against the new model and keeps the bolder plan (the sooner release,
 * the bigger step). Without it a rival chases the model it saw at its last release.
 */
export function answerPlayerLead(state: GameState, content: EraContent): void {
	if (!state.rivals.length) return;
	const rival = state.rivals.reduce((a, b) => (b.capability > a.capability ? b : a));
	const def = content.era.rivals.find((d) => d.id === rival.id)!;
	const at = rival.nextReleaseAt;
	const next = rival.nextCapability;
	scheduleNext(state, rival, def);
	rival.nextReleaseAt = Math.min(at, rival.nextReleaseAt);
	// A bigger step only against a clear lead (more than a stride): a close race stays close.
	if (state.model.capability - rival.capability <= def.stride) rival.nextCapability = next;
	else rival.nextCapability = Math.max(next, rival.nextCapability);
}
