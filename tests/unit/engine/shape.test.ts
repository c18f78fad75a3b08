// The state's shape is declared once (engine/state.ts); these check what follows from it:
// the deep copy, the default new game, the JSON form and the check of untrusted data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { cloneState, Decimal, newGame, newMeta } from '../../../src/lib/engine';
import { id, int, list, object, ShapeError, type Infer } from '../../../src/lib/engine/shape';
import { GAME_STATE, SCHEMA_VERSION, type GameState } from '../../../src/lib/engine/state';
import { encodeState, stateFromJson, stateToJson } from '../../../src/lib/save/codec';
import { stateArb } from './helpers';

/** Every path at which `a` and `b` hold the same mutable object or array. */
function shared(a: unknown, b: unknown, path = 'state'): string[] {
	if (a === null || typeof a !== 'object' || a instanceof Decimal) return [];
	if (a === b) return [path];
	return Object.keys(a).flatMap((k) =>
		shared((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`)
	);
}

/** Changes every number, flag, text and collection the state holds, in place. */
function scribble(x: unknown): void {
	if (x === null || typeof x !== 'object' || x instanceof Decimal) return;
	if (Array.isArray(x)) {
		x.forEach(scribble);
		x.push(x[0]);
		return;
	}
	const o = x as Record<string, unknown>;
	for (const k of Object.keys(o)) {
		const v = o[k];
		if (typeof v === 'number') o[k] = v + 1;
		else if (typeof v === 'boolean') o[k] = !v;
		else if (typeof v === 'string') o[k] = `${v}!`;
		else if (v instanceof Decimal) o[k] = v.add(1);
		else scribble(v);
	}
	o['added'] = 1;
}

describe('a clone', () => {
	it('shares no object or array with its source, at any depth (random states)', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				expect(shared(cloneState(s), s)).toEqual([]);
			}),
			{ numRuns: 100 }
		);
	});

	it('can be changed everywhere without changing its source', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				const before = encodeState(s);
				const copy = cloneState(s);
				expect(encodeState(copy)).toBe(before);
				scribble(copy);
				expect(encodeState(s)).toBe(before);
			}),
			{ numRuns: 50 }
		);
	});
});

describe('the declared defaults', () => {
	it('make the new game: every field the era does not set starts at its default', () => {
		const s = newGame(9);
		const initial = GAME_STATE.initial();
		for (const key of ['tokens', 'insight', 'orders', 'run', 'gate', 'research', 'series'] as const)
			expect(s[key]).toEqual(initial[key]);
		expect(s.schema).toBe(SCHEMA_VERSION);
		expect(s.trainShare).toBe(0.5);
		expect(s.priceTier).toBe('standard');
		expect(Object.keys(s)).toEqual(Object.keys(GAME_STATE.fields));
		expect(newMeta().automation).toEqual({
			release: { on: true, minGain: 0.1, minFit: 0.5 },
			run: { on: true },
			buy: { on: true, reserve: 0.1 },
			sign: { on: true, threshold: 0.85 },
			// Follow demand moves the player's own slider: off until the player turns it on.
			match: { on: false, floor: 0.3 },
			// Auto-research acts once its perk is bought, past the last goal.
			research: { on: true },
			// Auto-beam acts once its perk is bought, in Dyson.
			beam: { on: true }
		});
	});

	it('pass their own check', () => {
		const json = stateToJson(newGame(1, 'dyson'));
		expect(() => GAME_STATE.check(json, 'state', { content: eraContent('dyson') })).not.toThrow();
	});
});

describe('the JSON form', () => {
	it('holds Decimals as exact strings and reads back equal (random states)', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				const json = stateToJson(s);
				expect(typeof json.cash).toBe('string');
				expect(stateFromJson(JSON.parse(JSON.stringify(json)))).toEqual(s);
			}),
			{ numRuns: 50 }
		);
	});

	it('drops fields the shape does not declare', () => {
		const json = { ...stateToJson(newGame(1)), stray: 1 } as Record<string, unknown>;
		expect('stray' in stateFromJson(json)).toBe(false);
	});
});

describe('a shape’s check', () => {
	const content = eraContent('garage');
	const order = object({ hardwareId: id('hardware'), count: int(1, 10) });
	const orders = list(order, 2);
	const problem = (v: unknown) => {
		try {
			orders.check(v, 'orders', { content });
		} catch (e) {
			expect(e).toBeInstanceOf(ShapeError);
			return `${(e as ShapeError).code}: ${(e as Error).message}`;
		}
		return null;
	};

	it('names the path and the problem', () => {
		const ok: Infer<typeof orders> = [{ hardwareId: 'gaming-gpu', count: 2 }];
		expect(problem(ok)).toBeNull();
		expect(problem({})).toBe('type: orders is not a list');
		expect(problem([ok[0], ok[0], ok[0]])).toBe('range: orders has more than 2 entries');
		expect(problem([{ hardwareId: 'gaming-gpu', count: 1.5 }])).toBe(
			'type: orders[0].count is not a whole number'
		);
		expect(problem([{ hardwareId: 'warp-drive', count: 1 }])).toBe(
			'unknown-id: orders[0].hardwareId names "warp-drive", which does not exist'
		);
		expect(problem([{ hardwareId: 'gaming-gpu', count: Infinity }])).toBe(
			'not-finite: orders[0].count is not a finite number'
		);
	});

	it('is the one the save is checked with', () => {
		const s = stateToJson(newGame(1)) as Record<string, unknown>;
		const bad = { ...s, cash: '-5' } as unknown as GameState;
		expect(() => GAME_STATE.check(bad, 'state', { content })).toThrow('state.cash is negative');
	});
});
