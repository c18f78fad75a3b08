// Which eras' tokens grow the Moat a new era grants (prestige.ts tokensGrowMoat).
import { describe, expect, it } from 'vitest';
import { ERAS } from '../../../src/lib/content';
import { newGame, tokensGrowMoat } from '../../../src/lib/engine';

describe('tokens and the Moat', () => {
	it('tokens grow the Moat in every era but the last (playtest 43 read it at Dyson’s gate)', () => {
		for (const era of ERAS) {
			const s = newGame(1, era.id);
			expect(tokensGrowMoat(s)).toBe(era.index < ERAS.length);
		}
	});
});
