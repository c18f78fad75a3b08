// The first paint's counters (shell/face.ts) are the game's own, formatted: a new game's face
// is what the engine's new game shows, and a saved face reads back only when whole.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	between,
	Decimal,
	THROTTLE_SLIGHT,
	labTrainShare,
	powerCutShare,
	newGame,
	quoteHardware
} from '../../../src/lib/engine';
import { formatPercent, formatSI } from '../../../src/lib/format/number';
import { fixtureState } from '../engine/helpers';
import { takeSnapshot } from '../../../src/lib/runtime/snapshot';
import { FACE_KEY, NEW_GAME_FACE, readFace, writeFace } from '../../../src/lib/ui/shell/face';
import { cashHold, faceOf, tokenHold } from '../../../src/lib/ui/shell/face-of';

const content = eraContent('garage');

describe('the counters before the game loads', () => {
	afterEach(() => vi.unstubAllGlobals());

	it("a new game's face is the engine's new game, formatted", () => {
		for (const seed of [1, 2, 3])
			expect(faceOf(takeSnapshot(newGame(seed), content, 0, 0))).toEqual(NEW_GAME_FACE);
	});

	it('reinvested by automation, the cash rate still says the income, marked', () => {
		const s = fixtureState('mid-game');
		// Its customers back (latency had cost it 92 %): at Hyperscale's grid price for its model,
		// the lab without them pays more for power than it sells, and has no income to reinvest.
		s.hype = 0;
		const snap = takeSnapshot(s, eraContent(s.eraId), 0, 0);
		expect(snap.f.cashPerSec.gt(0)).toBe(true);
		expect(snap.t.reinvested).toBe(true);
		const face = faceOf(snap);
		expect(face.cashReinvested).toBe(true);
		// A figure a second ("+2.15Sext/s"), not the word alone.
		expect(face.cashRate).toMatch(/^\+\d[\d.]*\S*\/s$/);
		expect(snap.t.income.eq(snap.f.cashPerSec)).toBe(true);
	});

	it("the Compute tile counts Mars's far sites with the fleet's (playtest 5)", () => {
		const mm = eraContent('moon-mars');
		const s = newGame(3, 'moon-mars');
		s.cash = s.cash.mul(1e6);
		apply(s, mm, { type: 'build-far', on: true });
		expect(apply(s, mm, { type: 'buy', hardware: 'mars-farm', count: 3 }).ok).toBe(true);
		const snap = takeSnapshot(s, mm, 0, 0);
		expect(snap.r.far.gt(0)).toBe(true);
		const face = faceOf(snap);
		const [figure, unit] = formatSI(snap.r.compute.add(snap.r.far), 'FLOP/s', 'scientific').split(
			/\s/
		);
		expect(`${face.compute} ${face.computeUnit}`).toBe(`${figure} ${unit}`);
	});

	it("the Compute tile's training share counts Mars: its share of the lab's compute (playtest 23)", () => {
		// Playtest 23 read "0% training" with the slider at 0 while Mars trained 78 % of the lab.
		const mm = eraContent('moon-mars');
		const s = newGame(3, 'moon-mars');
		s.cash = s.cash.mul(1e6);
		apply(s, mm, { type: 'build-far', on: true });
		expect(apply(s, mm, { type: 'buy', hardware: 'mars-farm', count: 3 }).ok).toBe(true);
		s.trainShare = 0;
		expect(apply(s, mm, { type: 'start-run', size: mm.era.runSizes.at(-1)!.id }).ok).toBe(true);
		const snap = takeSnapshot(s, mm, 0, 0);
		const share = labTrainShare(snap.r);
		expect(share).toBeGreaterThan(0.01);
		expect(faceOf(snap).computeNote).toBe(`${formatPercent(share)} training`);
	});

	it('each counter by its own size: cash past the letters leaves tokens and compute in theirs (playtest 8)', () => {
		// Playtest 8 read tokens "5.54e11", "+3.94e10/s" and "1.10e3 QFLOP/s" beside "$8.04e58".
		const s = newGame(1, 'edge');
		s.cash = new Decimal('8.04e58');
		s.tokens = new Decimal('5.54e11');
		const snap = takeSnapshot(s, eraContent('edge'), 0, 0);
		const face = faceOf(snap);
		expect(face.cash).toBe('$8.04e58');
		expect(face.tokens).toBe('554B');
		expect(face.compute).not.toMatch(/e\d/);
		expect(face.tokenRate).not.toMatch(/e\d/);
	});

	it("the Compute tile splits its figure from its unit, a word's letters kept with the figure (playtest 20)", () => {
		// Past Q the figure counts Q's in letters: "4.5\u202fDec\u00a0QFLOP/s" is "4.5\u202fDec" of
		// "QFLOP/s", not "4.5" of "Dec" (the narrow space before a word is a space too).
		const snap = takeSnapshot(newGame(1), content, 0, 0);
		const face = faceOf({ ...snap, r: { ...snap.r, compute: new Decimal('4.5e63') } });
		expect(face.compute).toBe('4.5\u202fDec');
		expect(face.computeUnit).toBe('QFLOP/s');
	});

	it('a fleet barely past its power reads "99.5% power", calmly, never "throttled 100%" (playtests 6, 29)', () => {
		const snap = takeSnapshot(newGame(1), content, 0, 0);
		const face = faceOf({ ...snap, r: { ...snap.r, throttle: 2 / 2.01 } });
		expect(face.computeWarn).toBe(false);
		expect(face.computeNote).toBe('99.5% power');
		// At THROTTLE_SLIGHT still calm; under it, the warning.
		const edge = faceOf({ ...snap, r: { ...snap.r, throttle: THROTTLE_SLIGHT } });
		expect(edge.computeWarn).toBe(false);
		const under = faceOf({ ...snap, r: { ...snap.r, throttle: THROTTLE_SLIGHT - 0.01 } });
		expect(under.computeWarn).toBe(true);
		expect(under.computeNote).toBe(`throttled ${formatPercent(THROTTLE_SLIGHT - 0.01)}`);
	});

	it('a broke lab\'s power cut reads in the header as the Lab\'s card says it (playtest 35: "the grid runs 14% of the chips" under a calm header)', () => {
		// The Garage fixture training nearly flat out, broke: its bill is past what serving earns.
		const s = fixtureState('garage');
		s.trainShare = 0.9;
		s.cash = new Decimal(0);
		s.idle = true;
		const snap = takeSnapshot(s, content, 0, 0);
		const cut = powerCutShare(snap.r);
		expect(cut).not.toBeNull();
		const face = faceOf(snap);
		expect(face.computeNote).toBe(`${formatPercent(cut!)} powered`);
		expect(face.computeWarn).toBe(true);
		// Paid again, the cut lifts and the note is the split's.
		const paid = takeSnapshot({ ...s, idle: false }, content, 0, 0);
		expect(powerCutShare(paid.r)).toBeNull();
		expect(faceOf(paid).computeNote).toBe(`${formatPercent(labTrainShare(paid.r))} training`);
	});

	it('a saved face reads back; a damaged or partial one does not', () => {
		const items = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (k: string) => items.get(k) ?? null,
			setItem: (k: string, v: string) => items.set(k, v)
		});
		expect(readFace()).toBeNull();
		const state = newGame(1);
		advance(state, content, 600);
		const face = faceOf(takeSnapshot(state, content, 0, 0));
		writeFace(face);
		expect(readFace()).toEqual(face);
		items.set(FACE_KEY, JSON.stringify({ ...face, cash: 5 }));
		expect(readFace()).toBeNull();
		items.set(FACE_KEY, '{not json');
		expect(readFace()).toBeNull();
	});
});

