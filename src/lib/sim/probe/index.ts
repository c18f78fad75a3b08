// The decision probe (npm run probe): along the active scripted player's games (several
// seeds, every era) it asks, at sampled moments, what each alternative would have brought —
// by copying the state, choosing differently and letting the engine run — and reports how
// often each option was the best. DECISIONS.md says what the figures must show.
import { eraContent, ERAS, PRICE_TIERS, RENTALS, WORLD_EVENTS } from '../../content';
import { sensibleAnswer } from '../event-answers';
import { automationOnlySeconds } from './automation';
import { cloudSecondsToGoal, rentOrBuy } from './cloud';
import { hyperscaleFigures } from './hyperscale';
import { edgeFigures } from './edge';
import { eraDecisionFigures } from './era-figures';
import { optionShares, pooled, POOLED } from './pool';
import { AT_SHARE, CONSTANT_SHARES, raceFigures } from './constant';
import { HOLDS, priceTiers, purchases, trainShares, type Outcome } from './choices';
import { releaseTimesPlayed } from './release';
import { eventAnswers, withEvent } from './events';
import { watchGame, type EraWatch } from './watch';

export interface Figure {
	name: string;
	value: number;
	unit: string;
}

export interface ProbeOptions {
	seeds: number[];
	/** Eras to probe, counted from the Garage. */
	eras: number;
	/** Also race the adaptive player against constant shares (the slow part): in every era, or
	 * in the eras listed (counted from the Garage: 1 is the Garage). */
	constant: boolean | readonly number[];
	/** Moments sampled per era (10 unless given; fewer is quicker). */
	moments?: number;
}

const median = (xs: number[]) => {
	const finite = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
	return finite.length ? finite[Math.floor(finite.length / 2)] : NaN;
};
/** Options within this share of the best count as equal: the engine's own noise (a headline
 * drawn one step later shifts every later draw) must not pick a winner. */
const TIE = 0.005;
/** The best option; among options tied with it, `prefer` (what the scripted player does). */
export function best(o: Outcome[], prefer?: string): string {
	const tied = o.filter((x) => x.worth >= 1 - TIE);
	// No option reaches the goal within the race's limit (every worth 0): none is better.
	if (!tied.length) return prefer ?? o[0].option;
	return (
		tied.find((x) => x.option === prefer) ?? tied.reduce((a, b) => (b.worth > a.worth ? b : a))
	).option;
}
/** The automation-only lab is followed for at most this many times the active player's era. */
export const AUTOMATION_LIMIT = 4;
const percent = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : NaN);

/** Whether the probe races constant shares in era `index` (1: the Garage). */
export function racesEra(constant: ProbeOptions['constant'], index: number): boolean {
	return typeof constant === 'boolean' ? constant : constant.includes(index);
}

/** The figures of one era of one seed. */
function eraFigures(w: EraWatch, constant: boolean): Record<string, number> {
	const left = (s: { tick: number }) => w.seconds - s.tick;
	const f: Record<string, number> = {};
	f['goal.active'] = w.seconds / 60;

	const shares = w.moments
		.map((s) => {
			const o = trainShares(s, left(s));
			return o && Number(best(o, String(Math.round(s.trainShare * 10) * 10)));
		})
		.filter((x): x is number => x !== null);
	f['train-share.span'] = shares.length ? Math.max(...shares) - Math.min(...shares) : NaN;

	if (constant) {
		const race = raceFigures(w.start, w.seconds);
		// Each share's own figure (constantLater picks one share for every seed), and the best
		// share of this seed picked in hindsight.
		CONSTANT_SHARES.forEach((x) => (f[`${AT_SHARE}${x}`] = race[`${AT_SHARE}${x}`]));
		f['constant-share.hindsight.later'] = Math.min(
			...CONSTANT_SHARES.map((x) => race[`${AT_SHARE}${x}`])
		);
	}

	// Automation alone against the active player, from the era's start: how much later it gets
	// there (AUTOMATION_LIMIT - 1 in %, i.e. 300, when it does not within AUTOMATION_LIMIT ×).
	const alone = automationOnlySeconds(w.eraStart, AUTOMATION_LIMIT * w.seconds);
	f['automation-only.later'] = 100 * (Math.min(alone / w.seconds, AUTOMATION_LIMIT) - 1);

	if (RENTALS[w.eraId]) {
		// The Cloud's decision: the player who never rents against the one who does.
		const limit = 3 * w.seconds;
		const uses = cloudSecondsToGoal(w.eraStart, true, limit);
		const ignores = cloudSecondsToGoal(w.eraStart, false, limit);
		f['cloud.ignore-later'] = 100 * (Math.min(ignores, limit) / Math.min(uses, limit) - 1);
		// The denser moments: renting wins few of them (early in the era, and spikes).
		const picks = w.buyMoments
			.map((s) => rentOrBuy(s, left(s)))
			.filter((o): o is Outcome[] => o !== null)
			.map((o) => best(o, 'none'));
		optionShares(f, 'cloud.best', ['rent', 'buy', 'none'], picks);
	}

	// Hyperscale's decision: campus sites and silicon (hyperscale.ts).
	Object.assign(f, hyperscaleFigures(w, best));
	edgeFigures(w, f, best);
	eraDecisionFigures(w, f, best);

	f['capacity.within-2x'] = percent(w.within2x, w.afterRelease);
	f['capacity.short'] = percent(w.short, w.afterRelease);
	f['capacity.spare'] = percent(w.spare, w.afterRelease);

	const tiers = w.moments.map((s) => best(priceTiers(s, left(s)), s.priceTier));
	for (const t of PRICE_TIERS)
		f[`price.best.${t.id}`] = percent(tiers.filter((x) => x === t.id).length, tiers.length);

	const gates = w.gates
		.map((s) => releaseTimesPlayed(s, left(s)))
		.filter((o): o is Outcome[] => o !== null)
		.map((o) => best(o, 'now'));
	f['release.now-best'] = percent(gates.filter((x) => x === 'now').length, gates.length);
	f['release.hold-best'] = percent(gates.filter((x) => x !== 'now').length, gates.length);

	f['memory.bound'] = percent(w.memoryBound, w.seconds);
	const buys = w.buyMoments
		.map((s) => purchases(s, left(s)))
		.filter((o): o is Outcome[] => o !== null)
		.map((o) => best(o, 'compute'));
	// "At some sampled moments a memory-rich purchase beats a compute-rich one" (issue 16):
	// pooled over the seeds' moments, like the decisions' options.
	optionShares(f, 'purchase.best', ['compute', 'memory', 'power'], buys);

	f['power.bill-share'] = 100 * median(w.billShares);
	f['lead-changes'] = w.leadChanges;
	f['first-event'] = w.firstEvent / 60;
	eventFigures(w, f);
	return f;
}

