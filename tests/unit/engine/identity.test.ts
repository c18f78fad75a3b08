// Identities: every order and headline gets one from the engine when it is made, kept in the
// save, so a list keyed by it can never hold two equal keys (issue 14: two orders of the same
// card in the same second broke the Fleet tab; two equal headlines broke the Lab tab).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eraContent, ERAS, HEADLINES } from '../../../src/lib/content';
import {
	advance,
	awayReport,
	buy,
	cloneState,
	money,
	newGame,
	startNewEra,
	type GameState
} from '../../../src/lib/engine';
import { pushNews } from '../../../src/lib/engine/news';
import { readRecord } from '../../../src/lib/save/record';
import { decodeState, encodeState, stateToJson } from '../../../src/lib/save/codec';
import { validateState } from '../../../src/lib/save/validate';
import { garage } from './helpers';

const ids = (s: GameState) => [...s.orders.map((o) => o.id), ...s.news.map((n) => n.id)];
const unique = (list: number[]) => new Set(list).size === list.length;

describe('identities', () => {
	it('two orders of the same card in the same second are two orders, with two ids', () => {
		const s = newGame(1);
		s.cash = money(garage, 1e9);
		const server = garage.era.hardware.find((h) => h.leadTime > 0)!;
		expect(buy(s, garage, server.id, 1).ok).toBe(true);
		expect(buy(s, garage, server.id, 1).ok).toBe(true);
		expect(s.orders).toHaveLength(2);
		const [a, b] = s.orders;
		// Everything the old key was made of is equal; the identity is not.
		expect([a.hardwareId, a.arrivesAt]).toEqual([b.hardwareId, b.arrivesAt]);
		expect(a.id).not.toBe(b.id);
		// Both arrive, and say so in two headlines with two ids.
		advance(s, garage, server.leadTime);
		const delivered = s.news.filter((n) => n.kind === 'delivery');
		expect(delivered).toHaveLength(2);
		expect(delivered[0].text).toBe(delivered[1].text);
		expect(delivered[0].id).not.toBe(delivered[1].id);
		expect(unique(ids(s))).toBe(true);
	});

	it('two equal headlines in the same second have two ids', () => {
		const s = newGame(2);
		for (let i = 0; i < 6; i++) pushNews(s, 'broke');
		const texts = s.news.filter((n) => n.kind === 'broke');
		const twins = texts.filter((n) => texts.some((m) => m !== n && m.text === n.text));
		expect(twins.length).toBeGreaterThan(1);
		expect(new Set(texts.map((n) => n.tick)).size).toBe(1);
		expect(unique(ids(s))).toBe(true);
	});

	it('never repeat over a long game, across eras, and survive a save', () => {
		let s = advance(newGame(4), garage, 3 * 86_400);
		expect(unique(ids(s))).toBe(true);
		const seen = new Set(ids(s));
		s.goalReached = true;
		const moved = startNewEra(s);
		if (!moved.ok) throw new Error(moved.reason);
		s = advance(moved.state, eraContent(moved.state.eraId), 86_400);
		for (const id of ids(s)) expect(seen.has(id)).toBe(false);
		expect(Math.max(...ids(s))).toBeLessThan(s.nextId);
		const back = decodeState(encodeState(s));
		expect(ids(back)).toEqual(ids(s));
		expect(back.nextId).toBe(s.nextId);
	});

	it('a save whose ids repeat is refused, naming the field', () => {
		const s = newGame(5);
		pushNews(s, 'broke');
		const json = JSON.parse(JSON.stringify(stateToJson(s)));
		json.news[1].id = json.news[0].id;
		expect(() => validateState(json)).toThrow(/state\.news\[1\]\.id repeats/);
		json.news[1].id = json.nextId;
		expect(() => validateState(json)).toThrow(/state\.news\[1\]\.id is out of range/);
	});

	it('a version-4 save is given ids in the order of its lists', () => {
		const record = JSON.parse(readFileSync('tests/fixtures/saves/v4.json', 'utf8'));
		const { state } = readRecord(record);
		expect(state.news.length).toBeGreaterThan(0);
		expect(unique(ids(state))).toBe(true);
		expect(state.news.map((n) => n.id)).toEqual(
			[...state.news.keys()].map((i) => i + 1 + state.orders.length)
		);
		expect(state.nextId).toBe(ids(state).length + 1);
	});
});

describe('the news tells the truth', () => {
	it('every era opens with a headline of its own: never empty, never another era', () => {
		for (const era of ERAS) {
			const s = newGame(1, era.id);
			expect(s.news).toHaveLength(1);
			const text = s.news[0].text;
			if (era.id !== 'garage') {
				expect(text).toContain(era.name);
				expect(text).not.toMatch(/garage/i);
			}
		}
	});

	it('a release that does not take the lead does not claim the top', () => {
		const modest = HEADLINES.filter(
			(h) => h.kind === 'rival-release' || h.kind === 'player-release'
		);
		for (const h of modest)
			for (const t of h.texts)
				expect(t, t).not.toMatch(/\b(tops?|leads?|first place|in front|number one|#1)\b/i);
	});

	it('the away report tells the world events of the absence first, however much came after', () => {
		const before = newGame(6);
		const after = cloneState(before);
		// A world event (a price war, say) early in a long absence…
		advance(after, garage, after.nextEventAt + 1);
		const event = after.news.find((n) => n.kind === 'world-event')!;
		expect(event).toBeDefined();
		// …then more news than the ticker keeps.
		for (let i = 0; i < 40; i++) pushNews(after, 'rival-release', { lab: 'Lab', model: `M-${i}` });
		const report = awayReport(before, after, garage, [], 0);
		expect(report.headlines[0]).toEqual({ ...event, times: 1 });
		expect(report.headlines.slice(1).every((n) => n.kind !== 'world-event')).toBe(true);
		expect(report.headlines.at(-1)!.text).toContain('M-39');
	});
});
