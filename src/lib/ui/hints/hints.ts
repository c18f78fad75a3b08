// The first minutes, taught by doing: each hint appears when it is useful and goes away by
// itself once the player has done what it suggests (or taps "Got it"). Pure.
import type { EraContent } from '../../content';
import { DEFAULT_TRAIN_SHARE, powerUse, type GameState, type Rates } from '../../engine';
import type { TabId } from '../shell/tabs';

export interface HintDef {
	id: string;
	title: string;
	text: string;
	/** The tab where the player acts on it (elsewhere a "Go to" button takes them there, so
	 * the text never names a tab: it would read as elsewhere on that very tab). */
	tab: TabId;
	/** It speaks of something on its tab's screen (the launch gate): shown only there. */
	here?: true;
	/** Shown only while this holds. */
	when: (s: GameState, r: Rates, c: EraContent) => boolean;
	/** Done: it will not show again. */
	done: (s: GameState, r: Rates, c: EraContent) => boolean;
}

const owned = (s: GameState) => Object.values(s.hardware).reduce((a, b) => a + b, 0);
const startUnits = (c: EraContent) => Object.values(c.era.startHardware).reduce((a, b) => a + b, 0);

export const HINTS: readonly HintDef[] = [
	{
		id: 'run',
		title: 'Start a training run',
		text: 'Until a run starts, all your compute serves customers for cash. Pick a size and start one: a bigger run takes longer and makes a stronger model.',
		tab: 'lab',
		when: (s) => s.stats.modelsReleased === 0,
		done: (s) => s.run !== null || s.stats.runsFinished > 0
	},
	{
		id: 'split',
		title: 'Train or serve?',
		// Playtest 10 started its first run at 50 %, sold out at once and lost customers with no
		// word of why: the hint says what waiting costs, and the one tap that avoids it. Playtest
		// 11 took that tap and its first run went from 38 s to 2 min 44 s: it names both sides.
		text: 'Your compute trains the run or serves customers for cash. Train more: the model comes sooner, but customers kept waiting leave. Match demand serves them all and trains with the rest.',
		tab: 'lab',
		// Only while a run exists: with none, everything serves and the slider does nothing yet.
		when: (s) => s.run !== null,
		done: (s) => s.trainShare !== DEFAULT_TRAIN_SHARE
	},
	{
		id: 'buy',
		title: 'More compute',
		text: 'Hardware feeds both sides. Buy another card; prices climb with each one you own.',
		tab: 'fleet',
		when: (s) => s.tick >= 10,
		done: (s, _r, c) => owned(s) > startUnits(c)
	},
	{
		id: 'release',
		title: 'Release timing',
		text: 'A model waits at the launch gate. Releasing brings hype and market share, if you can serve the demand; wait too long and a rival passes you.',
		tab: 'lab',
		here: true,
		when: (s) => s.gate !== null,
		done: (s) => s.stats.modelsReleased > 0
	},
	{
		id: 'power',
		title: 'Power',
		text: 'Your chips draw close to your power capacity; past it, all compute slows. Sign a power contract to raise it.',
		tab: 'fleet',
		when: (_s, r) => powerUse(r) >= 0.7,
		done: (s, _r, c) => Object.keys(s.power).length > c.era.startPower.length
	}
];

/**
 * Hints newly done (to remember), and the one to show now on `tab`, if any. A hint belongs to
 * its own tab's screen: elsewhere it shows once, as a "Go to" nudge on the tab where the player
 * was when it came up, and once they leave that tab (`homeOnly` lists it) only on its own.
 */
export function hintState(
	s: GameState,
	r: Rates,
	c: EraContent,
	seen: readonly string[],
	tab?: TabId,
	homeOnly: readonly string[] = []
): { finished: string[]; current: HintDef | null } {
	// A lab past its first era (say, a save brought to a new phone) knows all of this.
	if (c.era.index > 1 || s.meta.eraTicks.length > 0)
		return { finished: HINTS.map((h) => h.id).filter((id) => !seen.includes(id)), current: null };
	const finished: string[] = [];
	let current: HintDef | null = null;
	for (const h of HINTS) {
		if (seen.includes(h.id)) continue;
		if (h.done(s, r, c)) finished.push(h.id);
		else if (
			!current &&
			(!tab || h.tab === tab || !(h.here || homeOnly.includes(h.id))) &&
			h.when(s, r, c)
		)
			current = h;
	}
	return { finished, current };
}
