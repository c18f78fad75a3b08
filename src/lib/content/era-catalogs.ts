// Each later era's own hardware and power numbers, in Garage units: FLOP/s are multiplied by
// 10^flop of the era, bytes by 10^(flop/2) (models grow as the root of their FLOP), watts by
// 10^watts, prices are in the era's money (and
// $/kWh × 10^-watts). Names and blurbs are in era-specs.ts. Each era trades FLOP/s, memory,
// watts and price differently from the Garage (a content test holds no two eras alike).

/** One hardware tier: FLOP/s, memory in bytes, watts, base price, cost ratio, lead time (s). */
export interface TierNumbers {
	flops: number;
	memory: number;
	watts: number;
	cost: number;
	ratio: number;
	lead: number;
}

/** One power contract: watts, $/kWh, price to sign, seconds to build. */
export interface ContractNumbers {
	capacity: number;
	price: number;
	cost: number;
	build: number;
}

export interface EraCatalog {
	/**
	 * Bytes a served model needs per parameter (its weights plus the cache of a full batch of
	 * customers), before quantization: sets how much memory the era's models ask of its fleet.
	 */
	servingBytesPerParam: number;
	/** Climb of the grid's price with the served model, per capability point (EraDef). */
	powerPriceClimb: number;
	hardware: [TierNumbers, TierNumbers, TierNumbers, TierNumbers];
	power: ContractNumbers[];
}

const GB = 1e9;
const T = 1e12;
const tier = (
	tflops: number,
	gb: number,
	watts: number,
	cost: number,
	ratio: number,
	lead = 0
): TierNumbers => ({ flops: tflops * T, memory: gb * GB, watts, cost, ratio, lead });
const contract = (capacity: number, price: number, cost: number, build: number) => ({
	capacity,
	price,
	cost,
	build
});

