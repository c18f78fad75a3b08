// "While you were away": what changed between the state before and after a catch-up. Pure.
import type { EraContent } from '../content';
import type { Decimal } from './decimal';
import { autoReleaseHold, type ReleaseHold } from './automation';
import { autoReleaseRule } from './automation-settings';
import { awayCashFell, awayCashOut, type AwayCashFell, type AwayCashOut } from './away-cash-out';
import { distilledName } from './edge';
import { memoryView } from './purchases';
import { playerRank, standings } from './leaderboard';
import { gateWorse, runModelName } from './models';
import { labCompute } from './moon-mars';
import { rates, type Rates } from './rates';
import { runPause, type RunPause } from './run-pause';
import { runProgress, runTimeLeft } from './run-plan';
import { awayIdle, type AwayIdle } from './away-idle';
import type { GameState, Headline, Model } from './state';
import { WORLD_KINDS } from './news';

const HEADLINES_TOLD = 5;
/** News the report's headlines leave out: true when written but not now (it says what waits at
 * the gate), or told by its own line (it counts the deliveries: playtest 22 read "2 chip
 * deliveries arrived." above the two deliveries' headlines), or a run's model set aside at the gate
 * (the runs' line says the last; playtest 32 read thirty "Atlas-95xx … is set aside" lines), or
 * the cash running out (the cash-out line counts it and says why: away-cash-out.ts). */
const UNTOLD = new Set(['run-finished', 'delivery', 'set-aside', 'broke']);

export interface ChartPoint {
	tick: number;
	cash: Decimal;
}

export interface AwayReport {
	/** Seconds simulated, and seconds away beyond the offline cap (not simulated). */
	seconds: number;
	overCapSeconds: number;
	cashBefore: Decimal;
	cashAfter: Decimal;
	/** Cash after less cash before (negative when the lab lost money). */
	cashGained: Decimal;
	tokensGained: Decimal;
	/** The lab's compute (labCompute: far sites and the star's kept watts too), as the header says it. */
	computeBefore: Decimal;
	computeAfter: Decimal;
	runsFinished: number;
	/** What the absence's last finished run made (null: none finished): its name, and whether the
	 * launch gate set it aside for the better model it kept (models.ts finishRun). Playtest 23 read
	 * "1 training run finished. Tharsis-4 waits at the launch gate." of a Tharsis-4 that waited
	 * before it left, the run's Tharsis-5 set aside. */
	lastMade: { name: string; setAside: boolean; disappointed: boolean } | null;
	/** A model waiting at the launch gate now, and whether it waited there before the absence. */
	waiting: Model | null;
	waitedBefore: boolean;
	/** The model served on return, and whether the waiting one is worse than it (models.ts
	 * gateWorse): playtest 29 read a worse model's line in green. */
	served: Model;
	waitingWorse: boolean;
	/** Auto-release holds the waiting model (automation.ts autoReleaseHold): why, and for memory
	 * the share of its speed the fleet's memory would serve it at and the rule's least. Playtest
	 * 31 came back after three hours to 105 runs finished and nothing said why none was released. */
	held: { reason: ReleaseHold; fit: number | null; minFit: number } | null;
	deliveries: number;
	rivalReleases: number;
	rankBefore: number;
	rankAfter: number;
	leaderAfter: string;
	/** World events first (they change prices and demand), then the latest other news; the same
	 * line told again is told once, with how many `times` (playtest 27 read "Regulatory delay: no
	 * answer came" three times in one report). */
	headlines: (Headline & { times: number })[];
	researchersIdle: boolean;
	/** World events settled by their default while away (no answer, nor a standing answer): the
	 * report points to the Era tab's standing answers (playtest 33 read "no answer came" in every
	 * report). */
	eventDefaults: number;
	/** The cash ran out while away: how often, what the lab earns and spends now, and the power
	 * price's climb when a release made it (null: it never ran out). */
	cashOut: AwayCashOut | null;
	/** The cash fell while away without running out, and the lab still runs at a loss on return
	 * (away-cash-out.ts awayCashFell; null otherwise). */
	cashFell: AwayCashFell | null;
	/** The run is paused on return (what it waits for, and when that comes), and how far it
	 * came: playtest 4 came back to a run frozen at 99.9 % with only the Run card to say why. */
	runPaused: { pause: RunPause; progress: number } | null;
	/** Share (0…1) of the customers the lab had who left over waits while it was away: demand
	 * outran what it served. 0 when none left (or more came back). */
	customersLost: number;
	/** Rent paid to the Cloud's provider while away, and the racks rented on return (null: none
	 * paid). Playtest 27 came back to a net cash line and could not find the bill in it. */
	rent: { paid: Decimal; racks: number } | null;
	/** The run under way when the player left, still under way: its progress then and now, and
	 * the seconds it has left at today's pace (null: none, or it finished). Playtest 27 came back
	 * to a run at 81 % with 3 days left and the report had not said a word of it. */
	run: { before: number; after: number; left: number } | null;
	/** The end of the absence in which no run trained (away-idle.ts; null: a run trains, or it
	 * was short). */
	idle: AwayIdle | null;
	/** Orbit: units radiation retired while away (0 elsewhere). Playtest 28 found a satellite gone
	 * only by counting. */
	radiationLost: number;
	/** Past the last goal: the epochs reached while away, the epoch now, and the Moat they paid
	 * (null: none reached). Playtest 42 went from epoch 2 to 6 and 30 to 773 Moat in one absence,
	 * and the report said neither. */
	epochs: { reached: number; now: number; moat: Decimal } | null;
	chart: ChartPoint[];
}

