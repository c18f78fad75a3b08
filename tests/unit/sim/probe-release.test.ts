// The probe's release question is played: holding a finished model is worth something only
// because the lab builds capacity meanwhile (DECISIONS.md "Release timing is a capacity
// decision"), so each option plays the lab on as the active player does, and only the moment
// of the release differs.
import { describe, expect, it } from 'vitest';
import { cloneState, type GameState } from '../../../src/lib/engine';
import { playActive } from '../../../src/lib/sim/players';
import { holdFor, releasedAt, releaseTimesPlayed } from '../../../src/lib/sim/probe/release';
import { HOLDS } from '../../../src/lib/sim/probe/choices';
import { trainedSince } from '../../../src/lib/sim/probe/worth';

/** The first moment of a Garage game at which a better model waits at the gate. */
function firstGate(seed: number): GameState {
	let gate: GameState | null = null;
	playActive(seed, 3 * 3600, 5, 1, (s) => {
		if (!gate && s.gate && s.gate.capability > s.model.capability) gate = cloneState(s);
	});
	if (!gate) throw new Error('no model waited at the gate');
	return gate;
}
const held = (s: GameState) => s.stats.modelsReleased;
const bought = (s: GameState) => JSON.stringify(s.hardware);

describe('release now or hold, played on', () => {
	// Seed 4: a lab that starts its next run while the model waits (on seeds 1–3 the player buys
	// chips through the hold and starts no run).
	const s = firstGate(4);
	const waiting = s.gate!.capability;

	it('holds the model for the hold while the lab trains and buys meanwhile, then releases it', () => {
		const during = holdFor(s, 900);
		expect(during.tick).toBe(s.tick + 900);
		expect(held(during)).toBe(held(s));
		expect(during.model.capability).toBeLessThan(waiting);
		expect(during.gate!.capability).toBeGreaterThanOrEqual(waiting);
		expect(trainedSince(s, during).gt(0)).toBe(true);
		expect(bought(during)).not.toBe(bought(s));
		const after = releasedAt(s, 900, 900);
		expect(held(after)).toBe(held(s) + 1);
		expect(after.model.capability).toBeGreaterThanOrEqual(waiting);
	});

	it('releases at once when asked to', () => {
		const now = releasedAt(s, 0, 0);
		expect(now.tick).toBe(s.tick);
		expect(now.model.capability).toBeGreaterThanOrEqual(waiting);
	});

	it('names every hold and ranks the best first at 1', () => {
		const o = releaseTimesPlayed(s, 3600)!;
		expect(o.map((x) => x.option)).toEqual(
			HOLDS.map((at) => (at === 0 ? 'now' : `hold-${at / 60}`))
		);
		expect(Math.max(...o.map((x) => x.worth))).toBe(1);
		for (const x of o) expect(Number.isFinite(x.worth)).toBe(true);
	});

	it('asks nothing when no better model waits', () => {
		const none = cloneState(s);
		none.gate = null;
		expect(releaseTimesPlayed(none, 3600)).toBeNull();
	});
});
