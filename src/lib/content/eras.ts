// Eras 2–7. Each is the Garage's economy lifted to a new scale (FLOP ×1000, money far more),
// with its own catalog, power, rivals and one new idea. The table of plain data is in
// era-specs.ts; the builder below only multiplies numbers, once, at load.
import { GARAGE } from './garage';
import type { EraDef, HardwareDef, PowerContractDef, RivalDef } from './types';
import { researchOfEra } from './research-late';
import { SPECS, type EraSpec } from './era-specs';
import { CATALOGS, type ContractNumbers, type TierNumbers } from './era-catalogs';

const scaleHardware = (
	n: TierNumbers,
	[id, name, blurb]: EraSpec['hardware'][number],
	s: EraSpec
): HardwareDef => ({
	id,
	name,
	blurb,
	flops: n.flops * 10 ** s.flop,
	memory: n.memory * 10 ** (s.flop / 2),
	watts: n.watts * 10 ** s.watts,
	baseCost: n.cost,
	costRatio: n.ratio,
	leadTime: n.lead
});

// Prices are in era money (× 10^moneyScale in the engine). Power bills per kWh fall as the
// watts grow, so running costs keep their share of income.
const scalePower = (
	n: ContractNumbers,
	[id, name, blurb]: EraSpec['power'][number],
	s: EraSpec
): PowerContractDef => ({
	id,
	name,
	blurb,
	capacity: n.capacity * 10 ** s.watts,
	pricePerKwh: n.price * 10 ** -s.watts,
	cost: n.cost,
	buildTime: n.build * (s.buildSlowdown ?? 1)
});

const scaleRival = (
	base: RivalDef,
	[id, name, family]: EraSpec['rivals'][number],
	s: EraSpec
): RivalDef => ({
	...base,
	id,
	name,
	modelFamily: family,
	startCapability: base.startCapability + 10 * s.flop
});

// Past the Garage's largest run, later eras go on by half decades: long eras grow into them
// as repeatable research multiplies compute. Names stay short enough for the size picker on
// a phone: ×3, ×10 … ×300, ×10³, ×3·10³ …
/** The capability later eras' goals count from (× their FLOP scale, plus their own goalExtra): the
 * Garage's goal when they were tuned. Not the Garage's goal itself, which moved to 47 when its
 * scripted player learned to play in phases: every later era's pacing moved with it (Orbit's median
 * 294 -> 440 min on seeds 1–5). */
const LATER_GOAL_BASE = 45;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const BEYOND = Array.from({ length: 40 }, (_, i) => {
	const three = i % 2 === 0; // ×3, ×10, ×30, ×100 …
	const exponent = Math.floor((i + 1) / 2);
	const label = (three ? 3 : 1) * 10 ** exponent; // the id, stored in saves, spells it out
	const power = [...String(exponent)].map((d) => SUPERSCRIPT[+d]).join('');
	return {
		id: `everything-x${label}`,
		name: `Everything ×${label < 1000 ? label : `${three ? '3·' : ''}10${power}`}`,
		flop: 1e22 * 10 ** ((i + 1) / 2),
		times: label
	};
});

/** Builds an era from the Garage template: same shape, new scale. See the comment at the top. */
function buildEra(s: EraSpec, index: number): EraDef {
	const g = GARAGE;
	// Capability rises 10 points per ×10 FLOP; price per token with it (×10^0.06 a point).
	// Income must grow with the money scale: token price carries what capability does not.
	const capShift = 10 * s.flop;
	const priceShift = -0.5 * s.flop - 0.06 * capShift;
	// The Garage's repeatable projects stay in the Garage: later eras have their own.
	const { research, known, relearn } = researchOfEra(
		g.research.filter((r) => !r.repeatable),
		SPECS.map((x) => x.id),
		index - 2
	);
	const catalog = CATALOGS[s.id];
	// The power list of later eras starts with the smallest contract already signed.
	const power = s.power.map((p, i) => scalePower(catalog.power[i], p, s));
	return {
		id: s.id,
		name: s.name,
		index,
		blurb: s.blurb,
		moneyScale: s.money,
		startCash: g.startCash,
		hardware: s.hardware.map((h, i) => scaleHardware(catalog.hardware[i], h, s)),
		power,
		startPower: [power[0].id],
		startHardware: s.startFleet ?? { [s.hardware[0][0]]: 1 },
		research,
		knownResearch: known,
		relearnResearch: relearn,
		rivals: g.rivals.map((r, i) => scaleRival(r, s.rivals[i], s)),
		runSizes: [...g.runSizes, ...BEYOND].map((r) => ({ ...r, flop: r.flop * 10 ** s.flop })),
		marketTokens: g.marketTokens * 10 ** (s.flop / 2),
		marketShift: s.marketShift ?? g.marketShift,
		marketGrowth: s.marketGrowth ?? g.marketGrowth,
		tokenPrice: g.tokenPrice * 10 ** (priceShift + (s.marketPrice ?? 0)),
		researcherCost: g.researcherCost,
		researcherCostRatio: g.researcherCostRatio,
		salary: g.salary,
		insightRate: g.insightRate,
		starterModel: {
			name: `${s.family}-0`,
			capability: g.starterModel.capability + capShift,
			flop: g.starterModel.flop * 10 ** s.flop
		},
		playerModelFamily: s.family,
		goalCapability: LATER_GOAL_BASE + capShift + s.goalExtra,
		// Tokens grow ×√(FLOP scale) per era: Moat is measured against the era's own scale.
		moatTokenUnit: g.moatTokenUnit * 10 ** (s.flop / 2 + (s.moatShift ?? 0)),
		idea: s.idea,
		servingBytesPerParam: catalog.servingBytesPerParam,
		powerPriceClimb: catalog.powerPriceClimb,
		spotResale: s.spotResale ?? 0,
		reliability: s.reliability ?? 1,
		latency: s.latency ?? 0,
		launchCost: s.launchCost ?? 0,
		experiments: s.experiments
	};
}

export const LATER_ERAS: readonly EraDef[] = SPECS.map((s, i) => buildEra(s, i + 2));
