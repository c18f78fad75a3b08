// The run card's memory line in the Edge (ui/lab/swarm-memory-words.ts). Playtest 34 read
// "Distilled, it needs 100 PB of memory; the fleet has 260 PB and the swarm's 71 blocks 39.4 PB:
// it would serve at 41% speed" in red, and took the fleet's 260 PB to hold the model: the swarm,
// most of the serving, held 39 % of its copies. The line names the part that is short.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { plannedMemory, rates, type Decimal } from '../../../src/lib/engine';
import { formatPercent, formatSI } from '../../../src/lib/format/number';
import { swarmMemoryWords } from '../../../src/lib/ui/lab/swarm-memory-words';
import { edgeLab, edgeLabFleetHolds } from '../engine/edge-labs';

const bytes = (b: Decimal) => formatSI(b, 'B');

function plan(blocks: number, fleetHolds: boolean) {
	const s = fleetHolds ? edgeLabFleetHolds(blocks) : edgeLab(blocks, true);
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	const planned = plannedMemory(
		s,
		c,
		r,
		c.era.runSizes.find((z) => z.id === 'big')!
	);
	return { planned, words: swarmMemoryWords(planned, s.edge.blocks, bytes) };
}

describe("the run card's memory line on the swarm", () => {
	it("says the fleet holds the model and the swarm's blocks are what is short (playtest 34)", () => {
		const { planned, words } = plan(71, true);
		const swarm = planned.swarm!;
		expect(planned.fit).toBe(1);
		expect(swarm.fit).toBeLessThan(1);
		expect(words).toContain(`the fleet's ${bytes(planned.memory)} hold it, but`);
		// The swarm's share of the serving weighs its fit: both said, then the speed they make.
		expect(words).toContain(
			`the swarm's 71 blocks, ${formatPercent(swarm.share)} of your serving, hold ${bytes(swarm.memory)}, ${formatPercent(swarm.fit)} of it`
		);
		expect(words).toContain(`it would serve at ${formatPercent(planned.speed)} speed`);
		expect(words).toContain(`(${swarm.hold.blocks} blocks hold it whole)`);
		expect(words).not.toContain('the fleet has');
	});

	it('says how much of it each part holds when both are short', () => {
		const { planned, words } = plan(51, false);
		expect(planned.fit).toBeLessThan(1);
		expect(words).toContain(
			`the fleet's ${bytes(planned.memory)} hold ${formatPercent(planned.fit)} of it, and`
		);
		expect(words).toContain(`${formatPercent(planned.swarm!.fit)} of it: it would serve at`);
	});

	it('says it fits when both hold it', () => {
		const { planned, words } = plan(180, true);
		expect(planned.speed).toBe(1);
		expect(words).toMatch(/: it fits\.$/);
	});
});
