// The answer a thoughtful player gives a world event's question, weighed on the lab as it is at
// a glance: the choice card gives it the emphasis (playtest 9 saw "Serve the crowd" in green
// while badly short of capacity), and the scripted players answer with it (sim/event-answers.ts).
import type { EraContent } from '../content';
import { eventChoices } from './event-choice';
import { market } from './market';
import { contractBuilding } from './purchases';
import { rates } from './rates';
import type { GameState } from './state';
import { activeEvent } from './world-events';

/** The option advised for the event under way (null: none is asked). */
export function eventAdvice(s: GameState, c: EraContent): string | null {
	const def = activeEvent(s);
	const choices = eventChoices(s, c);
	if (!def || !choices.length) return null;
	const affordable = (id: string) => choices.some((x) => x.option.id === id && x.affordable);
	const r = rates(s, c);
	const now = market(r, s.hype);
	switch (def.id) {
		case 'viral-moment':
			// Serve the crowd when the fleet, serving fully, has room beyond today's demand.
			return r.fullCapacity.gte(now.demand.mul(1.1)) ? 'ride' : 'pass';
		case 'chip-shortage':
			// Pay while the lab buys hardware: the premium is small against a shortage of buying.
			return affordable('pay') && r.powerDraw.mul(1.05).lt(r.powerCapacity) ? 'pay' : 'wait';
		case 'price-war':
			// Hold the margin (and train with what the leavers free) unless half the capacity idles.
			return now.demand.lt(r.capacity.mul(0.5)) ? 'match' : 'hold';
		case 'talent-poaching':
			// Keep the team when the bonus leaves most of the cash at hand.
			return affordable('counter') &&
				choices.find((x) => x.option.id === 'counter')!.fee.lt(s.cash.mul(0.6))
				? 'counter'
				: 'let-go';
		case 'regulatory-delay':
			// Expedite when power is being built or will be needed soon.
			return affordable('expedite') &&
				(contractBuilding(s) || r.powerDraw.mul(1.2).gte(r.powerCapacity))
				? 'expedite'
				: 'wait';
		default:
			return def.defaultOption;
	}
}
