// The Lab's cash loss for one snapshot (engine/cash-loss.ts cashLoss: its projection plays up to
// an hour of steps), read by the CashLoss card and by the Train ↔ Serve card's splitLoss line:
// worked out once a snapshot, not once a reader.
import type { EraContent } from '$lib/content';
import { cashLoss, type CashLoss } from '$lib/engine';
import type { Snapshot } from '$lib/runtime/snapshot';

const kept = new WeakMap<Snapshot, CashLoss | null>();

/** The lab's cashLoss in this snapshot (which never changes once taken). */
export function labLoss(snap: Snapshot, content: EraContent): CashLoss | null {
	if (!kept.has(snap)) kept.set(snap, cashLoss(snap.s, content, snap.r, snap.f));
	return kept.get(snap)!;
}
