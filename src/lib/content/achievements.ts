// Achievements: milestones across every system of the game, as data. Each names what it
// measures; the engine (engine/achievements.ts) evaluates the measure, and the achievement
// is earned when it reaches the target; the same figure shows the player's progress to it.
// To add one, append it here: ids are stored in saves, so never rename or remove one.
import { PERKS } from './perks';

/** What an achievement measures; the engine (engine/achievements.ts) evaluates each one.
 * Counts and amounts are compared with the target; a flag measures 1 when its condition holds. */
export type AchievementMeasure =
	// counts over all eras
	| 'releases'
	| 'runs'
	| 'peak-capability'
	| 'tokens-all-time'
	| 'played'
	// this era
	| 'units'
	| 'compute'
	| 'contracts-signed'
	| 'income'
	| 'cash'
	| 'research-done'
	| 'researchers'
	| 'era-index'
	| 'perk-levels'
	| 'automations'
	// flags
	| 'leading'
	| 'full-catalog'
	| 'on-order'
	| 'all-contracts'
	| 'throttled'
	| 'sold-out'
	| 'premium-leading'
	| 'world-event'
	| 'finished'
	| 'era-under-30-min';

export type AchievementGroup = 'Models' | 'Fleet' | 'Power' | 'Market' | 'Research' | 'Eras';

export interface AchievementDef {
	readonly id: string;
	readonly name: string;
	readonly text: string;
	readonly group: AchievementGroup;
	/** Earned when value ≥ target. */
	readonly target: number;
	/** How the progress reads: a count, money, FLOP/s, or done/not done. */
	readonly unit: 'count' | 'money' | 'flops' | 'tokens' | 'capability' | 'flag' | 'seconds';
	readonly measure: AchievementMeasure;
}

/** The automations perks unlock, all of which Hands off asks (it said "all four" of five). */
const AUTOMATIONS = PERKS.filter((p) => p.unlocks).length;
const AUTOMATION_WORD =
	['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'][AUTOMATIONS] ??
	String(AUTOMATIONS);

