// Eras 2–7 as a table of plain data: names, scales over the Garage and each era's one new
// idea. eras.ts builds the full era records from it.
import { SWARMS, swarmOnline } from './edge';

export interface EraSpec {
	id: string;
	name: string;
	blurb: string;
	idea: string;
	/** FLOP (and memory) scale over the Garage, as a power of ten. */
	flop: number;
	/** Money scale over the Garage, as a power of ten (applied by the engine as a Decimal). */
	money: number;
	/** Power scale over the Garage, as a power of ten. */
	watts: number;
	/** Decades the market moves from the starter model's (the Garage's scaled by √FLOP scale)
	 * to the era's own scale, and then grows to the goal (the Garage's if unset). */
	marketShift?: number;
	marketGrowth?: number;
	/** Decades the token price sits above the scaled Garage's (dearer tokens, same demand). */
	marketPrice?: number;
	/** Extra capability the goal asks beyond the scaled Garage goal. */
	goalExtra: number;
	spotResale?: number;
	reliability?: number;
	latency?: number;
	launchCost?: number;
	/** Spare compute runs the researchers' experiments (EraDef.experiments). */
	experiments?: { base: number; gain: number };
	/** Contract build times are multiplied by this (regulation). */
	buildSlowdown?: number;
	/** Decades added to the era's Moat token unit (an era whose own decision serves far more
	 * tokens, such as Hyperscale's campuses, grants Moat at the pace of the others). */
	moatShift?: number;
	/** The units the lab starts the era with (one of the first tier unless given). */
	startFleet?: Readonly<Record<string, number>>;
	hardware: [id: string, name: string, blurb: string][];
	power: [id: string, name: string, blurb: string][];
	rivals: [id: string, name: string, family: string][];
	family: string;
}

