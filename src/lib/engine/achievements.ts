// Awarding achievements. Checked by the runtime after steps run (live, and once after a
// catch-up), not inside `step`: they change nothing in the simulation, so `advance` stays
// exact without knowing about them.
import { ACHIEVEMENTS, ERAS, PERKS_BY_ID } from '../content';
import type { AchievementDef, AchievementView, EraContent } from '../content';
import { Decimal } from './decimal';
import type { Flow } from './flow';
import { playerLeads } from './leaderboard';
import type { Rates } from './rates';
import type { GameState } from './state';
import { allTimeTotals } from './statistics';

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
		automations
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
	const raw = def.value(v);
	const value = raw instanceof Decimal ? raw : new Decimal(Number.isFinite(raw) ? raw : 0);
	const target = new Decimal(def.target);
	const done = value.gte(target);
	let fraction = done ? 1 : Math.max(0, value.div(target).toNumber());
	// Targets that span orders of magnitude read better on a log scale.
	if (!done && def.target >= 1e6)
		fraction = value.lte(1) ? 0 : Math.min(1, value.log10() / target.log10());
	return { value, target, fraction: Number.isFinite(fraction) ? fraction : 0, done };
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
		if (progressOf(def, view).done) {
			s.meta.achievements[def.id] = view.played;
			earned.push(def);
		}
	}
	return earned;
}