/** Each answer of each event kind: how often it is the best, started at the sampled moments;
 * and how often the scripted player's answer is the best (or tied with it). */
function eventFigures(w: EraWatch, f: Record<string, number>): void {
	const left = (s: { tick: number }) => w.seconds - s.tick;
	let asked = 0;
	let right = 0;
	for (const def of WORLD_EVENTS) {
		const bests: string[] = [];
		for (const s of w.moments) {
			const o = eventAnswers(s, def, left(s));
			if (!o) continue;
			const top = best(o, def.defaultOption);
			bests.push(top);
			const answer = sensibleAnswer(withEvent(s, def), eraContent(s.eraId));
			asked += 1;
			if (o.find((x) => x.option === answer)!.worth >= 1 - TIE) right += 1;
		}
		optionShares(
			f,
			`event.${def.id}.best`,
			def.options.map((o) => o.id),
			bests
		);
	}
	f['event.answer.best'] = percent(right, asked);
}

const UNITS: [RegExp, string][] = [
	[/goal|first-event/, 'min'],
	[/span|gain/, 'points'],
	[/lead-changes/, 'changes'],
	[/./, '%']
];

const unitOf = (name: string) => UNITS.find(([re]) => re.test(name))![1];

/**
 * How much later the best constant share reaches the goal than the adaptive player: one share
 * for every seed (a player holding the slider), picked on other starts than it is scored on.
 * Each seed is scored at the share with the best median over the other seeds (leave one out),
 * so the share is not chosen in hindsight on the very runs' luck it is scored on; the figure is
 * the median of those scores (one seed alone: its own best share).
 */
export function constantLater(seeds: EraFigures[]): number {
	const at = (f: EraFigures, x: number) => f[`${AT_SHARE}${x}`] ?? NaN;
	const scores = seeds.map((own, i) => {
		const others = seeds.length > 1 ? seeds.filter((_, j) => j !== i) : seeds;
		const picked = CONSTANT_SHARES.reduce((a, b) => {
			const ma = median(others.map((f) => at(f, a)));
			return median(others.map((f) => at(f, b))) < ma || Number.isNaN(ma) ? b : a;
		});
		return at(own, picked);
	});
	return median(scores);
}

/** One seed's figures, era by era (what `runProbe` takes the medians of). */
export function probeSeed(seed: number, options: Omit<ProbeOptions, 'seeds'>): EraFigures[] {
	return watchGame(seed, options.eras, options.moments).map((w, e) =>
		eraFigures(w, racesEra(options.constant, e + 1))
	);
}
export type EraFigures = Record<string, number>;

/** Runs the probe; figures are medians over the seeds, per era, named `era<N>.<figure>`
 * (an option's share of the sampled moments is pooled over the seeds: `optionShares`).
 * `perSeed` (each seed's `probeSeed`) may be computed elsewhere, e.g. in parallel processes. */
export function runProbe(
	options: ProbeOptions,
	perSeed: EraFigures[][] = options.seeds.map((seed) => probeSeed(seed, options))
): Figure[] {
	const figures: Figure[] = [];
	for (let e = 0; e < Math.min(options.eras, ERAS.length); e++) {
		const names = new Set(perSeed.flatMap((eras) => Object.keys(eras[e] ?? {})));
		for (const name of names) {
			if (name.startsWith(AT_SHARE) || name.startsWith(POOLED)) continue;
			const value = names.has(`${POOLED}${name}`)
				? pooled(
						perSeed.map((eras) => ({
							share: eras[e]?.[name] ?? NaN,
							count: eras[e]?.[`${POOLED}${name}`] ?? 0
						}))
					)
				: median(perSeed.map((eras) => eras[e]?.[name] ?? NaN));
			figures.push({ name: `era${e + 1}.${name}`, value, unit: unitOf(name) });
		}
		if (racesEra(options.constant, e + 1)) {
			const name = 'constant-share.later';
			const value = constantLater(perSeed.map((eras) => eras[e] ?? {}));
			figures.push({ name: `era${e + 1}.${name}`, value, unit: unitOf(name) });
		}
	}
	return figures;
}

export { HOLDS };
