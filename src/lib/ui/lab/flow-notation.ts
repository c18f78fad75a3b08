// One notation for the Lab's flow figures: the capacity, demand, spare and unmet tok/s of the
// Demand card and the run's FLOP/s beside the capacity on the Train/Serve card. The playtest
// read "1.12e20 tok/s capacity" on one card and "112Quint tok/s capacity" on the next: one
// quantity, two notations on one screen.
import { lineNotation, unitNotation, type Notation } from '$lib/format/number';
import type { Snapshot } from '$lib/runtime/snapshot';

export function flowNotation({ r, f }: Pick<Snapshot, 'r' | 'f'>): Notation {
	// The run's FLOP/s by what formatSI writes of it (past Q, its count of Q's: unitNotation).
	const tokens = lineNotation(r.capacity, f.demand, f.spare, f.unmet);
	return tokens === 'scientific' ? tokens : unitNotation(r.trainRate);
}
