// Edge labs the playtests met (playtest 34): the swarm serving the first distilled model.
import { eraContent } from '../../../src/lib/content';
import { advance, apply, rates, runTimeLeft, type GameState } from '../../../src/lib/engine';
import { fixtureState } from './helpers';

/** The Edge fixture with distilling on and `blocks` recruited, its run trained to its end with
 * nothing to disturb the lab (no event, no rival release, no automation): the distilled model
 * (Swarm-1 Mini) waiting at the gate, or with `release`, just released, its launch's hype on. */
export function edgeLab(blocks: number, release: boolean): GameState {
	const s = fixtureState('edge');
	const c = eraContent(s.eraId);
	s.nextEventAt = 1e12;
	for (const rival of s.rivals) rival.nextReleaseAt = 1e12;
	for (const rule of Object.values(s.meta.automation)) rule.on = false;
	s.edge.distil = true;
	s.edge.blocks = blocks;
	advance(s, c, Math.ceil(runTimeLeft(s, rates(s, c), c)) + 5);
	if (!s.gate) throw new Error('no model at the gate');
	if (release && !apply(s, c, { type: 'release' }).ok) throw new Error('not released');
	return s;
}

/** `edgeLab(blocks, true)` with a fleet whose memory holds the distilled model (playtest 34's:
 * "the fleet has 260 PB" of a 100 PB model), bought as a player would, its power delivered. */
export function edgeLabFleetHolds(blocks: number): GameState {
	const s = edgeLab(blocks, true);
	const c = eraContent(s.eraId);
	s.cash = s.cash.add(1e70);
	for (const contract of ['battery-swarm', 'micro-grids', 'night-tariff']) {
		if (!apply(s, c, { type: 'sign', contract }).ok) throw new Error(contract);
		s.power[contract] = -1; // delivered
	}
	if (!apply(s, c, { type: 'buy', hardware: 'swarm-contract', count: 30 }).ok)
		throw new Error('the chips');
	for (const o of s.orders) s.hardware[o.hardwareId] = (s.hardware[o.hardwareId] ?? 0) + o.count;
	s.orders = [];
	return s;
}
