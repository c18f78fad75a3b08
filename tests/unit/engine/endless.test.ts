// After the Dyson goal: endless epochs, each a mark 5 points past the last, recorded and paid
// in Moat (a tenth of all earned); counted at releases, so fast-forward and stepping agree.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	autoReleaseHold,
	cloneState,
	endlessView,
	Decimal,
	EPOCH_POINTS,
	epochMoat,
	epochOdds,
	epochSoonest,
	epochTarget,
	gateTakesEpoch,
	inEndless,
	newGame,
	oneSizeUp,
	rates,
	step,
	type GameState
} from '../../../src/lib/engine';
import { readRecord } from '../../../src/lib/save/record';
import { migrate } from '../../../src/lib/save/migrations';
import { readFileSync } from 'node:fs';
import { fixtureState, stateDiff } from './helpers';

const c = eraContent('dyson');
/** The size of the run under way (read through a call: the compiler holds `run` at the null set). */
const sizeOf = (s: GameState) => s.run?.sizeId;

function finished(extra: number): GameState {
	const s = newGame(3, 'dyson');
	s.goalReached = true;
	s.meta.finished = true;
	s.model = { ...s.model, capability: c.era.goalCapability };
	s.gate = { ...s.model, name: 'Sol-9', capability: c.era.goalCapability + extra };
	s.tick = 1000;
	// A fleet that holds the model (automation never releases one that would barely serve).
	for (const h of c.era.hardware) s.hardware[h.id] = 1000;
	return s;
}

