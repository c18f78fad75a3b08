// Save format 10 → 11: the game keeps its seed in meta, and each later era draws from it and
// its place, so one era's draws never depend on how many the eras before it made.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERAS, eraContent } from '../../../src/lib/content';
import { advance, newGame, startNewEra } from '../../../src/lib/engine';
import { eraSeed } from '../../../src/lib/engine/new-game';
import { SCHEMA_VERSION } from '../../../src/lib/engine/state';
import { MIGRATIONS, migrate } from '../../../src/lib/save/migrations';
import { readRecord } from '../../../src/lib/save/record';

describe('save format 10 → 11 (the game keeps its seed)', () => {
	it('sets meta.seed from the running stream and changes nothing else', () => {
		const before = { schema: 10, rng: 12345, cash: '3', meta: { moat: '2', perks: {} } };
		const after = MIGRATIONS[10](before);
		expect(after).toEqual({ ...before, meta: { moat: '2', perks: {}, seed: 12345 } });
		expect(migrate(before, 11)).toEqual({ ...after, schema: 11 });
	});

	it('the shipped format-10 save loads with a seed; the format-11 one keeps its own', () => {
		const v10 = readRecord(JSON.parse(readFileSync('tests/fixtures/saves/v10.json', 'utf8')));
		expect(v10.state.schema).toBe(SCHEMA_VERSION);
		expect(Number.isInteger(v10.state.meta.seed)).toBe(true);
		const v11 = readRecord(JSON.parse(readFileSync('tests/fixtures/saves/v11.json', 'utf8')));
		expect(v11.state.meta.seed).toBe(2026);
	});
});

describe('each era draws from the game seed and its place', () => {
	it('a new game keeps its seed; the first era draws from it unchanged', () => {
		const s = newGame(77);
		expect(s.meta.seed).toBe(77);
		expect(eraSeed(77, 'garage')).toBe(77);
		expect(s.rng).toBe(newGame(77).rng);
	});

	it('the next era starts the same streams however many draws the era before made', () => {
		const short = newGame(9);
		const long = newGame(9);
		const c = eraContent('garage');
		advance(long, c, 4 * 3600); // rivals release and runs end: the running stream moves on
		expect(long.rng).not.toBe(short.rng);
		short.goalReached = long.goalReached = true;
		const a = startNewEra(short);
		const b = startNewEra(long);
		if (!a.ok || !b.ok) throw new Error('prestige refused');
		expect(a.state.rng).toBe(b.state.rng);
		expect(a.state.eventRng).toBe(b.state.eventRng);
		expect(a.state.hyperscale.rng).toBe(b.state.hyperscale.rng);
		expect(a.state.meta.seed).toBe(9);
		expect(a.state.hyperscale.rng).toBe((eraSeed(9, a.state.eraId) ^ 0x85ebca6b) >>> 0);
	});

	it('eras of one game draw different streams, and so do two games in one era', () => {
		const seeds = ERAS.map((e) => eraSeed(5, e.id));
		expect(new Set(seeds).size).toBe(seeds.length);
		expect(eraSeed(5, 'cloud')).not.toBe(eraSeed(6, 'cloud'));
	});
});