export const SPECS: readonly EraSpec[] = [
	{
		id: 'cloud',
		marketShift: -0.5,
		marketGrowth: -0.6,
		name: 'Cloud',
		blurb: 'Datacenter GPUs by the rack, and a market for every idle cycle.',
		idea: 'Neoclouds: spare serving capacity is resold as spot compute instead of idling.',
		flop: 3,
		money: 8,
		watts: 2,
		// 40 before cards past the power held no model: the Cloud, shorter with its squeeze (69 min),
		// and Hyperscale, longer with it (179), were 2.62x apart; 41 kept them within 2.5x. 40 again
		// since the Garage is played in phases (35 min, the Cloud 90: 2.57x; seeds 1–5 now 35 / 68 /
		// 80 min for the three).
		goalExtra: 40,
		spotResale: 0.25,
		family: 'Cirrus',
		hardware: [
			// Bought, as every card is (the Cloud's rented racks are CloudRental's): playtest 17 read
			// "Rented GPU node" beside its "Buy ×1".
			['cloud-gpu', 'GPU node', 'Eight GPUs of your own, in someone else’s building.'],
			[
				'inference-box',
				'Inference appliance',
				'Cheap to run, quick to serve, useless for training.'
			],
			['hbm-node', 'High-memory node', 'Stacks of HBM: the big models fit.'],
			['gpu-pod', 'GPU pod', 'Two hundred accelerators on one fabric. Ordered months ahead.']
		],
		power: [
			['colo-cage', 'Colocation cage', 'A locked cage and a power strip with ambitions.'],
			['dc-lease', 'Datacenter lease', 'A whole hall, and its chillers.'],
			['utility-feed', 'Utility feed', 'Your own substation, shared with nobody.'],
			['wind-ppa', 'Wind PPA', 'Cheap when it blows.'],
			['peaker-plant', 'Peaker plant', 'Dear, dirty, and on when you need it.']
		],
		rivals: [
			['nimbic', 'Nimbic', 'Stratus'],
			['halcyon', 'Halcyon Systems', 'Kite'],
			['orrery', 'Orrery AI', 'Gear']
		]
	},
	{
		id: 'hyperscale',
		experiments: { base: 0.5, gain: 4 },
		marketShift: 0.3,
		marketGrowth: -1.2,
		name: 'Hyperscale',
		blurb: 'Gigawatt campuses and chips designed in-house.',
		idea: 'Power is the binding constraint: each campus brings its own, cheap behind slow permits or dear and now; chip tape-outs are a long bet on FLOP per watt.',
		flop: 6,
		money: 24,
		watts: 5,
		// 104 before memory bound the Garage and the Cloud: their squeeze moves the Moat and the
		// perks Hyperscale starts with; 103 kept it within 2.5× the Cloud’s length. 100 since
		// Hyperscale's models need 400 kB a parameter (era-catalogs.ts): at 103 the era took 188
		// min (2.7× the Cloud), at 100 158 min (quick probe, median of five seeds).
		goalExtra: 100,
		buildSlowdown: 6,
		moatShift: 0.2,
		family: 'Atlas',
		hardware: [
			[
				'custom-asic',
				'Custom accelerator',
				'Your own silicon: more FLOP per watt than anything you can buy.'
			],
			['liquid-rack', 'Liquid-cooled rack', 'Dense, hot, and quiet.'],
			['memory-pool', 'Memory pool', 'Terabytes of shared memory on the fabric.'],
			[
				'campus-cluster',
				'Campus cluster',
				'A hundred thousand chips; a year of lead time, compressed.'
			]
		],
		power: [
			['campus-substation', 'Campus substation', 'Your own transformer yard.'],
			['gas-turbines', 'Gas turbines', 'Fast to build, loud, and permitted (eventually).'],
			['solar-field', 'Solar field', 'Square kilometres of panels.'],
			['nuclear-ppa', 'Nuclear PPA', 'Baseload for decades, after the paperwork.'],
			['grid-interconnect', 'Grid interconnect', 'A queue position, finally.']
		],
		rivals: [
			['meridian', 'Meridian Labs', 'Tropic'],
			['vantablack', 'Vantablack AI', 'Umbra'],
			['kestrel', 'Kestrel Research', 'Talon']
		]
	},
	{
		id: 'edge',
		// 0.7 (0.9 before Hyperscale's experiments: the Edge then opened with more cash and its
		// cheap price was best at 10 % of the sampled moments, 15 % wanted).
		marketShift: 0.7,
		marketPrice: 4,
		marketGrowth: -1.5,
		name: 'Edge swarm',
		blurb: 'Every idle phone, car and fridge, running your models at night.',
		idea: `Compute from idle consumer devices: cheap and huge, but only ${swarmOnline(SWARMS.edge.availability)}.`,
		flop: 9,
		money: 55,
		watts: 6,
		goalExtra: 170,
		reliability: 0.65,
		family: 'Swarm',
		hardware: [
			['phone-fleet', 'Phone fleet', 'A million phones, charging, bored.'],
			['car-network', 'Parked cars', 'Idle accelerators on wheels.'],
			['home-hubs', 'Home hubs', 'The box behind the TV finally earns its keep.'],
			['swarm-contract', 'Swarm contract', 'A carrier’s whole network, signed for a season.']
		],
		power: [
			['rooftops', 'Rooftop pooling', 'Everyone’s solar, aggregated.'],
			['battery-swarm', 'Battery swarm', 'Home batteries, discharged at the right minute.'],
			['micro-grids', 'Micro-grids', 'Neighbourhood power, neighbourhood compute.'],
			['night-tariff', 'Night tariff', 'Cheap watts at 3 a.m.']
		],
		rivals: [
			['hive', 'Hive Collective', 'Comb'],
			['scatter', 'Scatter', 'Drift'],
			['murmur', 'Murmur AI', 'Flock']
		]
	},
	{
		id: 'orbit',
		// The late eras' markets sit 3 decades (Moon and Mars 2.75) below what the earlier eras'
		// shifts would give: with them, demand ran 10-1000x past the fleet and the lab sold out
		// 94-97 % of Orbit, Moon and Mars and Dyson, so premium always paid and holding a model
		// never did (issue #16). Dearer tokens (marketPrice) keep the casual player's income
		// above its power bill: Orbit's market cut alone left every check-in player broke in Orbit.
		// The cut is spread over the era's growth (marketGrowth -2.2 -> -6.3; Moon and Mars -3 ->
		// -7.35, Dyson -2.3 -> -7.7), not made over the first ten points past the starter
		// (marketShift -4.4, -4.35, -5.1 before): there each of the first releases shrank demand
		// faster than its price rose (a playtest saw income fall 99 % on a better model). Cut at
		// once from the starter on, a new Dyson lab left alone for a day went broke.
		marketShift: 0,
		// 0.05 decade dearer since the ground stations take 20 % of a standard token's price
		// (power-sources.ts): at 2 the era ran 236 minutes (331 before), a shorter chain after it.
		marketPrice: 2.05,
		marketGrowth: -6.3,
		name: 'Orbit',
		blurb: 'Datacenters in orbit, bathed in sunlight.',
		idea: 'Launch windows: two satellites are up; what you buy reaches orbit at the next window (this orbit’s first may be minutes or hours away), or on a rocket you charter now. Serving sags in the dark; training does not mind.',
		flop: 12,
		money: 105,
		watts: 8,
		// 253 before the market's cut was spread over the era: the Orbit era ran 391 min, 2.85× the
		// Edge's (with the cut made at once).
		goalExtra: 258,
		// A small working fleet already up (playtest 4: an empty orbit earned $0/s until the first
		// window, so chartering was the only answer at the arrival).
		startFleet: { 'sat-node': 2 },
		family: 'Zenith',
		hardware: [
			['sat-node', 'Compute satellite', 'A rack with solar wings.'],
			['rad-hard-pod', 'Radiation-hardened pod', 'Slower, sturdier, still up.'],
			['orbital-memory', 'Orbital memory bank', 'Cold storage, literally.'],
			['constellation', 'Constellation block', 'A thousand satellites per launch window.']
		],
		power: [
			['solar-wings', 'Solar wings', 'Unfold, face the sun.'],
			['sun-sync-orbit', 'Sun-synchronous slot', 'Its own panels never see the night.'],
			['beamed-power', 'Beamed power', 'Microwaves from the next satellite over.'],
			['orbital-array', 'Orbital array', 'A square kilometre of panels, in space.']
		],
		rivals: [
			['apogee', 'Apogee', 'Perigee'],
			['helion', 'Helion Dynamics', 'Corona'],
			['lagrange', 'Lagrange AI', 'Point']
		]
	},
	{
		id: 'moon-mars',
		marketShift: 0,
		// 0.1 decade dearer since the Earth relay takes 20 % of the sales (power-sources.ts): the
		// lab nets what it did; at 2.5 era6.moon.ignore-later read 7.8 % (67.2 before).
		marketPrice: 2.6,
		marketGrowth: -7.35,
		name: 'Moon and Mars',
		blurb: 'Regolith fabs and cold-trap server farms.',
		// Moon chips pay their launch; Mars ones are built there and pay none (moon-mars.ts
		// farQuote; playtest 17 read "chips still pay their launch" beside the Fleet's "need no launch").
		idea: 'Two worlds: chips on the Moon pay their launch and serve Earth, losing a share of capacity to the distance; chips built on Mars need no launch, but are too far to serve.',
		launchCost: 1,
		flop: 15,
		money: 180,
		watts: 9,
		goalExtra: 310,
		latency: 0.3,
		family: 'Tharsis',
		hardware: [
			['lunar-fab', 'Regolith fab output', 'Chips made where the dust is.'],
			['mars-farm', 'Cold-trap server farm', 'Built where the sun never shines: free cooling.'],
			['lava-tube-vault', 'Lava-tube memory vault', 'Petabytes under basalt.'],
			['foundry-moon', 'Foundry moon', 'A whole moon, tooled for silicon.']
		],
		power: [
			['lunar-solar', 'Lunar solar belt', 'Panels round the lunar equator.'],
			['fission-reactors', 'Fission reactors', 'Small, many, far from neighbours.'],
			['areostationary', 'Areostationary relay', 'Power beamed around Mars.'],
			['helium-3', 'Helium-3 plants', 'Finally, a use for the regolith.']
		],
		rivals: [
			['olympus', 'Olympus Compute', 'Mons'],
			['selene', 'Selene Labs', 'Mare'],
			['phobos', 'Phobos AI', 'Deimos']
		]
	},
	{
		id: 'dyson',
		marketShift: 0,
		// 1 decade dearer than the Garage's, not 2: at 2 (after the mem and bill branches) holding a
		// model won 10 % of Dyson's gate moments and a panel never beat a chip (issue #16).
		// 0.1 decade dearer since the panels' station-keeping takes 12 % of the sales
		// (content/dyson.ts). At 15 % one seed's player waited 13 minutes with nothing to do.
		marketPrice: 1.1,
		marketGrowth: -7.7,
		// The researchers' experiments as in Hyperscale (engine/experiments.ts): spare compute
		// lifts insight, and a run keeps the recipe it started with, so the lab serves with room
		// to spare while research climbs and trains the run a good draw takes the goal with flat out
		// (sim/market-play.ts goalDraw). The full probe on fifteen seeds (2026-12-05, dy22): era 7's
		// best constant share reaches the goal 75.4 % later than the adaptive player (-4.1 % before),
		// demand is above capacity 21.5 % of the era, the era takes 428 min (971 before).
		experiments: { base: 0.5, gain: 4 },
		name: 'Dyson',
		blurb: 'A swarm around the sun, and every watt of it thinking.',
		idea: 'A star’s output, collected panel by panel: one more panel or one more chip, and the star’s share to training or serving.',
		flop: 18,
		money: 310,
		watts: 12,
		// 367 before the experiments: with them the era ran 592 min and demand was above capacity
		// 18 % of it (20 asserted; the release rush of the era's first hour is most of it); 363
		// with the good-draw rule: 428 min (the Moon and Mars' is 589).
		goalExtra: 363,
		family: 'Sol',
		hardware: [
			['swarm-tile', 'Swarm tile', 'A square kilometre of thinking foil.'],
			['statite', 'Statite cluster', 'Hovering on sunlight.'],
			[
				'matrioshka-shell',
				'Matrioshka shell',
				'Nested shells, each fed by the last one’s waste heat.'
			],
			['stellar-lift', 'Stellar lift', 'Mining the sun itself for substrate.']
		],
		power: [
			['first-ring', 'First ring', 'The first complete ring.'],
			['second-ring', 'Second ring', 'Another, inclined.'],
			['partial-shell', 'Partial shell', 'A third of the sky, dark.'],
			['full-swarm', 'Full swarm', 'The sun, caught.']
		],
		rivals: [
			['corona-collective', 'Corona Collective', 'Flare'],
			['photon', 'Photon Works', 'Lumen'],
			['heliopause', 'Heliopause AI', 'Bow']
		]
	}
];
