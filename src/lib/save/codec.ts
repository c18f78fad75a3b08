// The game state as plain JSON and back, by its declared shape (engine/state.ts): Decimals
// travel as exact strings, everything else as it is.
import { GAME_STATE, type GameState } from '../engine/state';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The state as a JSON-safe object (Decimals as exact strings), sharing nothing with it. */
export function stateToJson(s: GameState): { [key: string]: Json } {
	return GAME_STATE.toJson(s) as { [key: string]: Json };
}

export function encodeState(s: GameState): string {
	return JSON.stringify(stateToJson(s));
}

/** Revives an object produced by stateToJson (or checked by validateState): the structure
 * is trusted; a field that should be a Decimal and is not throws. */
export function stateFromJson(o: Record<string, unknown>): GameState {
	return GAME_STATE.fromJson(o);
}

export function decodeState(text: string): GameState {
	return stateFromJson(JSON.parse(text));
}
