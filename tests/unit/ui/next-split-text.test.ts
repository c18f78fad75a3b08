// Between runs the Train ↔ Serve card says where the next run starts (ui/lab/next-split-text.ts):
// playtest 22 found the slider at 72 % after a release and expected it to go back. It does not:
// a run starts where the slider stands (engine start-split.ts), and the card says so.
import { describe, expect, it } from 'vitest';
import { apply, advance, buy, money, newGame, release, startRun } from '../../../src/lib/engine';
import { nextSplitText } from '../../../src/lib/ui/lab/next-split-text';
import { garage } from '../engine/helpers';

describe('the split the next run starts at', () => {
	it('is where the slider was left: a release does not move it', () => {
		const s = newGame(3);
		s.cash = money(garage, 1e6);
		buy(s, garage, 'gaming-gpu', 4);
		startRun(s, garage, 'sprint');
		apply(s, garage, { type: 'train-share', share: 0.72 });
		for (let i = 0; i < 100 && s.run; i++) advance(s, garage, 600);
		expect(release(s, garage).ok).toBe(true);
		expect(s.run).toBeNull();
		expect(s.trainShare).toBe(0.72);
		expect(nextSplitText(Math.round(s.trainShare * 100), 40)).toContain(
			'The next run trains 72%, where the slider stands'
		);
	});

	it("names Match demand's share when it differs, and not otherwise", () => {
		expect(nextSplitText(72, 40)).toContain('(Match demand: 40% now)');
		expect(nextSplitText(72, 72)).not.toContain('Match demand');
		// No share serves every customer: nothing to match.
		expect(nextSplitText(72, 0)).not.toContain('Match demand');
	});
});
