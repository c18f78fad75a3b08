// Payroll: a lab that cannot pay its researchers idles them, and takes them back once cash
// covers REHIRE_SECONDS of salaries *and* income pays them, or once cash covers an hour of them
// (REHIRE_RUNWAY: playtest 31 held $7T, 1.6 hours of salaries, with its researchers down tools
// for hours), so a lab left alone does not go broke, rehire and go broke again every few
// minutes. The player can let a researcher go; the Lab says how many bring the rest back.
import { describe, expect, it } from 'vitest';
import {
	Decimal,
	advance,
	apply,
	cloneState,
	newGame,
	rates,
	rehireCash,
	rehireDue,
	rehireWay,
	REHIRE_RUNWAY,
	runwayCash,
	setTrainShare,
	step,
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

/** Idle/working switches over `seconds`, advanced a minute at a time, and the working stretches'
 * lengths (seconds, those that ended in the time). */
function switches(s: GameState, seconds: number, worked: number[] = []): number {
	let n = 0;
	let idle = s.idle;
	let since = 0;
	for (let t = 0; t < seconds; t += 60) {
		advance(s, garage, 60);
		if (s.idle !== idle) {
			n++;
			if (s.idle) worked.push(t + 60 - since);
			else since = t + 60;
		}
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

	it('or when cash covers an hour of their salaries (and of the power the cut saves), whatever the sales', () => {
		const s = lab(2);
		const r = rates(s, garage);
		const hour = runwayCash(r);
		expect(hour.div(rehireCash(r)).toNumber()).toBeCloseTo(REHIRE_RUNWAY / 300, 9);
		expect(rehireDue(r, hour.sub(1), r.salaries.mul(0.5))).toBe(false);
		expect(rehireDue(r, hour, r.salaries.mul(0.5))).toBe(true);
		expect(rehireDue(r, hour, r.salaries.mul(-3))).toBe(true);
	});

	it('a lab whose income cannot pay its researchers works while its cash pays them: an hour at a time, not every few minutes', () => {
		// Salaries well above the starter model's income: broke within the day, then idle until
		// its sales have saved an hour of salaries, then at work for about that hour.
		const s = lab(12);
		const r = rates(s, garage);
		s.cash = r.salaries.mul(600);
		const worked: number[] = [];
		const flips = switches(s, 30 * DAY, worked);
		expect(flips).toBeGreaterThanOrEqual(3);
		expect(worked.length).toBeGreaterThanOrEqual(2);
		// Each stretch of work the saved cash paid for lasts about the hour it was saved for.
		for (const w of worked.slice(1)) expect(w).toBeGreaterThanOrEqual(REHIRE_RUNWAY - 120);
		// Idle, the cash an idle lab makes is kept until it carries them again.
		expect(Number.isFinite(s.cash.toNumber()) && s.cash.gte(0)).toBe(true);
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

	it('down tools, the Lab names the fewest to let go for the rest to be back at once', () => {
		// Ten researchers; the sales of a better model pay eight of them.
		const s = lab(10);
		s.hardware['gaming-gpu'] = 2;
		s.model = { ...s.model, capability: 25 };
		s.idle = true;
		s.cash = rehireCash(rates(s, garage)).mul(2);
		const r = rates(s, garage);
		expect(r.staffed).toBe(false);
		const way = rehireWay(s, garage, r)!;
		expect(way.runway.eq(runwayCash(r))).toBe(true);
		// The cash the card names for "once sales pay them": the rule's own (rehireDue), the
		// bill the cut saves in it (playtest 35 worked out 5 minutes of salaries alone).
		expect(way.rehire.eq(rehireCash(r))).toBe(true);
		expect(rehireDue(r, way.rehire, r.salaries)).toBe(true);
		expect(rehireDue(r, way.rehire.mul(0.999), r.salaries)).toBe(false);
		const back = (n: number) => {
			const t = cloneState(s);
			for (let i = 0; i < n; i++) apply(t, garage, { type: 'let-go' });
			step(t, garage);
			return rates(t, garage).staffed;
		};
		expect(way.letGo).toBeGreaterThanOrEqual(1);
		expect(back(way.letGo!)).toBe(true);
		expect(back(way.letGo! - 1)).toBe(false);
		// Nothing to say while they work.
		expect(rehireWay(lab(2), garage, rates(lab(2), garage))).toBeNull();
	});

	it('"Payroll is back" is told only of researchers (playtest 33 read it eight times with none)', () => {
		for (const n of [0, 2]) {
			const s = lab(n);
			s.idle = true;
			s.cash = runwayCash(rates(s, garage)).mul(2).add(1e6);
			step(s, garage);
			expect(s.idle).toBe(false);
			expect(s.news.some((h) => h.kind === 'rehired')).toBe(n > 0);
		}
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
