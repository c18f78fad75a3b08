// Labs that go broke on their next step (the power cut: engine/power-cut.ts).
import { eraContent } from '../../../src/lib/content';
import { advance, apply, newGame, type GameState } from '../../../src/lib/engine';

const garage = eraContent('garage');

/** A Garage lab on the home circuit that trains nearly everything, its cash spent: its bill is
 * ~100x what its few serving chips earn, so its next step leaves it broke (the power cut). */
export function overBilledLab(): GameState {
	const s = newGame(5);
	s.cash = s.cash.add(1e6);
	for (let i = 0; i < 3; i++) apply(s, garage, { type: 'buy', hardware: 'mining-rig', count: 1 });
	apply(s, garage, { type: 'buy', hardware: 'gaming-gpu', count: 1 });
	apply(s, garage, { type: 'start-run', size: 'huge' });
	apply(s, garage, { type: 'train-share', share: 0.99995 });
	s.cash = s.cash.mul(0);
	return s;
}

/** `s` with a hundred more GPUs (its contracts delivered), its cash spent: more than a hundred
 * times the chips its steady customers need, whose bill their sales cannot pay. */
function overBought(s: GameState): GameState {
	s.cash = s.cash.add(1e9);
	for (const contract of ['garage-subpanel', 'business-tariff']) {
		if (!apply(s, garage, { type: 'sign', contract }).ok) throw new Error(contract);
		s.power[contract] = -1; // delivered
	}
	if (!apply(s, garage, { type: 'buy', hardware: 'gaming-gpu', count: 100 }).ok)
		throw new Error('the GPUs');
	s.cash = s.cash.mul(0);
	return s;
}

/** overBilledLab between runs, over-bought (a launch's spike sold it the chips). */
export function overBoughtLab(): GameState {
	const s = overBilledLab();
	s.run = null;
	return overBought(s);
}

/** overBilledLab over-bought in its run, the slider training `share`: the serving chips alone
 * cost more than their customers pay. */
export function overBoughtRun(share: number): GameState {
	const s = overBought(overBilledLab());
	if (!apply(s, garage, { type: 'train-share', share }).ok) throw new Error('the share');
	return s;
}

/** overBilledLab broke and paused: its served model has `k` times the parameters, so a token
 * takes `k` times the FLOP and the power for the same price. Past k ≈ 35 that power is more than
 * half of what the token sells for, so the cut leaves training nothing; past k ≈ 71 it is more
 * than the token sells for, and the lab never earns its way back. The slider trains `share`;
 * the rivals release nothing more. */
export function pausedLab(k: number, share: number): GameState {
	const s = overBilledLab();
	s.model = { ...s.model, params: s.model.params.mul(k) };
	advance(s, garage, 1);
	for (const rival of s.rivals) rival.nextReleaseAt = 1e9;
	apply(s, garage, { type: 'train-share', share });
	return s;
}