describe('the token counter between steps', () => {
	it('never steps back when an action lowers the rate mid-step, and starts over in a new era', () => {
		const s = fixtureState('garage');
		const c = eraContent(s.eraId);
		expect(s.run).not.toBeNull();
		apply(s, c, { type: 'train-share', share: 0 });
		const hold = tokenHold();
		const before = takeSnapshot(s, c, 0.9, 0);
		const shown = hold(before, 0.9);
		// Training 90 % mid-step: the snapshot's own count moves on more slowly, and without
		// the hold the counter fell below what it showed a moment before.
		expect(apply(s, c, { type: 'train-share', share: 0.9 }).ok).toBe(true);
		const after = takeSnapshot(s, c, 0.9, 1);
		expect(between(after.s.tokens, after.f.tokensPerSec, 0.9).lt(shown)).toBe(true);
		let last = hold(after, 0.9);
		expect(last.gte(shown)).toBe(true);
		// Steps on, at every tenth of a step: the count shown never falls and catches up.
		for (let i = 0; i < 20; i++) {
			advance(s, c, 1);
			for (const frac of [0, 0.3, 0.6, 0.9]) {
				const now = hold(takeSnapshot(s, c, frac, 2 + i), frac);
				expect(now.gte(last)).toBe(true);
				last = now;
			}
		}
		expect(last.gt(shown)).toBe(true);
		// A new era's tokens start from nothing: so does the counter.
		const fresh = newGame(1);
		expect(hold(takeSnapshot(fresh, content, 0, 99), 0).eq(fresh.tokens)).toBe(true);
	});
});

describe('the cash counter between steps', () => {
	it('does not step back when an action slows its rise, and falls when cash is spent', () => {
		const s = fixtureState('garage');
		const c = eraContent(s.eraId);
		expect(s.run).not.toBeNull();
		apply(s, c, { type: 'train-share', share: 0 });
		const hold = cashHold();
		const before = takeSnapshot(s, c, 0.9, 0);
		expect(before.f.cashPerSec.gt(0)).toBe(true);
		const shown = hold(before, 0.9);
		// Training half mid-step serves less: the snapshot's own cash moves on more slowly (it
		// still rises), and without the hold the counter fell below what it showed a moment
		// before (playtest 14).
		expect(apply(s, c, { type: 'train-share', share: 0.5 }).ok).toBe(true);
		const after = takeSnapshot(s, c, 0.9, 1);
		expect(after.f.cashPerSec.gt(0)).toBe(true);
		expect(between(after.s.cash, after.f.cashPerSec, 0.9).lt(shown)).toBe(true);
		let last = hold(after, 0.9);
		expect(last.gte(shown)).toBe(true);
		for (let i = 0; i < 5; i++) {
			advance(s, c, 1);
			for (const frac of [0, 0.5, 0.9]) {
				const now = hold(takeSnapshot(s, c, frac, 2 + i), frac);
				expect(now.gte(last)).toBe(true);
				last = now;
			}
		}
		// A purchase spends cash: the counter shows the fall at once.
		const id = c.era.hardware[0].id;
		s.cash = s.cash.add(quoteHardware(s, c, id, 1)!.cost);
		const rich = hold(takeSnapshot(s, c, 0, 10), 0);
		expect(apply(s, c, { type: 'buy', hardware: id, count: 1 }).ok).toBe(true);
		expect(hold(takeSnapshot(s, c, 0, 11), 0).lt(rich)).toBe(true);
	});
});
