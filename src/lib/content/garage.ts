// Era 1, the Garage: consumer GPUs, the home circuit, and the core Train ↔ Serve loop.
import type { EraDef } from './types';
import { GARAGE_RESEARCH } from './research-garage';
import { GARAGE_RIVALS } from './rivals';

const GB = 1e9;

/** The Garage's power prices, × the first tuning's (40 / 36 / 28 / 8 / 60 a kWh): played in
 * phases (sim/strategy.ts GARAGE_PHASES) the lab paid ~8 % of its revenue for power, under the 10 %
 * DECISIONS.md asks; ×1.8 left the check-in player broke for days (serving barely paid). */
const KWH = 1.6;

export const GARAGE: EraDef = {
	id: 'garage',
	name: 'Garage',
	index: 1,
	blurb: 'Two gaming GPUs, a home circuit and a dream.',
	moneyScale: 0,
	startCash: 25,
	hardware: [
		{
			id: 'gaming-gpu',
			name: 'Gaming GPU',
			blurb: 'A consumer card with more fans than memory.',
			flops: 5e13,
			memory: 18 * GB,
			watts: 450,
			baseCost: 15,
			costRatio: 1.12,
			leadTime: 0
		},
		{
			id: 'mining-rig',
			name: 'Used mining rig',
			blurb: 'Six tired cards on a milk crate. Cheap FLOP, little memory, hungry for watts.',
			flops: 2.4e14,
			memory: 8 * GB,
			watts: 1800,
			baseCost: 220,
			costRatio: 1.13,
			leadTime: 0
		},
		{
			id: 'workstation-card',
			name: 'Workstation card',
			blurb: 'Dear, quiet, and full of memory.',
			flops: 1.6e14,
			memory: 96 * GB,
			watts: 300,
			baseCost: 1_400,
			costRatio: 1.12,
			leadTime: 0
		},
		{
			id: 'garage-server',
			name: 'Eight-way server',
			blurb: 'Datacenter cards in a rack that will not fit through the door. Ordered, not bought.',
			flops: 2.4e15,
			memory: 640 * GB,
			watts: 6000,
			baseCost: 40_000,
			costRatio: 1.15,
			leadTime: 120
		}
	],
	power: [
		{
			id: 'home-circuit',
			name: 'Home circuit',
			blurb: 'Two outlets and a prayer.',
			capacity: 2_000,
			pricePerKwh: 40 * KWH,
			cost: 0,
			buildTime: 0
		},
		{
			id: 'garage-subpanel',
			name: 'Garage subpanel',
			blurb: 'An electrician, a permit, and a much thicker cable.',
			capacity: 12_000,
			pricePerKwh: 36 * KWH,
			cost: 600,
			buildTime: 60
		},
		{
			id: 'business-tariff',
			name: 'Small-business tariff',
			blurb: 'The utility now calls you a business. So does the tax office.',
			capacity: 60_000,
			pricePerKwh: 28 * KWH,
			cost: 12_000,
			buildTime: 300
		},
		{
			id: 'rooftop-solar',
			name: 'Rooftop solar',
			blurb: 'Cheap watts, every roof on the street.',
			capacity: 40_000,
			pricePerKwh: 8 * KWH,
			cost: 90_000,
			buildTime: 600
		},
		{
			id: 'gas-genset',
			name: 'Gas generator',
			blurb: 'Loud, dear to run, and there today.',
			capacity: 250_000,
			pricePerKwh: 60 * KWH,
			cost: 150_000,
			buildTime: 120
		}
	],
	startPower: ['home-circuit'],
	// Two cards hold the starter model (24 kB a parameter, below), so a new game serves at full
	// speed; memory binds from the first better models on (DECISIONS.md: 15 % of the era or more).
	startHardware: { 'gaming-gpu': 2 },
	research: GARAGE_RESEARCH,
	knownResearch: [],
	relearnResearch: [],
	rivals: GARAGE_RIVALS,
	// Half a decade apart: each size up is about five capability points.
	runSizes: [
		{ id: 'sprint', name: 'Sprint', flop: 1e15 },
		{ id: 'short', name: 'Short', flop: 3.16e15 },
		{ id: 'small', name: 'Small', flop: 1e16 },
		{ id: 'modest', name: 'Modest', flop: 3.16e16 },
		{ id: 'medium', name: 'Medium', flop: 1e17 },
		{ id: 'solid', name: 'Solid', flop: 3.16e17 },
		{ id: 'large', name: 'Large', flop: 1e18 },
		{ id: 'big', name: 'Big', flop: 3.16e18 },
		{ id: 'huge', name: 'Huge', flop: 1e19 },
		{ id: 'massive', name: 'Massive', flop: 3.16e19 },
		{ id: 'frontier', name: 'Frontier', flop: 1e20 },
		{ id: 'titan', name: 'Titan', flop: 3.16e20 },
		{ id: 'moonshot', name: 'Moonshot', flop: 1e21 },
		{ id: 'grand', name: 'Grand challenge', flop: 3.16e21 },
		{ id: 'everything', name: 'Everything', flop: 1e22 }
	],
	// The starter model's market keeps the first minutes' feel; from there on tokens demanded
	// fall a little as models grow (each token is dearer and costs more to serve).
	marketTokens: 8.8e7,
	marketShift: 0,
	marketGrowth: -0.7,
	tokenPrice: 5e-8,
	researcherCost: 400,
	researcherCostRatio: 1.25,
	salary: 1.5,
	insightRate: 0.2,
	starterModel: { name: 'Ember-0', capability: 6, flop: 2.6e14 },
	playerModelFamily: 'Ember',
	// 45 before the scripted player learned to play the Garage in phases (sim/strategy.ts), which
	// took it there in ~31 minutes; later eras count their goals from 45 (eras.ts).
	goalCapability: 46,
	moatTokenUnit: 1e9,
	// 16 kB before the phases: a lab that serves every customer and trains little bought so many
	// cards that memory bound ~11 % of the era; 26 kB left the check-in player at a quarter of its
	// model's speed for a day (seed 2: 80 h to the goal).
	servingBytesPerParam: 24_000,
	powerPriceClimb: 0.06,
	idea: 'Train or serve: the compute you sell is the compute you do not train with.',
	spotResale: 0,
	reliability: 1,
	latency: 0,
	launchCost: 0
};
