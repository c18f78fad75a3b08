// A deep copy of the state (Decimals are immutable, so they are shared, not copied).
import type { GameState } from './state';

export function cloneState(s: GameState): GameState {
	return {
		...s,
		hardware: { ...s.hardware },
		orders: s.orders.map((o) => ({ ...o })),
		power: { ...s.power },
		run: s.run ? { ...s.run } : null,
		gate: s.gate ? { ...s.gate } : null,
		model: { ...s.model },
		research: [...s.research],
		rivals: s.rivals.map((r) => ({ ...r })),
		history: s.history.map((h) => ({ tick: h.tick, caps: [...h.caps] })),
		news: s.news.map((n) => ({ ...n })),
		stats: { ...s.stats },
		series: s.series.map((p) => ({ ...p })),
		event: s.event ? { ...s.event } : null,
		meta: {
			...s.meta,
			perks: { ...s.meta.perks },
			eraTicks: [...s.meta.eraTicks],
			achievements: { ...s.meta.achievements },
			totals: { ...s.meta.totals },
			automation: {
				release: { ...s.meta.automation.release },
				run: { ...s.meta.automation.run },
				buy: { ...s.meta.automation.buy },
				sign: { ...s.meta.automation.sign }
			}
		}
	};
}
