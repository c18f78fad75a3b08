// Standing answers: the player's answer to a kind of world event, given once and taken each time
// one of that kind starts (meta.standing; kept across eras). A check-in player was away for most
// events, and each one settled by its default ("Viral moment: no answer came, so “Let it pass”" in
// every away report, playtest 33). The answer is the player's own, made ahead: it is taken as the
// event starts, a scheduled tick, by the choice card's own action (its fee paid then), so
// fast-forward stays exact; one the cash cannot pay waits for the player, the default in effect.
import type { EraContent } from '../content';
import { WORLD_EVENTS } from '../content';
import type { ActionResult } from './actions';
import { chooseEvent } from './event-choice';
import { pushNews } from './news';
import type { GameState } from './state';
import { activeEvent, eventOptionDef, eventPending } from './world-events';

const EVENTS = new Map(WORLD_EVENTS.map((e) => [e.id, e]));

/** Sets the standing answer to a kind of event (`option` null: none, each answered by hand). */
export function setStandingAnswer(
	s: GameState,
	event: string,
	option: string | null
): ActionResult {
	const def = EVENTS.get(event);
	if (!def) return { ok: false, reason: 'unknown-id' };
	if (option === null) {
		if (!(event in s.meta.standing)) return { ok: false, reason: 'already-done' };
		delete s.meta.standing[event];
		return { ok: true };
	}
	if (!eventOptionDef(def, option)) return { ok: false, reason: 'unknown-id' };
	if (s.meta.standing[event] === option) return { ok: false, reason: 'already-done' };
	s.meta.standing[event] = option;
	return { ok: true };
}

/** Each kind of world event with its answers (the default marked) and the standing answer set
 * (null: asked each time), in the order the events are listed: the Era tab's card. */
export function standingAnswers(s: GameState): {
	event: string;
	name: string;
	options: { id: string; label: string; isDefault: boolean }[];
	chosen: string | null;
}[] {
	return WORLD_EVENTS.map((e) => ({
		event: e.id,
		name: e.name,
		options: e.options.map((o) => ({
			id: o.id,
			label: o.label,
			isDefault: o.id === e.defaultOption
		})),
		chosen: eventOptionDef(e, s.meta.standing[e.id] ?? '')?.id ?? null
	}));
}

/** Takes the standing answer to the event that has just started, if the player set one; told
 * in the news either way (applyWorldEvents calls it as an event starts). */
export function answerStanding(s: GameState, c: EraContent): void {
	const def = activeEvent(s);
	if (!def || !eventPending(s)) return;
	const option = eventOptionDef(def, s.meta.standing[def.id] ?? '');
	if (!option) return;
	const answered = chooseEvent(s, c, option.id);
	if (answered.ok)
		pushNews(s, 'world-event', { item: `${def.name}: your standing answer, “${option.label}”.` });
	else if (answered.reason === 'not-enough-cash')
		pushNews(s, 'world-event', {
			item: `${def.name}: your standing answer, “${option.label}”, costs more than your cash; the question waits for you.`
		});
}
