import { describe, expect, it } from 'vitest';
import { SessionClock, absence } from '../../../src/lib/runtime/session-clock';

const CAP = 24 * 3600;

describe('session clock', () => {
	it('turns elapsed time into whole steps and keeps the remainder', () => {
		const c = new SessionClock({ wall: 0, mono: 0 });
		expect(c.take({ wall: 2500, mono: 2500 }, CAP)).toEqual({ steps: 2, overCap: 0 });
		expect(c.fraction).toBeCloseTo(0.5);
		expect(c.take({ wall: 3000, mono: 3000 }, CAP)).toEqual({ steps: 1, overCap: 0 });
	});

	it('a wall clock set back an hour grants nothing, takes nothing, and time goes on', () => {
		const c = new SessionClock({ wall: 10_000_000, mono: 0 });
		// One second passes while the clock is moved back an hour.
		expect(c.take({ wall: 10_000_000 - 3_600_000 + 1000, mono: 1000 }, CAP)).toEqual({
			steps: 1,
			overCap: 0
		});
		// From the new wall time on, play continues normally.
		expect(c.take({ wall: 10_000_000 - 3_600_000 + 3000, mono: 3000 }, CAP)).toEqual({
			steps: 2,
			overCap: 0
		});
	});

	it('a sleep the monotonic clock missed is measured on the wall clock', () => {
		const c = new SessionClock({ wall: 0, mono: 0 });
		expect(c.take({ wall: 8 * 3600_000, mono: 100 }, CAP)).toEqual({ steps: 8 * 3600, overCap: 0 });
	});

	it('caps long absences and reports what was over the cap', () => {
		const c = new SessionClock({ wall: 0, mono: 0 });
		expect(c.take({ wall: 30 * 86_400_000, mono: 0 }, CAP)).toEqual({
			steps: CAP,
			overCap: 29 * 86_400
		});
	});

	it('measures time away since a save, never negative', () => {
		expect(absence(1000, 1000 + 90_500)).toEqual({ steps: 90, carryMs: 500 });
		expect(absence(5_000_000, 1_000_000)).toEqual({ steps: 0, carryMs: 0 });
	});
});
