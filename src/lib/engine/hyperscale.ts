// Hyperscale's decision: campuses and custom silicon (content/hyperscale.ts). A campus brings
// its own power and the chips to fill it, so its FLOP/s are its watts times the chips' FLOP
// per watt (more with each silicon generation shipped), on its own bill at its site's price. Permit hearings, openings and first silicon fall on
// known ticks, and each draw happens at its tick from the era's own stream, so fast-forward
// stays exact: between those ticks a campus fleet is constant.
import { CAMPUSES, type CampusProgramDef, type CampusSiteDef, type EraContent } from '../content';
import { D0, Decimal } from './decimal';
import type { Multipliers } from './effects';
import { money, moneyScale } from './money';
import { pushNews } from './news';
import { nextRandom, streamOf } from './rng';
import type { Campus } from './hyperscale-state';
import type { GameState } from './state';

export const PERMITS = 0;
export const BUILDING = 1;
export const ONLINE = 2;

export function campusProgram(content: EraContent): CampusProgramDef | null {
	return CAMPUSES[content.era.id] ?? null;
}

export function campusSite(program: CampusProgramDef, id: string): CampusSiteDef | undefined {
	return program.sites.find((s) => s.id === id);
}

/** Seconds from building a campus at `site` to its opening, counting the adjournments to expect:
 * each hearing adjourns with chance q, so 1/(1 − q) hearings, q/(1 − q) delays. */
export function siteWait(site: CampusSiteDef): number {
	const delays = site.permit > 0 ? site.delayChance / (1 - site.delayChance) : 0;
	return site.permit + delays * site.delay + site.build;
}

/** The watts campus number `size` brings. */
export function campusWatts(program: CampusProgramDef, size: number): number {
	return program.watts * program.grow ** size;
}

/** What the next campus costs to build, in cash (each one is dearer than the last), or with
 * `count` campuses started, the one after them. */
export function campusCost(
	state: GameState,
	content: EraContent,
	count = state.hyperscale.campuses.length
): Decimal {
	const p = campusProgram(content);
	if (!p) return D0;
	return money(content, p.cost).mul(Decimal.pow(p.dearer, count));
}

/** FLOP/s per campus watt, before the compute multiplier: the chips' own, times each silicon
 * generation shipped. */
export function campusFlopsPerWatt(program: CampusProgramDef, level: number): number {
	return program.flopsPerWatt * program.silicon.gain ** level;
}

export interface CampusFleet {
	watts: number;
	/** FLOP/s and memory of the open campuses, multipliers applied (as the fleet's are). */
	flops: Decimal;
	memory: Decimal;
	/** Power bill per second at full use, before the grid's price level (research that cuts
	 * the chips' watts cuts it too). */
	bill: Decimal;
	/** The FLOP/s of the campuses, each weighed by its site's peak share: over the lab's
	 * compute, the share of the sales the peak premium takes (campusCut). */
	peakFlops: Decimal;
}

/** The open campuses' compute, memory and bill (null when none is open). */
export function campusFleet(
	state: GameState,
	content: EraContent,
	mult: Multipliers
): CampusFleet | null {
	const p = campusProgram(content);
	if (!p) return null;
	let watts = 0;
	let peak = 0; // watts weighed by their site's peak share
	let cost = 0; // era money per second
	for (const c of state.hyperscale.campuses) {
		if (c.phase !== ONLINE) continue;
		const w = campusWatts(p, c.size);
		const site = campusSite(p, c.site)!;
		watts += w;
		peak += w * site.peakShare;
		cost += (w / 1000) * (site.pricePerKwh / 3600);
	}
	if (watts === 0) return null;
	const fpw = campusFlopsPerWatt(p, state.hyperscale.silicon.level);
	return {
		watts,
		flops: new Decimal(watts).mul(fpw * mult.compute),
		memory: new Decimal(watts).mul(p.memoryPerWatt * Math.sqrt(mult.compute)),
		bill: moneyScale(content).mul(cost * mult.watts),
		peakFlops: new Decimal(peak).mul(fpw * mult.compute)
	};
}

/** The share of the sales the campuses' peak premium takes: each site's share on the part of
 * the lab's `compute` its campuses carry (0 with none at a peak-priced site). Constant between
 * events: campuses open, cards land and research completes at events. It is at most the
 * dearest site's share (power-sources.ts caps every cut at MAX_CUT too). */
export function campusCut(campus: Pick<CampusFleet, 'peakFlops'> | null, compute: Decimal): number {
	if (!campus || !campus.peakFlops.gt(0) || !compute.gt(0)) return 0;
	return campus.peakFlops.div(compute).toNumber();
}

/** The next generation of silicon: its price in cash and in insight. */
export function siliconCost(
	state: GameState,
	content: EraContent
): { cash: Decimal; insight: Decimal } | null {
	const p = campusProgram(content);
	if (!p) return null;
	const scale = p.silicon.growth ** state.hyperscale.silicon.level;
	return {
		cash: money(content, p.silicon.cash * scale),
		insight: new Decimal(p.silicon.insight * scale)
	};
}

const stream = (s: GameState) => streamOf(s.hyperscale, 'rng');
const minutes = (seconds: number) => `${Math.round(seconds / 60)} min`;

/** A hearing at the end of permits: granted (building starts), or adjourned for a drawn while. */
function hearing(state: GameState, p: CampusProgramDef, c: Campus): void {
	const site = campusSite(p, c.site)!;
	if (nextRandom(stream(state)) < site.delayChance) {
		const delay = Math.round(site.delay * (0.5 + nextRandom(stream(state))));
		c.at += delay;
		c.hearings += 1;
		pushNews(state, 'campus', {
			item: `${site.name}: the permit hearing is adjourned, ${minutes(delay)} more of paperwork.`
		});
	} else {
		c.phase = BUILDING;
		c.at += site.build;
		pushNews(state, 'campus', { item: `${site.name}: permits granted, building starts.` });
	}
}

/** Applies what falls due now: hearings, openings, first silicon. Returns whether the rates
 * changed (a campus opened or a generation shipped). */
export function applyHyperscale(state: GameState, content: EraContent): boolean {
	const p = campusProgram(content);
	if (!p) return false;
	const t = state.tick;
	let changed = false;
	for (const c of state.hyperscale.campuses) {
		if (c.phase === ONLINE || c.at > t) continue;
		if (c.phase === PERMITS) hearing(state, p, c);
		else {
			c.phase = ONLINE;
			changed = true;
			pushNews(state, 'campus', {
				item: `${campusSite(p, c.site)!.name} campus is open: its chips are serving and training.`
			});
		}
	}
	const si = state.hyperscale.silicon;
	if (si.readyAt > 0 && si.readyAt <= t) {
		if (nextRandom(stream(state)) < p.silicon.respinChance) {
			si.readyAt += p.silicon.respin;
			si.respins += 1;
			pushNews(state, 'campus', {
				item: `First silicon has a bug: a respin, ${minutes(p.silicon.respin)} more.`
			});
		} else {
			si.level += 1;
			si.readyAt = 0;
			changed = true;
			pushNews(state, 'campus', {
				item: `Generation ${si.level} of your own chips ships: every campus watt does more.`
			});
		}
	}
	return changed;
}

/** The next tick at which a hearing, an opening or first silicon falls due (Infinity: none). */
export function nextHyperscaleTick(state: GameState): number {
	let next = Infinity;
	for (const c of state.hyperscale.campuses) if (c.phase !== ONLINE) next = Math.min(next, c.at);
	if (state.hyperscale.silicon.readyAt > 0) next = Math.min(next, state.hyperscale.silicon.readyAt);
	return next;
}
