// One notation a screen (playtest 3: "2.02e27 FLOP/s" in the header, "2.73 RFLOP/s" in the body):
// set by the lab's scale, and a run size's multiple written in it.
import { describe, expect, it } from 'vitest';
import { ERAS, eraContent } from '../../../src/lib/content';
import { newGame } from '../../../src/lib/engine';
import { Decimal } from '../../../src/lib/engine/decimal';
import { SCIENTIFIC_SCALE } from '../../../src/lib/format/number';
import { takeSnapshot } from '../../../src/lib/runtime/snapshot';
import { runSizeName } from '../../../src/lib/ui/lab/run-size-name';
import { screenNotation } from '../../../src/lib/ui/shell/screen-notation';
import { fixtureState } from '../engine/helpers';

const snapOf = (s: ReturnType<typeof newGame>) => takeSnapshot(s, eraContent(s.eraId), 0, 0);

describe('the screen notation', () => {
	it("is the player's letters while the lab is small, scientific once one of its figures nears the letters' end", () => {
		const s = newGame(1);
		expect(screenNotation('suffix', snapOf(s))).toBe('suffix');
		s.cash = SCIENTIFIC_SCALE.div(2);
		expect(screenNotation('suffix', snapOf(s))).toBe('suffix');
		s.cash = SCIENTIFIC_SCALE;
		expect(screenNotation('suffix', snapOf(s))).toBe('scientific');
		s.cash = new Decimal(1);
		s.tokens = SCIENTIFIC_SCALE.mul(3);
		expect(screenNotation('suffix', snapOf(s))).toBe('scientific');
		// A chosen notation other than letters is the player's, always.
		expect(screenNotation('engineering', snapOf(s))).toBe('engineering');
	});

	it("is scientific for the playtest's mid-game lab (its header went scientific, its body not)", () => {
		expect(screenNotation('suffix', snapOf(fixtureState('mid-game')))).toBe('scientific');
		expect(screenNotation('suffix', snapOf(fixtureState('garage')))).toBe('suffix');
	});

	it("writes a run size's multiple as a figure: no superscripts beside letters or exponents", () => {
		const late = eraContent(ERAS.at(-1)!.id).era.runSizes;
		const big = late.find((z) => z.id === 'everything-x300000000')!;
		expect(big.name).toBe('Everything ×3·10⁸');
		expect(runSizeName(big)).toBe('Everything ×300M');
		const small = late.find((z) => z.id === 'everything-x300')!;
		expect(runSizeName(small)).toBe('Everything ×300');
		// In scientific, the multiple as exact as it is: "×3e8", not "×3.00e8" (playtest 4).
		expect(runSizeName(big, 'scientific')).toBe('Everything ×3e8');
		// A list in scientific is all exponents, small multiples too (playtest 5: "×10 … ×1e4").
		const names = late
			.filter((z) => z.times !== undefined && z.times <= 1e4)
			.map((z) => runSizeName(z, 'scientific'));
		expect(names).toEqual([
			'Everything ×3e0',
			'Everything ×1e1',
			'Everything ×3e1',
			'Everything ×1e2',
			'Everything ×3e2',
			'Everything ×1e3',
			'Everything ×3e3',
			'Everything ×1e4'
		]);
		expect(runSizeName(late.find((z) => z.id === 'everything-x1000000000'))).toBe('Everything ×1B');
		expect(runSizeName(late[0])).toBe(late[0].name);
	});
});
