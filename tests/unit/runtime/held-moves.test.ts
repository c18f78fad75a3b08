import { describe, expect, it } from 'vitest';
import { HeldMoves } from '../../../src/lib/runtime/held-moves';

describe('moves made during a catch-up', () => {
	it('are kept in order and taken once', () => {
		const held = new HeldMoves();
		held.hold({ type: 'release' });
		held.hold({ type: 'hire' });
		expect(held.take()).toEqual([{ type: 'release' }, { type: 'hire' }]);
		expect(held.take()).toEqual([]);
	});
	it('a double tap is one move', () => {
		const held = new HeldMoves();
		held.hold({ type: 'release' });
		held.hold({ type: 'release' });
		expect(held.take()).toEqual([{ type: 'release' }]);
	});
});
