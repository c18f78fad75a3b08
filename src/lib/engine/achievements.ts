// Awarding achievements. Checked by the runtime after steps run (live, and once after a
// catch-up), not inside `step`: they change nothing in the simulation, so `advance` stays
// exact without knowing about them.
import { ACHIEVEMENTS, ERAS, PERKS_BY_ID } from '../content';
import type { AchievementDef, AchievementMeasure, EraContent } from '../content';
import { Decimal } from './decimal';
import { flow, type Flow } from './flow';
import { playerLeads } from './leaderboard';
import { rates, type Rates } from './rates';
import type { GameState } from './state';
import { allTimeTotals } from './statistics';

/** What achievements read: the state plus figures derived once per check. */
export interface AchievementView {
	s: GameState;
	r: Rates;
	f: Flow;
	/** Seconds played over all eras (time away included). */
	played: number;
	/** Tokens served over all eras. */
	allTokens: Decimal;
	releases: number;
	runs: number;
	peakCapability: number;
	/** Index of the current era (0 = Garage). */
	eraIndex: number;
	/** The player's model leads every rival. */
	leads: boolean;
	units: number;
	/** Hardware kinds of this era the lab owns at least one of, and how many there are. */
	tiersOwned: number;
	tiers: number;
	contracts: number;
	/** Contracts signed beyond the ones the era starts with. */
	signed: number;
	contractsOffered: number;
	/** A delivery, and a world event (answered or settled by its default), in the news: what came
	 * and went within a catch-up, never on screen between two publishes (playtest 39 read "On order
	 * (not yet)" beside "4 chip deliveries arrived", and "Headline news (not yet)" after five
	 * events settled while away). */
	delivered: boolean;
	eventInNews: boolean;
	perkLevels: number;
	automations: number;
}

const flag = (b: boolean) => (b ? 1 : 0);

/** How each measure an achievement names is read from the view. */
const MEASURES: Record<AchievementMeasure, (v: AchievementView) => number | Decimal> = {
	releases: (v) => v.releases,
	runs: (v) => v.runs,
	'peak-capability': (v) => v.peakCapability,
	'tokens-all-time': (v) => v.allTokens,
	played: (v) => v.played,
	units: (v) => v.units,
	compute: (v) => v.r.compute,
	'contracts-signed': (v) => v.signed,
	income: (v) => v.f.cashPerSec,
	cash: (v) => v.s.cash,
	'research-done': (v) => v.s.research.length,
	researchers: (v) => v.s.researchers,
	'era-index': (v) => v.eraIndex,
	'perk-levels': (v) => v.perkLevels,
	automations: (v) => v.automations,
	leading: (v) => flag(v.leads && v.releases > 0),
	'full-catalog': (v) => flag(v.tiersOwned === v.tiers),
	'on-order': (v) => flag(v.s.orders.length > 0 || v.delivered),
	'all-contracts': (v) => flag(v.contracts === v.contractsOffered),
	throttled: (v) => flag(v.r.throttle < 0.999),
	'sold-out': (v) => flag(v.f.unmet.gt(0)),
	'premium-leading': (v) => flag(v.s.priceTier === 'premium' && v.leads),
	'world-event': (v) => flag(v.s.event !== null || v.eventInNews),
	finished: (v) => flag(v.s.meta.finished),
	'era-under-30-min': (v) => flag(v.s.meta.eraTicks.some((t) => t < 1800))
};

export function achievementView(s: GameState, c: EraContent, r: Rates, f: Flow): AchievementView {
	let units = 0;
	let tiersOwned = 0;
	for (const id of c.hardware.keys()) {
		const n = s.hardware[id] ?? 0;
		units += n;
		if (n > 0) tiersOwned += 1;
	}
	let perkLevels = 0;
	let automations = 0;
	for (const [id, level] of Object.entries(s.meta.perks)) {
		perkLevels += level;
		if (level > 0 && PERKS_BY_ID.get(id)?.unlocks) automations += 1;
	}
	const all = allTimeTotals(s);
	let delivered = false;
	let eventInNews = false;
	for (const n of s.news) {
		if (n.kind === 'delivery') delivered = true;
		else if (n.kind === 'world-event' || n.kind === 'event-default') eventInNews = true;
	}
	return {
		s,
		r,
		f,
		played: all.seconds,
		allTokens: all.tokens,
		releases: all.releases,
		runs: all.runs,
		peakCapability: all.peakCapability,
		eraIndex: Math.max(
			0,
			ERAS.findIndex((e) => e.id === s.eraId)
		),
		leads: playerLeads(s),
		units,
		tiersOwned,
		tiers: c.hardware.size,
		contracts: Object.keys(s.power).length,
		signed: Object.keys(s.power).length - c.era.startPower.length,
		contractsOffered: c.power.size,
		perkLevels,
		automations,
		delivered,
		eventInNews
	};
}

export interface Progress {
	value: Decimal;
	target: Decimal;
	/** 0…1: how far along (1 once earned). */
	fraction: number;
	done: boolean;
}

export function progressOf(def: AchievementDef, v: AchievementView): Progress {
	const raw = MEASURES[def.measure](v);
	const value = raw instanceof Decimal ? raw : new Decimal(Number.isFinite(raw) ? raw : 0);
	const target = new Decimal(def.target);
	const done = value.gte(target);
	let fraction = done ? 1 : Math.max(0, value.div(target).toNumber());
	// Targets that span orders of magnitude read better on a log scale.
	if (!done && def.target >= 1e6)
		fraction = value.lte(1) ? 0 : Math.min(1, value.log10() / target.log10());
	return { value, target, fraction: Number.isFinite(fraction) ? fraction : 0, done };
}

/** Whether `def`'s condition holds: what `progressOf(def, v).done` says, without the fraction
 * (this runs for every unearned achievement at each step the screen shows). */
function reached(def: AchievementDef, v: AchievementView): boolean {
	const raw = MEASURES[def.measure](v);
	if (raw instanceof Decimal) return raw.gte(def.target);
	return Number.isFinite(raw) && raw >= def.target;
}

/** Awards every achievement whose condition now holds; returns the ones just earned. */
export function checkAchievements(
	s: GameState,
	c: EraContent,
	r: Rates,
	f: Flow
): AchievementDef[] {
	const earned: AchievementDef[] = [];
	let view: AchievementView | null = null;
	for (const def of ACHIEVEMENTS) {
		if (def.id in s.meta.achievements) continue;
		view ??= achievementView(s, c, r, f);
		if (reached(def, view)) {
			s.meta.achievements[def.id] = view.played;
			earned.push(def);
		}
	}
	return earned;
}

/**
 * Records, without announcing them, the achievements a game met before it was loaded (a reload,
 * an imported save, a save from before achievements were kept): earned before, they must never
 * be announced again. The playtest saw "A million tokens" again on each reload and on an
 * imported save. Returns how many it recorded.
 */
export function recordMetAchievements(s: GameState, c: EraContent): number {
	const r = rates(s, c);
	return checkAchievements(s, c, r, flow(s, r)).length;
}
