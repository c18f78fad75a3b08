// Set-ups several tests share: a lab with every power contract on, and a fixture's lab between
// runs that nothing disturbs.
import { eraContent, type EraContent } from '../../../src/lib/content';
import { apply, Decimal, type GameState } from '../../../src/lib/engine';
import { fixtureState } from './helpers';

/** `s` with every power contract of its era signed and running, its cash as it was. */
export function allPowerOn(s: GameState, c: EraContent = eraContent(s.eraId)): GameState {
	const cash = s.cash;
	s.cash = new Decimal('1e300');
	for (const id of c.power.keys()) apply(s, c, { type: 'sign', contract: id });
	for (const id in s.power) s.power[id] = s.tick;
	s.cash = cash;
	return s;
}

/** A fixture's lab between runs (no run, nothing at the gate), with no event or rival release
 * to come and every automation off. */
export function quietBetweenRuns(name: string): GameState {
	const s = fixtureState(name);
	s.run = null;
	s.gate = null;
	s.nextEventAt = 1e12;
	for (const rival of s.rivals) rival.nextReleaseAt = 1e12;
	for (const rule of Object.values(s.meta.automation)) rule.on = false;
	return s;
}
