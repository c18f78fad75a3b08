// Moves made while an absence is being caught up. The catch-up runs on a copy of the lab, so a
// move made meanwhile would be lost; it is held instead, and made in order on the lab caught
// up, before the away report shows (the playtest's first tap, going for Release, was refused).
import type { Action } from '../engine';

export class HeldMoves {
	private moves: Action[] = [];

	/** Holds a move; the same move again at once (a double tap) is held once. */
	hold(move: Action): void {
		const last = this.moves.at(-1);
		if (!last || JSON.stringify(last) !== JSON.stringify(move)) this.moves.push(move);
	}

	/** The moves held, oldest first; none are held after. */
	take(): Action[] {
		const moves = this.moves;
		this.moves = [];
		return moves;
	}
}
