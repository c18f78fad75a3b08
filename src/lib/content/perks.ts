// Moat perks: permanent across eras. Costs in Moat grow by costRatio per level.
// Automation opens over the eras, at most two per era (Cloud: release and runs; Hyperscale:
// hardware; Edge swarm: power; Dyson: the star's beam), so the player learns each job before
// handing it over; past Dyson's goal, research (the endless epochs, where insight piled up while
// away: playtest 40).
import type { PerkDef } from './types';

export const PERKS: readonly PerkDef[] = [
	{
		id: 'seed-round',
		name: 'Seed round',
		blurb: 'Investors remember you: ×10 starting cash per level.',
		maxLevel: 10,
		cost: 1,
		costRatio: 2.5,
		effects: [{ target: 'startCash', op: 'mul', value: 10 }]
	},
	{
		id: 'chip-allocation',
		name: 'Chip allocation',
		blurb: 'Suppliers take your calls: ×1.5 compute per level.',
		maxLevel: 20,
		cost: 2,
		costRatio: 2,
		effects: [{ target: 'compute', op: 'mul', value: 1.5 }]
	},
	{
		id: 'brand',
		name: 'Brand',
		blurb: 'People ask for you by name: ×1.3 market per level.',
		maxLevel: 20,
		cost: 2,
		costRatio: 2,
		effects: [{ target: 'marketSize', op: 'mul', value: 1.3 }]
	},
	{
		id: 'alumni-network',
		name: 'Alumni network',
		blurb: 'Old colleagues join faster: ×1.5 insight per level.',
		maxLevel: 10,
		cost: 1,
		costRatio: 2.2,
		effects: [{ target: 'insightRate', op: 'mul', value: 1.5 }]
	},
	{
		id: 'house-recipes',
		name: 'House recipes',
		blurb: 'Your training tricks carry over: ×1.4 capability per FLOP per level.',
		maxLevel: 15,
		cost: 3,
		costRatio: 2.2,
		effects: [{ target: 'algoEfficiency', op: 'mul', value: 1.4 }]
	},
	{
		id: 'lean-serving',
		name: 'Lean serving',
		blurb: 'Serving know-how: ×0.85 FLOP per token per level.',
		maxLevel: 10,
		cost: 2,
		costRatio: 2.2,
		effects: [{ target: 'flopPerToken', op: 'mul', value: 0.85 }]
	},
	{
		id: 'power-broker',
		name: 'Power broker',
		blurb: 'You know the utilities: ×0.85 watts per level.',
		maxLevel: 10,
		cost: 2,
		costRatio: 2.2,
		effects: [{ target: 'watts', op: 'mul', value: 0.85 }]
	},
	{
		id: 'launch-parties',
		name: 'Launch parties',
		blurb: 'Every release trends: ×1.3 hype per level.',
		maxLevel: 10,
		cost: 1,
		costRatio: 2,
		effects: [{ target: 'hypeSpike', op: 'mul', value: 1.3 }]
	},
	{
		id: 'long-weekend',
		name: 'Long weekend',
		blurb: 'Time away counts longer: the offline cap doubles per level, up to 30 days.',
		maxLevel: 5,
		cost: 1,
		costRatio: 3,
		effects: [{ target: 'offlineCap', op: 'mul', value: 2 }]
	},
	{
		id: 'release-manager',
		name: 'Release manager',
		blurb: 'Releases a better model as soon as it is ready (its rule is under Automation).',
		maxLevel: 1,
		cost: 2,
		costRatio: 1,
		effects: [],
		unlocks: 'release',
		fromEra: 2
	},
	{
		id: 'run-scheduler',
		name: 'Run scheduler',
		blurb:
			'Starts the next training run when one ends, one size up from the served model (past the last goal, the size that takes the next epoch soonest).',
		maxLevel: 1,
		cost: 3,
		costRatio: 1,
		effects: [],
		unlocks: 'run',
		fromEra: 2
	},
	{
		id: 'procurement',
		name: 'Procurement',
		blurb:
			'Buys the most compute per dollar the power can take, a tenth more of a kind at a time, keeping a reserve (past the last goal, panels when no chip fits).',
		maxLevel: 1,
		cost: 5,
		costRatio: 1,
		effects: [],
		unlocks: 'buy',
		fromEra: 3
	},
	{
		id: 'capacity-planner',
		name: 'Capacity planner',
		blurb:
			'Keeps serving matched to demand while a run trains, training the rest (its rule is under Automation, off until you turn it on).',
		maxLevel: 1,
		cost: 4,
		costRatio: 1,
		effects: [],
		unlocks: 'match',
		fromEra: 3
	},
	{
		id: 'energy-desk',
		name: 'Energy desk',
		blurb: 'Signs the next power contract when the fleet needs it.',
		maxLevel: 1,
		cost: 4,
		costRatio: 1,
		effects: [],
		unlocks: 'sign',
		fromEra: 4
	},
	{
		id: 'research-director',
		name: 'Research director',
		blurb:
			'Past the last goal: as the Run scheduler starts each run, spends the insight on research, the cheapest level first, so the run trains with it.',
		maxLevel: 1,
		cost: 120,
		costRatio: 1,
		effects: [],
		unlocks: 'research',
		fromEra: 7,
		afterGoal: true
	},
	{
		id: 'star-steward',
		name: 'Star steward',
		blurb:
			'While a run trains, beams just enough of the star to power every chip and keeps the rest at the star for the run.',
		maxLevel: 1,
		cost: 40,
		costRatio: 1,
		effects: [],
		unlocks: 'beam',
		fromEra: 7
	}
];
