// A Garage lab for the world events' tests (events.test, standing-answer.test): a few minutes in,
// with some income and researchers, no event under way and the next one due in `dueIn` seconds.
import { advance, apply, newGame, type GameState } from '../../../src/lib/engine';
import { garage } from './helpers';

export function eventLab(seed = 4, dueIn = 100_000): GameState {
	const s = newGame(seed);
	s.cash = s.cash.add(50_000);
	for (let i = 0; i < 3; i++) apply(s, garage, { type: 'hire' });
	apply(s, garage, { type: 'buy', hardware: 'gaming-gpu', count: 3 });
	apply(s, garage, { type: 'start-run', size: 'small' });
	advance(s, garage, 120);
	s.event = null;
	s.nextEventAt = s.tick + dueIn;
	return s;
}