/** Customers kept, against a lab that never made anyone wait (hype below 0 is customers lost). */
const kept = (s: GameState) => 1 + Math.min(0, s.hype);

export function awayReport(
	before: GameState,
	after: GameState,
	content: EraContent,
	chart: ChartPoint[],
	overCapSeconds: number
): AwayReport {
	const versions = (s: GameState) => s.rivals.reduce((n, r) => n + r.version, 0);
	const fresh = after.news.filter((n) => n.tick > before.tick);
	const rBefore = rates(before, content);
	const rAfter = rates(after, content);
	const pause = runPause(after, rAfter);
	const rent = after.rental.billed.sub(before.rental.billed);
	const sameRun = before.run && after.run && after.stats.runsFinished === before.stats.runsFinished;
	const cashOut = awayCashOut(before, after, content, rAfter, fresh);
	return {
		seconds: after.tick - before.tick,
		overCapSeconds,
		cashBefore: before.cash,
		cashAfter: after.cash,
		cashGained: after.cash.sub(before.cash),
		tokensGained: after.tokens.sub(before.tokens),
		computeBefore: labCompute(rBefore),
		computeAfter: labCompute(rAfter),
		runsFinished: after.stats.runsFinished - before.stats.runsFinished,
		lastMade: lastMade(before, after, content, fresh),
		waiting: after.gate,
		waitedBefore: !!before.gate && after.gate?.name === before.gate.name,
		served: after.model,
		waitingWorse: gateWorse(after),
		held: heldAtGate(after, content, rAfter),
		deliveries: fresh.filter((n) => n.kind === 'delivery').length,
		rivalReleases: versions(after) - versions(before),
		rankBefore: playerRank(before, content),
		rankAfter: playerRank(after, content),
		leaderAfter: standings(after, content)[0].name,
		headlines: toldFirst(fresh),
		// A lab with no researchers has no payroll to miss (playtest 30 read "researchers are
		// idle" of none, broke in the endless era).
		researchersIdle: after.idle && !rAfter.staffed && after.researchers > 0,
		eventDefaults: fresh.filter((n) => n.kind === 'event-default').length,
		cashOut,
		cashFell: awayCashFell(before, after, content, rAfter, cashOut),
		runPaused: pause && { pause, progress: runProgress(after, content, rAfter) },
		customersLost: Math.max(0, 1 - kept(after) / kept(before)),
		radiationLost: after.orbit.lost - before.orbit.lost,
		epochs: epochsReached(before, after),
		rent: rent.gt(0) ? { paid: rent, racks: after.rental.racks } : null,
		run: sameRun
			? {
					before: runProgress(before, content, rBefore),
					after: runProgress(after, content, rAfter),
					left: runTimeLeft(after, rAfter, content)
				}
			: null,
		idle: awayIdle(before, after, fresh),
		chart
	};
}

