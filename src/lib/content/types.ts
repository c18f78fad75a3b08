// Record types that describe the game's content. Plain data: ids, numbers, effect descriptors.

/** What an effect changes. Every target is a multiplier that starts at 1. */
export type EffectTarget =
	| 'flopPerToken' // serving cost of one token
	| 'footprint' // bytes a served model needs
	| 'algoEfficiency' // effective training FLOP per FLOP
	| 'trainThroughput' // training FLOP/s per FLOP/s of compute
	| 'watts' // power draw of every chip
	| 'marketSize' // demand
	| 'insightRate' // insight per researcher
	| 'hypeSpike' // hype gained per release
	| 'compute' // FLOP/s of every chip
	| 'startCash' // cash at the start of an era
	| 'offlineCap' // how much time away is caught up
	| 'radiation'; // share of unshielded hardware radiation retires at each dawn (Orbit)

export interface Effect {
	readonly target: EffectTarget;
	readonly op: 'mul';
	readonly value: number;
}

export interface HardwareDef {
	readonly id: string;
	readonly name: string;
	readonly blurb: string;
	/** FLOP per second per unit. */
	readonly flops: number;
	/** Memory per unit, in bytes. */
	readonly memory: number;
	/** Power draw per unit, in watts. */
	readonly watts: number;
	readonly baseCost: number;
	/** Each unit owned multiplies the next unit's price by this. */
	readonly costRatio: number;
	/** Seconds from order to delivery; 0 for off-the-shelf parts. */
	readonly leadTime: number;
}

export interface PowerContractDef {
	readonly id: string;
	readonly name: string;
	readonly blurb: string;
	/** Capacity in watts. */
	readonly capacity: number;
	/** Running price per kWh actually drawn (the game's fictional tariffs). */
	readonly pricePerKwh: number;
	/** Up-front cost to sign. */
	readonly cost: number;
	/** Seconds to build before it delivers power. */
	readonly buildTime: number;
}

export type ResearchTrack = 'efficiency' | 'scaling' | 'hardware' | 'product' | 'operations';

export interface ResearchDef {
	readonly id: string;
	readonly name: string;
	readonly track: ResearchTrack;
	readonly blurb: string;
	readonly cost: number; // insight
	readonly requires: readonly string[];
	readonly effects: readonly Effect[];
	/** A project that can be done again and again: each level costs this many times the last. */
	readonly repeatable?: number;
}

export interface RivalDef {
	readonly id: string;
	readonly name: string;
	readonly modelFamily: string;
	readonly color: string;
	/** Capability of the model they start the era with. */
	readonly startCapability: number;
	/** Mean seconds between releases. */
	readonly cadence: number;
	/** Mean capability gained per release when on target. */
	readonly stride: number;
	/** How far ahead of the player this lab aims to be, in capability points. */
	readonly ambition: number;
}

export interface PriceTierDef {
	readonly id: string;
	readonly name: string;
	readonly priceMult: number;
	readonly demandMult: number;
}

export interface RunSizeDef {
	readonly id: string;
	readonly name: string;
	/** Training FLOP of the run. */
	readonly flop: number;
	/** The later eras' sizes past the Everything run: its multiple ("Everything ×3·10⁸"), which
	 * the screens write as a figure in the screen's notation. */
	readonly times?: number;
}

export type HeadlineKind =
	| 'player-release'
	| 'rival-release'
	| 'rival-takes-lead'
	| 'player-takes-lead'
	| 'throttled'
	| 'broke'
	| 'rehired'
	| 'run-finished'
	| 'disappointing-run'
	/** Auto-start runs threw away a finished model no better than the one served. */
	| 'auto-discard'
	/** A finished run met another model at the launch gate: the worse of the two is set aside. */
	| 'set-aside'
	| 'delivery'
	| 'power-online'
	| 'research'
	| 'era-goal'
	| 'endless-epoch'
	| 'rental'
	| 'campus'
	/** The Edge swarm: a finished model distilled to fit the swarm. */
	| 'distilled'
	| 'charter'
	| 'radiation'
	| 'panel'
	/** Moon and Mars: the lab's first far site. */
	| 'far-site'
	| 'world-event'
	/** A world event settled by its default: no answer came (nor a standing answer). */
	| 'event-default';

export interface HeadlineDef {
	readonly kind: HeadlineKind;
	/** Eras (by id) these texts belong to; texts without eras serve every era. */
	readonly eras?: readonly string[];
	/** Templates; `{lab}`, `{model}`, `{cap}`, `{item}` are filled by the engine from the event. */
	readonly texts: readonly string[];
}