export const CATALOGS: Readonly<Record<string, EraCatalog>> = {
	// Cloud: GPU nodes are balanced; the inference box is cheap on watts but short of
	// memory; the HBM node is memory first. Wind is cheap and slow, the peaker dear and fast.
	cloud: {
		// Models big for their fleet (50k before): memory binds ~18 % of the era (the probe).
		servingBytesPerParam: 130_000,
		powerPriceClimb: 0.06,
		hardware: [
			tier(60, 40, 520, 16, 1.12),
			tier(200, 24, 700, 200, 1.13),
			tier(120, 320, 650, 1_500, 1.12),
			tier(2_800, 900, 7_000, 42_000, 1.15, 150)
		],
		power: [
			contract(2_200, 230, 0, 0),
			contract(14_000, 178, 650, 90),
			contract(70_000, 125, 13_000, 420),
			contract(45_000, 33, 80_000, 900),
			contract(300_000, 380, 140_000, 60)
		]
	},
	// Hyperscale: the custom accelerator sips watts but holds little; liquid racks are dense
	// and hot; the memory pool is nearly all memory. Gas is fast and dear, nuclear cheap and
	// very slow (and regulators slow every build six-fold).
	hyperscale: {
		// Models big for their fleet (200k before: memory bound 3 % of the era): at 400k a new
		// model outgrows the fleet and the lab serves it slower until it buys memory pools (or
		// quantizes); memory binds ~50 % of the era (the probe, median of five seeds).
		// With experiments (the lab trains little and buys memory ahead of its models while the
		// goal is far) 2x the bytes and the climb at 0.076 keep memory binding and the bill's
		// share (at 0.072 the bill was 9 % of revenue in a shorter era; at 0.085 a lab went broke).
		servingBytesPerParam: 800_000,
		powerPriceClimb: 0.076,
		hardware: [
			tier(70, 16, 220, 18, 1.12),
			tier(320, 80, 2_600, 240, 1.13),
			tier(40, 640, 420, 1_300, 1.11),
			tier(4_000, 1_400, 9_500, 48_000, 1.15, 240)
		],
		power: [
			contract(3_000, 180, 0, 0),
			contract(25_000, 240, 150, 10),
			contract(90_000, 45, 30_000, 100),
			contract(400_000, 30, 180_000, 200),
			contract(150_000, 105, 190_000, 40)
		]
	},
	// Edge swarm: phones are cheap, numerous and hold almost nothing; parked cars are fast
	// and thirsty; home hubs carry the memory. Batteries are there now at a price; the night
	// tariff is cheap once it is wired.
	edge: {
		servingBytesPerParam: 260_000,
		powerPriceClimb: 0.06,
		hardware: [
			tier(45, 6, 300, 10, 1.11),
			tier(220, 16, 1_100, 190, 1.13),
			tier(70, 160, 160, 1_100, 1.12),
			tier(2_200, 260, 4_200, 30_000, 1.14, 60)
		],
		power: [
			contract(2_000, 12, 0, 0),
			contract(10_000, 28, 400, 30),
			contract(55_000, 13, 10_000, 300),
			contract(220_000, 5, 100_000, 700)
		]
	},
	// Orbit: satellites carry their own wings; the radiation-hardened pod is slow but sure;
	// the memory bank is cold storage in the dark. Sun-synchronous slots are cheap and take a
	// launch window; beamed power is there at once, and dear.
	orbit: {
		// 860k (780k while release spikes multiplied; added, and with Hyperscale's experiments, memory
		// limited serving 10.9-14.8 % of Orbit's era, 15 % wanted).
		servingBytesPerParam: 860_000,
		powerPriceClimb: 0.06,
		hardware: [
			tier(75, 36, 650, 20, 1.12),
			tier(160, 70, 900, 280, 1.12),
			tier(55, 480, 260, 1_500, 1.12),
			tier(3_000, 800, 8_500, 46_000, 1.15, 300)
		],
		power: [
			contract(2_500, 360, 0, 0),
			contract(22_000, 180, 2_000, 300),
			contract(110_000, 960, 22_000, 90),
			contract(420_000, 60, 200_000, 900)
		]
	},
	// Moon and Mars: lunar chips are cheap and plain; Martian farms run cool on thin air; the
	// lava tubes hold petabytes. Fission is quick to site; helium-3 is cheap and far off.
	'moon-mars': {
		servingBytesPerParam: 1_080_000,
		powerPriceClimb: 0.06,
		hardware: [
			tier(55, 30, 420, 14, 1.11),
			tier(280, 60, 1_100, 250, 1.13),
			tier(30, 720, 200, 1_300, 1.11),
			tier(3_200, 1_000, 5_000, 52_000, 1.15, 360)
		],
		power: [
			contract(2_000, 600, 0, 0),
			contract(30_000, 720, 3_000, 120),
			contract(100_000, 400, 30_000, 400),
			contract(500_000, 160, 250_000, 1_200)
		]
	},
	// Dyson: tiles are thin and cheap; statites are fast; Matrioshka shells are memory fed by
	// waste heat. Each ring is dearer per watt than the first panel and sooner (content/dyson.ts:
	// 12 minutes): a ring is watts now, the first panels are watts cheaper, and as each panel
	// costs more than the last, a ring is the cheaper watt after a few (the Second ring after 4,
	// the Full swarm after 19). The Second ring cost 3,000: 3 panels' watts for 1.5 panels'
	// price, and sooner, the answer every time (playtest 4).
	dyson: {
		// 1.8M (900k before release spikes added: then the cheap price was best at 10 % of Dyson's
		// sampled moments, 15 % wanted).
		servingBytesPerParam: 1_800_000,
		powerPriceClimb: 0.06,
		hardware: [
			tier(45, 20, 360, 12, 1.11),
			tier(240, 100, 1_050, 260, 1.13),
			tier(180, 360, 300, 1_600, 1.12),
			tier(5_000, 1_500, 12_000, 60_000, 1.15, 240)
		],
		power: [
			contract(2_000, 600, 0, 0),
			contract(30_000, 420, 9_000, 120),
			contract(60_000, 240, 40_000, 240),
			contract(200_000, 90, 300_000, 480)
		]
	}
};
