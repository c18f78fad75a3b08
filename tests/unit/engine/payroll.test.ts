// Payroll: a lab that cannot pay its researchers idles them, and takes them back only once
// cash covers REHIRE_SECONDS of salaries *and* income pays them, so a lab left alone does not
// go broke, rehire and go broke again for days. The player can let a researcher go.
import { describe, expect, it } from 'vitest';
import {
	Decimal,
	advance,
	apply,
	cloneState,
	newGame,
	rates,
	rehireDue,
	setTrainShare,
	type GameState
} from '../../../src/lib/engine';
import { garage } from './helpers';

const DAY = 86_400;

/** A Garage lab serving its starter model with `n` researchers. */
function lab(n: number): GameState {
	const s = newGame(3);
	s.researchers = n;
	setTrainShare(s, 0);
	return s;
}

/** Idle/working switches over `seconds`, advanced a minute at a time. */
function switches(s: GameState, seconds: number): number {
	let n = 0;
	let idle = s.idle;
	for (let t = 0; t < seconds; t += 60) {
		advance(s, garage, 60);
		if (s.idle !== idle) n++;
		idle = s.idle;
	}
	return n;
}

describe('payroll', () => {
	it('researchers come back when cash covers their salaries and income pays them', () => {
		const s = lab(2);
		const r = rates(s, garage);
		const threshold = r.salaries.mul(300);
		expect(rehireDue(r, threshold.sub(1), r.salaries.mul(2))).toBe(false); // cash short
		expect(rehireDue(r, threshold.add(1), r.salaries.mul(0.99))).toBe(false); // income short
		expect(rehireDue(r, threshold.add(1), r.salaries)).toBe(true);
	});

	it('a lab whose income cannot pay its researchers goes broke once, not every few minutes', () => {
		// Salaries well above the starter model's income: broke within the day, then idle.
		const s = lab(12);
		const r = rates(s, garage);
		s.cash = r.salaries.mul(600);
		const flips = switches(s, 30 * DAY);
		expect(s.idle).toBe(true);
		expect(flips).toBe(1);
		// The cash an idle lab makes is kept, not spent on a payroll it cannot meet.
		expect(s.cash.gt(rates(s, garage).salaries.mul(300))).toBe(true);
	});

	it('the same lab, fast-forwarded or stepped a minute at a time, ends alike', () => {
		const s = lab(12);
		s.cash = rates(s, garage).salaries.mul(600);
		const once = advance(cloneState(s), garage, 3 * DAY);
		const chunked = cloneState(s);
		switches(chunked, 3 * DAY);
		expect(once.idle).toBe(chunked.idle);
		expect(once.cash.div(chunked.cash).toNumber()).toBeCloseTo(1, 9);
	});

	it('idle researchers come back when income rises to pay them', () => {
		const s = lab(2);
		// A second card: one 18 GB Gaming GPU holds 0.76 of the starter model (memory binds).
		s.hardware['gaming-gpu'] = 2;
		s.cash = new Decimal(0);
		advance(s, garage, 60);
		expect(s.idle).toBe(true);
		s.cash = rates(s, garage).salaries.mul(400);
		advance(s, garage, 600);
		expect(s.idle).toBe(true); // the starter model earns a tenth of their salaries
		// A better model (here: its score raised) earns more than they cost: they come back.
		s.model = { ...s.model, capability: 25 };
		advance(s, garage, 1);
		expect(s.idle).toBe(false);
	});

	it('the player can let a researcher go, down to none', () => {
		const s = lab(2);
		const before = rates(s, garage).salaries;
		expect(apply(s, garage, { type: 'let-go' })).toEqual({ ok: true });
		expect(s.researchers).toBe(1);
		expect(rates(s, garage).salaries.div(before).toNumber()).toBeCloseTo(0.5, 9);
		s.idle = true;
		expect(apply(s, garage, { type: 'let-go' })).toEqual({ ok: true });
		expect(s.researchers).toBe(0);
		expect(s.idle).toBe(false);
		expect(apply(s, garage, { type: 'let-go' }).ok).toBe(false);
	});
});
