// Numbered migrations. Each entry upgrades a state from version `from` to `from + 1`.
// Versions are integers and run in numeric order (never sorted as text: 10 after 9).
import { SCHEMA_VERSION } from '../engine/state';
import { SaveError } from './validate';

export type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

/** from version → the step to from + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
	// 1 → 2: eras and Moat. A version-1 game is a first-era game with nothing earned yet.
	// The defaults are written out, not taken from newMeta(): a migration must keep doing
	// what it did when it shipped, whatever later versions change.
	1: (s) => ({
		...s,
		meta: {
			moat: '0',
			moatEarned: '0',
			perks: {},
			eraTicks: [],
			lifetimeTokens: '0',
			finished: false,
			automation: {
				release: { on: true, minGain: 0.1 },
				run: { on: true },
				buy: { on: true, reserve: 0.1 },
				sign: { on: true, threshold: 0.85 }
			}
		}
	}),
	// 2 → 3: world events. The first one comes an hour after loading.
	2: (s) => ({ ...s, event: null, nextEventAt: (typeof s.tick === 'number' ? s.tick : 0) + 3600 }),
	// 3 → 4: achievements, all-time totals and the income chart. Achievements already earned
	// are awarded on load (their conditions read the state), so none are lost.
	3: (s) => {
		const meta = (s.meta ?? {}) as Record<string, unknown>;
		return {
			...s,
			series: [],
			meta: {
				...meta,
				achievements: {},
				totals: { modelsReleased: 0, runsFinished: 0, peakCapability: 0 }
			}
		};
	},
	// 4 → 5: orders and headlines get identities (lists were keyed by content that can
	// repeat: two equal orders in the same second). Numbered in the order they are listed.
	4: (s) => {
		let next = 1;
		const withId = (list: unknown) =>
			Array.isArray(list)
				? list.map((item) => ({ ...(item as Record<string, unknown>), id: next++ }))
				: list;
		const orders = withId(s.orders);
		const news = withId(s.news);
		return { ...s, orders, news, nextId: next };
	},
	// 5 → 6: world events ask a question, and events and headlines draw from streams of their
	// own. An event under way keeps the effect it had (the answer that meant it), answered;
	// the new streams start from the old one, each mixed its own way. Endless epochs after the
	// last era's goal (a finished game starts at epoch 0), and the Cloud's rentals (none) and
	// spot resale (on, as it always was).
	5: (s) => {
		const rng = typeof s.rng === 'number' ? s.rng : 0;
		const tick = typeof s.tick === 'number' ? s.tick : 0;
		const meant: Record<string, string> = {
			'viral-moment': 'ride',
			'chip-shortage': 'wait',
			'price-war': 'match',
			'talent-poaching': 'let-go',
			'regulatory-delay': 'wait'
		};
		const old = s.event as Record<string, unknown> | null | undefined;
		const event =
			old && typeof old === 'object'
				? { ...old, choice: meant[String(old.id)] ?? '', decideBy: tick }
				: null;
		return {
			...s,
			event,
			eventRng: (rng ^ 0x9e3779b9) >>> 0,
			newsRng: (rng ^ 0x632be5ab) >>> 0,
			rental: { racks: 0, renewsAt: 0 },
			resell: true,
			meta: { ...((s.meta ?? {}) as Record<string, unknown>), endless: { epoch: 0, records: [] } }
		};
	},
	// 6 → 7: the later eras' decisions, none taken yet. Hyperscale: no campuses or custom
	// silicon (the permit stream starts from the main one, mixed its own way). The Edge swarm:
	// no device blocks, models served full size. Orbit's purchases wait for the launch window
	// (no charter) until the player says. Dyson has no panels yet.
	6: (s) => ({
		...s,
		hyperscale: {
			rng: ((typeof s.rng === 'number' ? s.rng : 0) ^ 0x85ebca6b) >>> 0,
			campuses: [],
			silicon: { level: 0, readyAt: 0, respins: 0 }
		},
		edge: { blocks: 0, distil: false },
		orbit: { charter: false },
		dyson: { panels: 0 }
	}),
	// 7 → 8: Moon and Mars builds near (on the Moon) until the player says; no far units yet.
	7: (s) => ({ ...s, moonMars: { far: false, units: {} } }),
	// 8 → 9: Orbit counts the rockets chartered since the last window (none yet).
	8: (s) => ({
		...s,
		orbit: {
			...((s.orbit ?? { charter: false }) as Record<string, unknown>),
			rockets: 0,
			flewAt: 0
		}
	}),
	// 9 → 10: Dyson's panels are built before they collect; none is being built yet.
	9: (s) => ({
		...s,
		dyson: { ...((s.dyson ?? { panels: 0 }) as Record<string, unknown>), building: [] }
	}),
	// 10 → 11: the game keeps its seed, and each later era draws from it and its place. An old
	// save's seed is its running stream as it stands (any value serves: what was drawn is kept).
	10: (s) => ({
		...s,
		meta: {
			...((s.meta ?? {}) as Record<string, unknown>),
			seed: typeof s.rng === 'number' ? s.rng : 0
		}
	}),
	// 11 → 12: the Cloud's rental keeps the price its hour was paid at. An old save's is not
	// known: 0, read as the price now until the next bill (cloud-actions.ts paidHourly). Dyson's
	// panels beam all their watts to the fleet, as they did, until the player keeps some at the star.
	11: (s) => ({
		...s,
		rental: { ...((s.rental ?? { racks: 0, renewsAt: 0 }) as Record<string, unknown>), paid: '0' },
		dyson: { ...((s.dyson ?? { panels: 0, building: [] }) as Record<string, unknown>), beam: 1 }
	}),
	// 12 → 13: loyal customers (engine/loyalty.ts). An old save has won none and has no launch
	// rush to win: demand as it was.
	12: (s) => ({ ...s, loyalty: { loyal: 0, rush: 0 } }),
	// 13 → 14: the Capacity planner's rule (automation match), off as for a new game.
	13: (s) => {
		const meta = (s.meta ?? {}) as Record<string, unknown>;
		const automation = (meta.automation ?? {}) as Record<string, unknown>;
		return {
			...s,
			meta: { ...meta, automation: { ...automation, match: { on: false, floor: 0.3 } } }
		};
	},
	// 14 → 15: a run keeps the algorithms it started with (its recipe). An old save's run under
	// way has none recorded: 0, read as the lab's algorithms when it ends, as it always was.
	14: (s) => ({
		...s,
		run:
			s.run && typeof s.run === 'object'
				? { ...(s.run as Record<string, unknown>), recipe: 0 }
				: s.run
	}),
	// 15 → 16: a rental's lease (cloud-actions.ts setLease). An old save's racks renew until they
	// are given back, as they always did.
	15: (s) => ({
		...s,
		rental: {
			...((s.rental ?? { racks: 0, renewsAt: 0, paid: '0' }) as Record<string, unknown>),
			lease: 0,
			endsAt: 0
		}
	}),
	// 16 → 17: the rent paid this era (the away report's rent line). An old save's is not known:
	// 0, so the first report after loading counts only the rent paid after it.
	16: (s) => ({
		...s,
		rental: { ...((s.rental ?? {}) as Record<string, unknown>), billed: '0' }
	}),
	// 17 → 18: the units radiation has retired this era (the away report's radiation line). An
	// old save's are not known: 0, so the first report after loading counts only those after it.
	17: (s) => ({
		...s,
		orbit: { ...((s.orbit ?? {}) as Record<string, unknown>), lost: 0 }
	}),
	// 18 → 19: standing answers to world events (standing-answer.ts). An old save has none: each
	// event is answered by hand, as it was.
	18: (s) => ({
		...s,
		meta: { ...((s.meta ?? {}) as Record<string, unknown>), standing: {} }
	}),
	// 19 → 20: the Research director's rule (automation research), on as for a new game: it acts
	// only once the perk is bought, past the last goal.
	19: (s) => {
		const meta = (s.meta ?? {}) as Record<string, unknown>;
		const automation = (meta.automation ?? {}) as Record<string, unknown>;
		return { ...s, meta: { ...meta, automation: { ...automation, research: { on: true } } } };
	},
	// 20 → 21: the Star steward's rule (automation beam), on as for a new game: it acts only once
	// the perk is bought, in Dyson.
	20: (s) => {
		const meta = (s.meta ?? {}) as Record<string, unknown>;
		const automation = (meta.automation ?? {}) as Record<string, unknown>;
		return { ...s, meta: { ...meta, automation: { ...automation, beam: { on: true } } } };
	},
	// 21 → 22: auto-release's memory condition becomes the player's to set (release.minFit), at
	// the half speed it always asked.
	21: (s) => {
		const meta = (s.meta ?? {}) as Record<string, unknown>;
		const automation = (meta.automation ?? {}) as Record<string, unknown>;
		const release = (automation.release ?? {}) as Record<string, unknown>;
		return {
			...s,
			meta: { ...meta, automation: { ...automation, release: { ...release, minFit: 0.5 } } }
		};
	},
	// 22 → 23: a run keeps the low edge of the band its card showed when it started (run-band.ts).
	// An old save's run under way has none recorded: 0, judged by its draw when it ends, as it was.
	22: (s) => ({
		...s,
		run:
			s.run && typeof s.run === 'object'
				? { ...(s.run as Record<string, unknown>), usualLow: 0 }
				: s.run
	})
};

export function migrate(
	state: Record<string, unknown>,
	target = SCHEMA_VERSION,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS
): Record<string, unknown> {
	let version = state.schema;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		throw new SaveError('The save has no valid version number.', 'no-version');
	}
	if (version > target) {
		throw new SaveError(
			`This save comes from a newer version of Frontier (save format ${version}; this version reads up to ${target}). Update the game to load it; the save is left as it is.`,
			'newer-version'
		);
	}
	let current = state;
	while (version < target) {
		const step = migrations[version];
		if (!step) throw new SaveError(`No migration from save format ${version}.`, 'no-migration');
		current = { ...step(current), schema: version + 1 };
		version += 1;
	}
	return current;
}
