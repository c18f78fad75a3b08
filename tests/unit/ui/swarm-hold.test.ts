// What the Edge cards say of a model's copies on the swarm (ui/fleet/swarm-hold.ts): the swarm
// card and the Lab's Distil card read the same words, from the engine's swarmHold.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { Decimal, newGame, swarmHold } from '../../../src/lib/engine';
import { multipliers } from '../../../src/lib/engine/effects';
import { formatPercent } from '../../../src/lib/format/number';
import { holdWords, untilWords, upToWords } from '../../../src/lib/ui/fleet/swarm-hold';

const c = eraContent('edge');
const mult = multipliers(newGame(1, 'edge').research, c, {});

describe('a model on the swarm, in words', () => {
	it('says the blocks that hold its copies while the swarm can have that many', () => {
		const hold = swarmHold(c, mult, new Decimal(1e9));
		expect(hold.blocks).not.toBeNull();
		expect(untilWords(hold, 0.48)).toBe(` until ${holdWords(hold, 'its copies')}`);
		expect(untilWords(hold, 0.48)).toMatch(/^ until \d+ blocks? holds? its copies whole$/);
		expect(upToWords(hold, 0.48)).toBe('up to 48%');
	});

	it('past the blocks the swarm takes, the most they serve it at, in both cards the same', () => {
		// The first model (doubling) too big for all the blocks: they hold half of it or more.
		let footprint = new Decimal(1e9);
		while (swarmHold(c, mult, footprint).blocks !== null) footprint = footprint.mul(2);
		const hold = swarmHold(c, mult, footprint);
		expect(hold.blocks).toBeNull();
		expect(hold.most).toBeLessThan(1);
		const most = upToWords(hold, 0.48);
		expect(hold.most).toBeGreaterThanOrEqual(0.5);
		expect(untilWords(hold, 0.48)).toBe(
			` (${most}: even all ${hold.max} blocks hold only ${formatPercent(hold.most)} of its copies)`
		);
		// The most is the split's speed times the share of the copies held.
		expect(most).toBe(`at most ${formatPercent(0.48 * hold.most)}`);
	});
});