describe('endless epochs', () => {
	it('a release past the marks counts each epoch, records when, and pays its number in Moat', () => {
		const s = finished(2 * EPOCH_POINTS + 1);
		expect(inEndless(s)).toBe(true);
		expect(epochTarget(s, c)).toBe(c.era.goalCapability + EPOCH_POINTS);
		expect(apply(s, c, { type: 'release' })).toEqual({ ok: true });
		expect(s.meta.endless.epoch).toBe(2);
		expect(s.meta.endless.records).toEqual([1000, 1000]);
		expect(s.meta.moat.toNumber()).toBe(3); // 1 + 2
		expect(s.news.filter((n) => n.kind === 'endless-epoch').map((n) => n.text)).toHaveLength(2);
		const view = endlessView(s, c);
		expect(view.nextTarget).toBe(c.era.goalCapability + 3 * EPOCH_POINTS);
		expect(view.progress).toBeCloseTo(1 / EPOCH_POINTS, 9);
		expect(view.records.map((r) => r.took)).toEqual([1000, 0]);
		// The second came with the first, by the same release: no record (playtest 38 read "0s
		// since the last (fastest)").
		expect(view.fastest?.epoch).toBe(1);
		// A later epoch reached by a release of its own, sooner than the first took, is the record.
		s.tick = 1600;
		s.gate = { ...s.model, name: 'Sol-X', capability: epochTarget(s, c) };
		expect(apply(s, c, { type: 'release' })).toEqual({ ok: true });
		expect(endlessView(s, c).records.map((r) => r.took)).toEqual([1000, 0, 600]);
		expect(endlessView(s, c).fastest?.epoch).toBe(3);
	});

	it('an epoch pays a tenth of all the Moat the lab has earned, about a perk level', () => {
		const s = finished(2 * EPOCH_POINTS);
		s.meta.moatEarned = new Decimal(1320);
		const view = endlessView(s, c);
		expect(view.nextMoat.toNumber()).toBe(132);
		apply(s, c, { type: 'release' });
		// The second is paid from what the lab had earned with the first: 1452.
		expect(s.meta.moat.toNumber()).toBe(132 + 146);
		expect(s.meta.moatEarned.toNumber()).toBe(1320 + 132 + 146);
		expect(endlessView(s, c).nextMoat.toNumber()).toBe(160);
		// A lab that earned little still gets an epoch's number.
		expect(epochMoat(new Decimal(3), 4).toNumber()).toBe(4);
	});

	it('a model short of the next mark counts nothing; nor does any release before the end', () => {
		const s = finished(EPOCH_POINTS - 1);
		apply(s, c, { type: 'release' });
		expect(s.meta.endless.epoch).toBe(0);
		const early = finished(3 * EPOCH_POINTS);
		early.meta.finished = false;
		apply(early, c, { type: 'release' });
		expect(early.meta.endless.epoch).toBe(0);
		const elsewhere = newGame(3, 'moon-mars');
		elsewhere.meta.finished = true;
		expect(inEndless(elsewhere)).toBe(false);
	});

	it('fast-forward reaches the same epochs as stepping (automation releasing)', () => {
		const s = finished(EPOCH_POINTS + 1);
		s.meta.perks['release-manager'] = 1;
		s.meta.perks['run-scheduler'] = 1;
		s.tick = 0;
		const n = 3600;
		const fast = advance(cloneState(s), c, n);
		const slow = cloneState(s);
		for (let i = 0; i < n; i++) step(slow, c);
		expect(fast.meta.endless.epoch).toBeGreaterThan(0);
		expect(fast.meta.endless).toEqual(slow.meta.endless);
		expect(stateDiff(fast, slow)).toEqual([]);
	});

	it('auto-release holds a model the memory cannot serve, but never one that takes an epoch', () => {
		// The played lab, its memory short of a far bigger model: one just short of the mark is
		// held for memory; one at the mark is released at the next step, and the epoch paid.
		const s = fixtureState('endless-played');
		s.meta.perks['release-manager'] = 1;
		s.meta.automation.release.on = true;
		s.run = null;
		const mark = epochTarget(s, c);
		const big = {
			...s.model,
			name: 'Sol-X',
			flop: s.model.flop.mul(1e6),
			params: s.model.params.mul(1e3)
		};
		s.gate = { ...big, capability: mark - 0.5 };
		expect(gateTakesEpoch(s, c)).toBe(false);
		expect(autoReleaseHold(s, c, rates(s, c))).toBe('memory');
		step(s, c);
		expect(s.gate?.name).toBe('Sol-X');
		s.gate = { ...big, capability: mark };
		expect(gateTakesEpoch(s, c)).toBe(true);
		expect(autoReleaseHold(s, c, rates(s, c))).toBeNull();
		const moat = s.meta.moat;
		step(s, c);
		expect(s.gate).toBeNull();
		expect(s.model.name).toBe('Sol-X');
		expect(s.meta.endless.epoch).toBe(1);
		expect(s.meta.moat.gt(moat)).toBe(true);
	});

	it("the Run scheduler starts the size whose runs take the next epoch soonest, the run card's", () => {
		const s = fixtureState('endless-played');
		s.meta.perks['run-scheduler'] = 1;
		s.meta.automation.run.on = true;
		s.run = null;
		s.gate = null;
		const r = rates(s, c);
		const soonest = epochSoonest(s, c, r)!;
		expect(soonest.id).not.toBe(oneSizeUp(s, c).id);
		expect(soonest.id).toBe(epochOdds(s, c, r, soonest)!.soonest!.size.id);
		step(s, c);
		expect(sizeOf(s)).toBe(soonest.id);
		// Before the end of the road, one size up.
		const before = fixtureState('endless-played');
		before.meta.finished = false;
		before.meta.automation.run.on = true;
		before.run = null;
		before.gate = null;
		step(before, c);
		expect(sizeOf(before)).toBe(oneSizeUp(before, c).id);
	});

	it('a version-5 save migrates to epoch 0 and the version-6 fixture loads', () => {
		const v5 = JSON.parse(JSON.parse(readFileSync('tests/fixtures/saves/v5.json', 'utf8')).state);
		const meta = migrate(v5).meta as { endless: unknown };
		expect(meta.endless).toEqual({ epoch: 0, records: [] });
		const v6 = readRecord(JSON.parse(readFileSync('tests/fixtures/saves/v6.json', 'utf8')));
		expect(v6.state.meta.endless).toEqual({ epoch: 0, records: [] });
		const end = readRecord(JSON.parse(readFileSync('tests/fixtures/e2e/endless.json', 'utf8')));
		expect(inEndless(end.state)).toBe(true);
	});
});
