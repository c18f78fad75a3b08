// A double tap on a one-off purchase whose price climbs buys it once (playtest 27: a second
// campus at 8× the price); buy buttons that buy one of many keep buying on every tap.
import { describe, expect, it } from 'vitest';
import { REPEAT_MS, RESEARCH_REPEAT_MS, RepeatGuard } from '../../../src/lib/runtime/repeat-guard';

describe('the repeat guard', () => {
	it('turns away the same campus tapped again at once, and takes it again after a pause', () => {
		const g = new RepeatGuard();
		const build = { type: 'build-campus', site: 'metro-edge' } as const;
		expect(g.accept(build, 1000)).toBe(true);
		expect(g.accept(build, 1100)).toBe(false);
		// A third tap in the same burst is turned away too: the clock runs from the one made.
		expect(g.accept(build, 1000 + REPEAT_MS - 1)).toBe(false);
		expect(g.accept(build, 1000 + REPEAT_MS)).toBe(true);
	});

	it('a different one-off purchase, or another site, goes through at once', () => {
		const g = new RepeatGuard();
		expect(g.accept({ type: 'build-campus', site: 'metro-edge' }, 0)).toBe(true);
		expect(g.accept({ type: 'build-campus', site: 'river-valley' }, 10)).toBe(true);
		expect(g.accept({ type: 'fund-silicon', pay: 'cash' }, 20)).toBe(true);
		expect(g.accept({ type: 'fund-silicon', pay: 'cash' }, 30)).toBe(false);
		expect(g.accept({ type: 'charter' }, 40)).toBe(true);
		expect(g.accept({ type: 'charter' }, 50)).toBe(false);
	});

	it('a research level tapped twice is bought once (playtest 37 paid twice for a repeatable)', () => {
		const g = new RepeatGuard();
		const level = { type: 'research', project: 'algorithmic-advances' } as const;
		expect(g.accept(level, 0)).toBe(true);
		expect(g.accept(level, 120)).toBe(false);
		// Taps a deliberate third of a second apart each buy (playtest 38 tapped 350 ms apart and
		// lost two of five), and another project goes through at once.
		expect(g.accept(level, RESEARCH_REPEAT_MS)).toBe(true);
		expect(g.accept(level, 2 * RESEARCH_REPEAT_MS)).toBe(true);
		expect(g.accept(level, 2 * RESEARCH_REPEAT_MS + 100)).toBe(false);
		expect(
			g.accept({ type: 'research', project: 'bigger-batches' }, 2 * RESEARCH_REPEAT_MS + 110)
		).toBe(true);
	});

	it('leaves every other move alone: each tap on a buy button buys', () => {
		const g = new RepeatGuard();
		const buy = { type: 'buy', hardware: 'gaming-gpu', count: 1 } as const;
		for (let t = 0; t < 5; t++) expect(g.accept(buy, t)).toBe(true);
		expect(g.accept({ type: 'rent', racks: 3 }, 5)).toBe(true);
		expect(g.accept({ type: 'rent', racks: 3 }, 6)).toBe(true);
	});
});