// prettier-ignore
export const ACHIEVEMENTS: readonly AchievementDef[] = [
	// Models and the leaderboard
	{ id: 'hello-world', name: 'Hello, world', text: 'Release your first model.', group: 'Models', target: 1, unit: 'count', measure: 'releases' },
	{ id: 'cadence', name: 'Release cadence', text: 'Release 10 models.', group: 'Models', target: 10, unit: 'count', measure: 'releases' },
	{ id: 'ship-it', name: 'Ship it', text: 'Release 50 models.', group: 'Models', target: 50, unit: 'count', measure: 'releases' },
	{ id: 'loss-goes-down', name: 'Loss goes down', text: 'Finish 25 training runs.', group: 'Models', target: 25, unit: 'count', measure: 'runs' },
	{ id: 'frontier-lab', name: 'Frontier lab', text: 'Lead every rival on the leaderboard.', group: 'Models', target: 1, unit: 'flag', measure: 'leading' },
	{ id: 'coherent', name: 'Coherent', text: 'Release a model of capability 20.', group: 'Models', target: 20, unit: 'capability', measure: 'peak-capability' },
	{ id: 'competent', name: 'Competent', text: 'Release a model of capability 45.', group: 'Models', target: 45, unit: 'capability', measure: 'peak-capability' },
	{ id: 'superhuman', name: 'Superhuman benchmarks', text: 'Release a model of capability 100.', group: 'Models', target: 100, unit: 'capability', measure: 'peak-capability' },
	{ id: 'unbenchmarkable', name: 'Unbenchmarkable', text: 'Release a model of capability 200.', group: 'Models', target: 200, unit: 'capability', measure: 'peak-capability' },

	// Fleet
	{ id: 'stacking', name: 'Stacking', text: 'Own 10 units of hardware.', group: 'Fleet', target: 10, unit: 'count', measure: 'units' },
	{ id: 'rack-em', name: 'Rack ’em', text: 'Own 50 units of hardware in one era.', group: 'Fleet', target: 50, unit: 'count', measure: 'units' },
	{ id: 'fleet', name: 'Fleet admiral', text: 'Own 150 units of hardware in one era.', group: 'Fleet', target: 150, unit: 'count', measure: 'units' },
	{ id: 'full-catalog', name: 'Full catalog', text: 'Own every kind of hardware an era offers.', group: 'Fleet', target: 1, unit: 'flag', measure: 'full-catalog' },
	{ id: 'on-order', name: 'On order', text: 'Place a chip order and wait for it.', group: 'Fleet', target: 1, unit: 'flag', measure: 'on-order' },
	{ id: 'petascale', name: 'Petascale', text: 'Reach 1 PFLOP/s of compute.', group: 'Fleet', target: 1e15, unit: 'flops', measure: 'compute' },
	{ id: 'exascale', name: 'Exascale', text: 'Reach 1 EFLOP/s of compute.', group: 'Fleet', target: 1e18, unit: 'flops', measure: 'compute' },
	{ id: 'zettascale', name: 'Zettascale', text: 'Reach 1 ZFLOP/s of compute.', group: 'Fleet', target: 1e21, unit: 'flops', measure: 'compute' },
	{ id: 'yottascale', name: 'Yottascale', text: 'Reach 1 YFLOP/s of compute.', group: 'Fleet', target: 1e24, unit: 'flops', measure: 'compute' },
	{ id: 'ronnascale', name: 'Ronnascale', text: 'Reach 1 RFLOP/s of compute.', group: 'Fleet', target: 1e27, unit: 'flops', measure: 'compute' },

	// Power
	{ id: 'plugged-in', name: 'Plugged in', text: 'Sign a power contract.', group: 'Power', target: 1, unit: 'count', measure: 'contracts-signed' },
	{ id: 'baseload', name: 'Baseload', text: 'Sign every power contract an era offers.', group: 'Power', target: 1, unit: 'flag', measure: 'all-contracts' },
	{ id: 'brownout', name: 'Brownout', text: 'Run more hardware than your power can feed.', group: 'Power', target: 1, unit: 'flag', measure: 'throttled' },

	// Market and money
	{ id: 'revenue', name: 'Revenue', text: 'Earn $1K a second.', group: 'Market', target: 1e3, unit: 'money', measure: 'income' },
	{ id: 'ramen', name: 'Ramen profitable', text: 'Hold $10K in cash.', group: 'Market', target: 1e4, unit: 'money', measure: 'cash' },
	{ id: 'unicorn', name: 'Unicorn', text: 'Hold $1B in cash.', group: 'Market', target: 1e9, unit: 'money', measure: 'cash' },
	{ id: 'googol', name: 'Googol', text: 'Hold $1e100 in cash.', group: 'Market', target: 1e100, unit: 'money', measure: 'cash' },
	{ id: 'past-float', name: 'Past floating point', text: 'Hold more than $1e308, the largest number a double can hold.', group: 'Market', target: 1e308, unit: 'money', measure: 'cash' },
	{ id: 'billion-tokens', name: 'Ten digits', text: 'Serve a billion tokens.', group: 'Market', target: 1e9, unit: 'tokens', measure: 'tokens-all-time' },
	// Once "A million tokens": a new Garage lab serves 12M a second, so it came within 2 s of a
	// new game (playtest 5). The id stays (saves keep what they earned); a billion takes about
	// a minute and a half, ten billion some minutes more.
	{ id: 'million-tokens', name: 'Ten billion tokens', text: 'Serve ten billion tokens.', group: 'Market', target: 1e10, unit: 'tokens', measure: 'tokens-all-time' },
	{ id: 'trillion-tokens', name: 'Every book ever', text: 'Serve a trillion tokens.', group: 'Market', target: 1e12, unit: 'tokens', measure: 'tokens-all-time' },
	{ id: 'quintillion-tokens', name: 'Chatty species', text: 'Serve 10^18 tokens.', group: 'Market', target: 1e18, unit: 'tokens', measure: 'tokens-all-time' },
	{ id: 'sold-out', name: 'Sold out', text: 'Have more demand than you can serve.', group: 'Market', target: 1, unit: 'flag', measure: 'sold-out' },
	{ id: 'premium', name: 'Premium', text: 'Charge premium prices while leading the field.', group: 'Market', target: 1, unit: 'flag', measure: 'premium-leading' },
	{ id: 'headline', name: 'Headline news', text: 'Live through a world event.', group: 'Market', target: 1, unit: 'flag', measure: 'world-event' },

	// Research
	{ id: 'paper-accepted', name: 'Paper accepted', text: 'Finish a research project.', group: 'Research', target: 1, unit: 'count', measure: 'research-done' },
	{ id: 'research-program', name: 'Research program', text: 'Finish 10 research projects in one era.', group: 'Research', target: 10, unit: 'count', measure: 'research-done' },
	{ id: 'lab-meeting', name: 'Lab meeting', text: 'Employ 10 researchers.', group: 'Research', target: 10, unit: 'count', measure: 'researchers' },

	// Eras and the Moat
	{ id: 'cloud', name: 'Into the cloud', text: 'Reach the Cloud era.', group: 'Eras', target: 1, unit: 'count', measure: 'era-index' },
	{ id: 'edge', name: 'Edge of the world', text: 'Reach the Edge swarm era.', group: 'Eras', target: 3, unit: 'count', measure: 'era-index' },
	{ id: 'star-power', name: 'Star power', text: 'Reach the Dyson era.', group: 'Eras', target: 6, unit: 'count', measure: 'era-index' },
	{ id: 'end-of-the-road', name: 'End of the road', text: 'Reach the last era’s goal.', group: 'Eras', target: 1, unit: 'flag', measure: 'finished' },
	{ id: 'moat', name: 'Moat', text: 'Buy a perk with Moat.', group: 'Eras', target: 1, unit: 'count', measure: 'perk-levels' },
	{ id: 'deep-moat', name: 'Deep moat', text: 'Own 12 perk levels.', group: 'Eras', target: 12, unit: 'count', measure: 'perk-levels' },
	{ id: 'hands-off', name: 'Hands off', text: `Unlock all ${AUTOMATION_WORD} automations.`, group: 'Eras', target: AUTOMATIONS, unit: 'count', measure: 'automations' },
	{ id: 'speedrun', name: 'Speedrun', text: 'Finish an era in under 30 minutes.', group: 'Eras', target: 1, unit: 'flag', measure: 'era-under-30-min' },
	{ id: 'old-hand', name: 'Old hand', text: 'Run the lab for a week, time away included.', group: 'Eras', target: 7 * 86_400, unit: 'seconds', measure: 'played' }
];

export const ACHIEVEMENTS_BY_ID: ReadonlyMap<string, AchievementDef> = new Map(
	ACHIEVEMENTS.map((a) => [a.id, a])
);