export interface EraDef {
	readonly id: string;
	readonly name: string;
	readonly index: number;
	readonly blurb: string;
	/** Every amount of money in this era's records is × 10^moneyScale (beyond 1e308 late on). */
	readonly moneyScale: number;
	readonly startCash: number;
	readonly hardware: readonly HardwareDef[];
	readonly power: readonly PowerContractDef[];
	/** Contracts the lab starts the era with. */
	readonly startPower: readonly string[];
	readonly startHardware: Readonly<Record<string, number>>;
	readonly research: readonly ResearchDef[];
	/** Projects the lab knows when the era begins (carried over from earlier eras): done. */
	readonly knownResearch: readonly string[];
	/** Earlier eras' hardware and scaling projects, researched again in this one (each era's chips
	 * and scale are new): the Research screen's "Relearn" takes those insight pays for at once. */
	readonly relearnResearch: readonly string[];
	readonly rivals: readonly RivalDef[];
	readonly runSizes: readonly RunSizeDef[];
	/** Tokens per second the whole market wants (standard price) from the era's starter model. */
	readonly marketTokens: number;
	/** Decades the market moves over the starter's first ten capability points (to the era's
	 * own scale), then from there to the era goal: each era sized so that demand stays within
	 * reach of the capacity a lab can build in it. */
	readonly marketShift: number;
	readonly marketGrowth: number;
	/** Price per token at the reference capability, standard tier. */
	readonly tokenPrice: number;
	readonly researcherCost: number;
	readonly researcherCostRatio: number;
	/** Salary per researcher per second. */
	readonly salary: number;
	/** Insight per researcher per second. */
	readonly insightRate: number;
	readonly starterModel: {
		readonly name: string;
		readonly capability: number;
		readonly flop: number;
	};
	readonly playerModelFamily: string;
	/** The era's goal: first place with a released model at least this capable. */
	readonly goalCapability: number;
	/** Tokens served that earn the first point of Moat (gain grows with the cube root). */
	readonly moatTokenUnit: number;
	/**
	 * Bytes a served model needs per parameter (weights plus the cache of a full batch of
	 * customers), before quantization: a model bigger than the fleet's memory serves slower.
	 */
	readonly servingBytesPerParam: number;
	/**
	 * How fast the grid's price climbs with the lab's served model: every contract's $/kWh
	 * × 10^(climb × points above the era's starting model).
	 */
	readonly powerPriceClimb: number;
	/** The one new idea of the era, in a sentence for the player. */
	readonly idea: string;
	/** Spare serving capacity resold as spot compute, at this fraction of the token price. */
	readonly spotResale: number;
	/** Share of the fleet's compute that is actually up (edge devices come and go). */
	readonly reliability: number;
	/** Serving capacity lost to latency between sites (0 none, 0.3 a third). */
	readonly latency: number;
	/** Each chip also pays its way off the planet: hardware prices × (1 + launchCost). */
	readonly launchCost: number;
	/** Compute that neither trains nor serves the steady demand runs the researchers' experiments:
	 * insight × (base + gain × the spare share of the fleet), and a run keeps the algorithms it
	 * started with (state RUN.recipe). None: insight as researchers alone make it, and a run ends
	 * with the lab's algorithms then. */
	readonly experiments?: { readonly base: number; readonly gain: number };
}

/** Capacity rented by the hour: racks shaped like one of the era's hardware tiers. */
export interface RentalDef {
	/** The tier a rented rack matches in FLOP/s and memory (its watts are the provider's). */
	readonly hardware: string;
	/** The provider's margin on the spot market: a rack's hour costs what its capacity fetches
	 * there over the hour, times this (engine/cloud-actions.ts rentHourly). */
	readonly margin: number;
	readonly maxRacks: number;
}

/** A permanent upgrade bought with Moat. Each level multiplies its effects once more. */
/** The automation rules (the names their settings have in the state). */
export type AutomationName = 'release' | 'run' | 'buy' | 'sign' | 'match' | 'research' | 'beam';

export interface PerkDef {
	readonly id: string;
	readonly name: string;
	readonly blurb: string;
	readonly maxLevel: number;
	readonly cost: number;
	readonly costRatio: number;
	readonly effects: readonly Effect[];
	/** Automation this perk unlocks (level 1 is enough), by the rule's name in the state. */
	readonly unlocks?: AutomationName;
	/** The era (its index) from which the perk can be bought; from the first if absent. */
	readonly fromEra?: number;
	/** Sold only past the last era's goal (the endless epochs), where alone it acts. */
	readonly afterGoal?: boolean;
}
