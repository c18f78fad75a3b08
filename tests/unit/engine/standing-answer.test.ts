// Standing answers (standing-answer.ts): the player answers a kind of world event once, and each
// event of that kind takes it as it starts, its fee paid then; one the cash cannot pay waits for
// the player. Playtest 33's check-ins found every event settled by its default while away.
import { describe, expect, it } from 'vitest';
import { eraContent, WORLD_EVENTS } from '../../../src/lib/content';
import {
	advance,
	apply,
	awayReport,
	cloneState,
	eventChoices,
	eventEffect,
	newGame,
	standingAnswers,
	step,
	type GameState
} from '../../../src/lib/engine';
import { makeRecord, readRecord } from '../../../src/lib/save/record';
import { validateState } from '../../../src/lib/save/validate';
import { stateToJson } from '../../../src/lib/save/codec';
import { eventLab } from './event-labs';
import { garage, stateDiff } from './helpers';

const stand = (s: GameState, event: string, option: string | null) =>
	apply(s, eraContent(s.eraId), { type: 'standing-answer', event, option });

/** A Garage lab with researchers and income, its next event due in a minute. */
const lab = (seed = 4) => eventLab(seed, 60);

/** The kind of event the lab's stream starts next (found on a copy). */
function nextKind(s: GameState): string {
	const copy = cloneState(s);
	advance(copy, garage, 61);
	return copy.event!.id;
}

/** An option of `event` other than its default. */
const other = (event: string) => {
	const def = WORLD_EVENTS.find((e) => e.id === event)!;
	return def.options.find((o) => o.id !== def.defaultOption)!;
};

describe('standing answers', () => {
	it('are set and cleared by an action, refusing what is not an event or not its option', () => {
		const s = newGame(1);
		expect(stand(s, 'viral-moment', 'ride').ok).toBe(true);
		expect(stand(s, 'viral-moment', 'ride')).toEqual({ ok: false, reason: 'already-done' });
		expect(stand(s, 'viral-moment', 'pay').ok).toBe(false);
		expect(stand(s, 'no-such-event', 'ride').ok).toBe(false);
		const kinds = standingAnswers(s);
		expect(kinds.map((k) => k.event)).toEqual(WORLD_EVENTS.map((e) => e.id));
		const viral = kinds.find((k) => k.event === 'viral-moment')!;
		expect(viral.chosen).toBe('ride');
		expect(viral.options).toEqual([
			{ id: 'ride', label: other('viral-moment').label, isDefault: false },
			{ id: 'pass', label: 'Let it pass', isDefault: true }
		]);
		expect(kinds.filter((k) => k.chosen !== null)).toHaveLength(1);
		expect(stand(s, 'viral-moment', null).ok).toBe(true);
		expect(standingAnswers(s).every((k) => k.chosen === null)).toBe(true);
		expect(stand(s, 'viral-moment', null).ok).toBe(false);
	});

	it('answer each event of the kind as it starts, fee paid, told in the news', () => {
		const s = lab();
		const kind = nextKind(s);
		const option = other(kind);
		stand(s, kind, option.id);
		const cash = s.cash;
		advance(s, garage, 61);
		expect(s.event!.id).toBe(kind);
		expect(s.event!.choice).toBe(option.id);
		expect(eventEffect(s)).toBe(option);
		expect(eventChoices(s, garage)).toEqual([]); // nothing left to answer
		expect(s.news.at(-1)!.text).toContain(`your standing answer, “${option.label}”.`);
		// With a fee, it was paid: the cash is below what the same minute made without the answer.
		const none = lab();
		advance(none, garage, 61);
		expect(none.event!.choice).toBe('');
		if (option.feeRevenueSeconds || option.feeSalarySeconds)
			expect(s.cash.lt(none.cash)).toBe(true);
		expect(cash.gt(0)).toBe(true);
	});

	it('leave an answer the cash cannot pay to the player, the default in effect', () => {
		// Talent poaching's counter-offer and the chip shortage's premium cost cash: with none, the
		// question waits.
		for (let seed = 1; seed < 40; seed++) {
			const s = lab(seed);
			const kind = nextKind(s);
			const option = other(kind);
			if (!option.feeRevenueSeconds && !option.feeSalarySeconds) continue;
			stand(s, kind, option.id);
			s.cash = s.cash.mul(0);
			advance(s, garage, 61);
			expect(s.event!.choice).toBe('');
			expect(s.news.at(-1)!.text).toContain(
				'costs more than your cash; the question waits for you.'
			);
			return;
		}
		throw new Error('no seed drew an event with a fee');
	});

	it('stepped or fast-forwarded, the lab ends alike', () => {
		const a = lab();
		const kind = nextKind(a);
		stand(a, kind, other(kind).id);
		const b = cloneState(a);
		advance(a, garage, 3600);
		for (let i = 0; i < 3600; i++) step(b, garage);
		expect(stateDiff(a, b)).toEqual([]);
	});

	it('are kept in the save and across a new era', () => {
		const s = lab();
		stand(s, 'price-war', 'hold');
		const back = readRecord(JSON.parse(JSON.stringify(makeRecord(s, 0, 1)))).state;
		expect(back.meta.standing).toEqual({ 'price-war': 'hold' });
		s.goalReached = true;
		expect(apply(s, garage, { type: 'new-era' }).ok).toBe(true);
		expect(s.eraId).toBe('cloud');
		expect(s.meta.standing).toEqual({ 'price-war': 'hold' });
	});

	it('a save naming an option its event does not have is refused, with the field named', () => {
		const s = newGame(1);
		s.meta.standing['viral-moment'] = 'ride';
		const json = JSON.parse(JSON.stringify(stateToJson(s)));
		expect(() => validateState(json)).not.toThrow();
		json.meta.standing['viral-moment'] = 'pay';
		expect(() => validateState(json)).toThrow(/state\.meta\.standing\.viral-moment names "pay"/);
	});
});

describe('the away report on events settled by their default', () => {
	it('counts them, and none of those a standing answer took', () => {
		const away = (standing: boolean) => {
			const before = lab();
			const kind = nextKind(before);
			if (standing) stand(before, kind, other(kind).id);
			const after = cloneState(before);
			advance(after, garage, 3 * 3600);
			return awayReport(before, after, garage, [], 0);
		};
		const asked = away(false);
		expect(asked.eventDefaults).toBeGreaterThanOrEqual(1);
		expect(asked.headlines.some((h) => /no answer came/.test(h.text))).toBe(true);
		// The first event answered ahead: one default fewer (later ones of other kinds may still
		// take theirs).
		expect(away(true).eventDefaults).toBe(asked.eventDefaults - 1);
	});
});
