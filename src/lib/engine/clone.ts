// A deep copy of the state, made from its declared shape (state.ts): nothing mutable is
// shared with the source (Decimals are immutable, so they are shared, not copied).
import { GAME_STATE, type GameState } from './state';

export function cloneState(s: GameState): GameState {
	return GAME_STATE.copy(s);
}