function epochsReached(before: GameState, after: GameState): AwayReport['epochs'] {
	const reached = after.meta.endless.epoch - before.meta.endless.epoch;
	if (reached <= 0) return null;
	return {
		reached,
		now: after.meta.endless.epoch,
		moat: after.meta.moatEarned.sub(before.meta.moatEarned)
	};
}

function heldAtGate(s: GameState, c: EraContent, r: Rates): AwayReport['held'] {
	const reason = autoReleaseHold(s, c, r);
	if (!reason) return null;
	const fit = reason === 'memory' ? memoryView(s, c, r).gateFit : null;
	return { reason, fit, minFit: autoReleaseRule(s, c).minFit };
}

/** The last run of the absence made the model at the gate or the one served (released by
 * automation); else the gate set it aside (only a release or a discard clears the gate). */
function lastMade(
	before: GameState,
	after: GameState,
	content: EraContent,
	fresh: readonly Headline[]
): AwayReport['lastMade'] {
	if (after.stats.runsFinished === before.stats.runsFinished) return null;
	const name = runModelName(content, after.stats.runsFinished);
	const made = [after.gate, after.model].find(
		(m) => m && (m.name === name || m.name === distilledName(name))
	);
	// A run kept at the gate is told in the news as it finishes (models.ts finishRun), the last
	// such line the last run's: whether luck let it down (playtest 31 came back to "it made
	// Ember-5", 37.2 of the 50 its size averages, and nothing said the draw was poor).
	const told = fresh.filter((n) => FINISHED.has(n.kind)).at(-1);
	return {
		name: made?.name ?? name,
		setAside: !made,
		disappointed: !!made && told?.kind === 'disappointing-run'
	};
}
/** The news a finished run kept at the gate is told with (models.ts finishRun). */
const FINISHED = new Set(['run-finished', 'disappointing-run', 'distilled']);

/** Every world event of the absence (the news keeps the last few) and what became of the lab's
 * rented racks (playtest 27 found the lease's end below a dozen rival releases), then the lab's
 * own latest news (a campus opening, its chips shipping, power online: playtest 29 came back to
 * three rival releases and neither its campus nor its silicon), then the rivals' (not the kinds
 * left untold), HEADLINES_TOLD in all unless the first are more. */
function toldFirst(fresh: Headline[]): AwayReport['headlines'] {
	const told = once(fresh.filter((n) => !UNTOLD.has(n.kind)));
	const rank = (n: Headline) =>
		WORLD_KINDS.has(n.kind) || n.kind === 'rental' ? 0 : RIVALS.has(n.kind) ? 2 : 1;
	const [first, own, rivals] = [0, 1, 2].map((k) => told.filter((n) => rank(n) === k));
	const room = Math.max(0, HEADLINES_TOLD - first.length);
	const ownTold = own.slice(-room);
	return [...first, ...ownTold, ...rivals.slice(-Math.max(0, room - ownTold.length))];
}
/** The rivals' news: told after the lab's own. */
const RIVALS = new Set(['rival-release', 'rival-takes-lead']);

/** Each line once, where it was last told, with the times it was. */
function once(news: Headline[]): AwayReport['headlines'] {
	const times = new Map<string, number>();
	for (const n of news) times.set(n.text, (times.get(n.text) ?? 0) + 1);
	const last = new Map(news.map((n) => [n.text, n.id]));
	return news
		.filter((n) => last.get(n.text) === n.id)
		.map((n) => ({ ...n, times: times.get(n.text)! }));
}
