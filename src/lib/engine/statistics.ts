// Statistics for the player: this era and all time. Pure reads of the state.
import { ACHIEVEMENTS, ERAS } from '../content';
import type { Decimal } from './decimal';
import type { GameState } from './state';

export interface EraTime {
	eraId: string;
	name: string;
	seconds: number;
}

export interface Statistics {
	era: {
		seconds: number;
		tokens: Decimal;
		releases: number;
		runs: number;
		peakCapability: number;
		research: number;
	};
	all: {
		/** Seconds played over every era, time away included. */
		seconds: number;
		tokens: Decimal;
		releases: number;
		runs: number;
		peakCapability: number;
		/** Eras reached, the current one included. */
		eras: number;
		eraTimes: EraTime[];
		/** The quickest finished era, if any. */
		best: EraTime | null;
		moatEarned: Decimal;
		achievements: number;
		achievementsTotal: number;
	};
}

/** The all-time sums: finished eras plus this one. Cheap (achievements read it often). */
export function allTimeTotals(s: GameState) {
	return {
		seconds: s.meta.eraTicks.reduce((a, b) => a + b, 0) + s.tick,
		tokens: s.meta.lifetimeTokens.add(s.tokens),
		releases: s.meta.totals.modelsReleased + s.stats.modelsReleased,
		runs: s.meta.totals.runsFinished + s.stats.runsFinished,
		peakCapability: Math.max(s.meta.totals.peakCapability, s.stats.peakCapability)
	};
}

/** Eras reached, the current one included: at least up to the current era's place (a save
 * begun in a later era has no times for those before it: playtest 8 read "1 of 7" in Dyson). */
export function erasReached(s: GameState): number {
	const place = ERAS.findIndex((e) => e.id === s.eraId) + 1;
	return Math.min(ERAS.length, Math.max(s.meta.eraTicks.length + 1, place));
}

export function statistics(s: GameState): Statistics {
	const eraTimes = s.meta.eraTicks.map((seconds, i) => ({
		eraId: ERAS[i]?.id ?? `era-${i + 1}`,
		name: ERAS[i]?.name ?? `Era ${i + 1}`,
		seconds
	}));
	const best = eraTimes.reduce<EraTime | null>(
		(b, t) => (b === null || t.seconds < b.seconds ? t : b),
		null
	);
	return {
		era: {
			seconds: s.tick,
			tokens: s.tokens,
			releases: s.stats.modelsReleased,
			runs: s.stats.runsFinished,
			peakCapability: s.stats.peakCapability,
			research: s.research.length
		},
		all: {
			...allTimeTotals(s),
			eras: erasReached(s),
			eraTimes,
			best,
			moatEarned: s.meta.moatEarned,
			achievements: ACHIEVEMENTS.filter((a) => a.id in s.meta.achievements).length,
			achievementsTotal: ACHIEVEMENTS.length
		}
	};
}
