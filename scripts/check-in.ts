// A scripted lab brought to a check-in, for the fixtures the browser tests and playtests open
// (save-fixture.ts, endless-fixture.ts).
import { eraContent } from '../src/lib/content';
import { advance, rates, runTimeLeft, type GameState } from '../src/lib/engine';

/**
 * A lab brought to a check-in (playtest 3: the mid-game and late-era saves arrived with an
 * 18-minute to 25-day run under way, so a check-in had nothing to do): the run under way is
 * trained to its end by the engine, with the player's releases and runs not automated, so a
 * finished model waits at the gate, no run goes, and Release and Start are the player's moves.
 */
export function toCheckIn(s: GameState): void {
	s.meta.automation.release.on = false;
	s.meta.automation.run.on = false;
	const c = eraContent(s.eraId);
	for (let i = 0; s.run && i < 100; i++) {
		const left = runTimeLeft(s, rates(s, c), c);
		if (!Number.isFinite(left) || left > 7 * 86_400) throw new Error(`a run of ${left} s left`);
		advance(s, c, Math.max(1, Math.ceil(left)));
	}
	if (s.run || !s.gate) throw new Error('the run did not end with a model at the gate');
}
