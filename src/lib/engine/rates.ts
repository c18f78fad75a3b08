// Everything derived from the state that stays constant between events: the rates of motion.
import type { EraContent, PriceTierDef } from '../content';
import { D0, Decimal, dmin } from './decimal';
import { multipliers, type Multipliers } from './effects';
import { marketFactor, playerShare, tokenPriceFactor } from './formulas';
import { money } from './money';
import { eventEffect } from './world-events';
import { rented, rentedServingAt, resells, spotAtFleet, spotRate } from './cloud';
import { campusFleet } from './hyperscale';
import { swarmCapacity, swarmFeedback } from './edge';
import { servingLight } from './orbit';
import { atTheStar, collectorFlops, gridSale, withPanels } from './dyson';
import { batchIncome, farFlops, farToRun } from './moon-mars';
import { powerBill, powerPriceIndex } from './power-bill';
import { netPrice, salesCut } from './power-sources';
import { powerCut, researchersPaid, servingEarns, servingUse } from './power-cut';
import { rememberMarket } from './market-memo';
import { tierReach } from './loyalty';
import { fleetSums, unitScale } from './fleet-sums';
import { keepRates, keptRates } from './rates-kept';
import { experimentBoost, spareShare } from './experiments';
import type { GameState } from './state';

export { powerBill, powerPriceIndex };
export { rehireCash, rehireDue, runwayCash, REHIRE_RUNWAY } from './rehire';

export interface Rates {
	mult: Multipliers;
	/** Fleet FLOP/s before the power limit (perks and device reliability applied). */
	unthrottledCompute: Decimal;
	/** Fleet FLOP/s after throttling. */
	compute: Decimal;
	/** Watts the fleet wants, and the watts the signed, built contracts give (Dyson: and all the panels). */
	powerDraw: Decimal;
	powerCapacity: Decimal;
	/** What reaches the chips (throttle, bill): `powerCapacity` less what Dyson keeps at the star. */
	powered: Decimal;
	/** capacity / draw, at most 1. */
	throttle: number;
	/** Fleet memory (bytes) holding the model: × the root of the compute gain, × the throttle. */
	memory: Decimal;
	footprint: Decimal;
	/** fleet memory / footprint, at most 1: a model that does not fit serves slower. */
	memoryFit: number;
	/** FLOP/s that only train (not in `compute`): Moon and Mars's far sites, Dyson's kept watts. */
	far: Decimal;
	/** Share of compute that actually trains (0 when no run is in progress). */
	trainShare: number;
	/** Raw training FLOP added to the run per step. */
	trainRate: Decimal;
	flopPerToken: Decimal;
	/** Tokens per second the serving share can produce. */
	capacity: Decimal;
	/** Tokens per second the whole fleet could serve if nothing trained. */
	fullCapacity: Decimal;
	/** Of those, what the Edge swarm serves (it never trains: engine/edge.ts). */
	swarm: Decimal;
	/** The Cloud: tokens/s of the rented racks with nothing training, and serving now (cloud.ts). */
	rentedFull: Decimal;
	rentedServing: Decimal;
	/** Demand in tokens per second before hype: demand = baseDemand × (1 + hype). */
	baseDemand: Decimal;
	share: number;
	/** Of a launch rush served, the part this price reaches, which turns loyal (loyalty.ts). */
	reach: number;
	/** Cash per token served; the era's own power source takes `salesCut` of it (the swarm's owners,
	 * Orbit's downlink, the relay, station-keeping: power-sources.ts, market.ts netPrice). */
	price: Decimal;
	salesCut: number;
	/** Cash per token of spare capacity resold as spot compute (0 where the era has none). */
	spotPrice: Decimal;
	/** Watts the bill charges for: the draw within capacity, less serving chips left idle by memory. */
	billedDraw: Decimal;
	powerCost: Decimal;
	salaries: Decimal;
	/** Credits per step: Mars's batch jobs (batchIncome), Dyson's watts sold (gridSale). */
	batch: Decimal;
	/** Broke: the share of the training chips the grid still powers (1: no cut; power-cut.ts). */
	powerCut: number;
	/** Broke: the share of the serving chips the grid still powers, those steady customers keep
	 * busy (1: no cut). */
	servingCut: number;
	/** The bill the cut saves per second (0 without a cut). */
	cutSaves: Decimal;
	/** Broke: the share of the lab's own chips the grid still powers (1: no cut). */
	chipsRunning: number;
	/** Researchers at work; while broke, only if serving, less the cut bill, pays (researchersPaid). */
	staffed: boolean;
	/** Running costs per step: power, plus salaries while researchers work, less batch jobs. */
	costs: Decimal;
	insightRate: Decimal;
	/** The share of the own fleet that neither trains nor serves the steady demand (spareShare). */
	spare: number;
	/** Insight × this from the researchers' experiments on it (1 in an era without them). */
	experiments: number;
}

export function rates(state: GameState, content: EraContent): Rates {
	const r = keptRates<Rates>(state, content) ?? derive(state, content);
	keepRates(state, content, r);
	return r;
}

function derive(state: GameState, content: EraContent): Rates {
	const { era } = content;
	const mult = atTheStar(multipliers(state.research, content, state.meta.perks), content);
	const fleet = fleetSums(state, content, mult.watts);
	let unthrottledCompute = fleet.compute;
	const powerDraw = fleet.draw;
	let memory = fleet.memory;
	let contracts = D0; // Dyson's panels, billed by no contract: the beamed share powers the chips
	for (const id in state.power)
		if (state.power[id] <= state.tick) contracts = contracts.add(content.power.get(id)!.capacity);
	const { capacity: powerCapacity, powered, beamed } = withPanels(state, content, contracts);
	const throttle = powerDraw.lte(powered) ? 1 : powered.div(powerDraw).toNumber();
	// Perks and silicon multiply FLOP/s, memory with the root of the gain (as parameters with the
	// root of FLOP); cards past the power hold no model: memory is throttled with the compute.
	memory = memory.mul(unitScale(content, mult).memory * throttle);
	unthrottledCompute = unthrottledCompute.mul(unitScale(content, mult).flops);
	const chips = unthrottledCompute; // before throttling: the star's kept watts train at its FLOP/W
	let compute = throttle === 1 ? unthrottledCompute : unthrottledCompute.mul(throttle);
	// Rented racks run on the provider's power (cloud.ts).
	const hired = rented(state, content);
	const hiredFlops = hired.flops > 0 ? new Decimal(hired.flops * mult.compute) : D0;
	if (hired.flops > 0) {
		unthrottledCompute = unthrottledCompute.add(hiredFlops);
		compute = compute.add(hiredFlops);
		memory = memory.add(hired.memory);
	}
	// Campuses bring their own power and chips (hyperscale.ts).
	const campus = campusFleet(state, content, mult);
	if (campus) {
		unthrottledCompute = unthrottledCompute.add(campus.flops);
		compute = compute.add(campus.flops);
		memory = memory.add(campus.memory);
	}

	const trainShare = state.run ? state.trainShare : 0;
	// Far sites (up to the light delay's cap) and the star's kept watts only train: the run's pace.
	const kept = collectorFlops(state, content, { flops: chips, draw: powerDraw });
	const far = kept.gt(0) ? kept : farFlops(state, content, mult);
	const toRun = kept.gt(0) ? kept : farToRun(state, content, far);

	const model = state.model;
	const footprint = model.params.mul(era.servingBytesPerParam * mult.footprint); // modelFootprint
	const memoryFit = memory.gte(footprint) ? 1 : memory.div(footprint).toNumber();
	const flopPerToken = model.params.mul(2 * mult.flopPerToken);
	// In Orbit's dark, serving runs on batteries (orbit.ts); training does not mind.
	const light = servingLight(state, content);
	const own = compute.div(flopPerToken).mul(memoryFit * (1 - era.latency) * light);
	const swarm = swarmCapacity(state, content, mult, footprint, flopPerToken);
	const fullCapacity = own.add(swarm);
	const capacity = trainShare === 0 ? fullCapacity : own.mul(1 - trainShare).add(swarm);
	const rentedFull = hiredFlops.m === 0 ? D0 : own.mul(hiredFlops.div(compute).toNumber());

	const {
		share,
		baseDemand,
		price,
		spotPrice: listSpot
	} = rememberMarket(state, content, mult, content.priceTiers.get(state.priceTier)!, tierMarket);
	const reach = tierReach(state, content.priceTiers.get(state.priceTier)!, share);

	// Chips pay for the power they use (serving chips the memory idles draw nothing; power-cut.ts).
	const within = dmin(powerDraw, powered);
	// The era's own source takes a share of the sales (power-sources.ts); the rings' watts first.
	const at = { swarm, capacity, draw: powerDraw, rings: contracts, campus, compute };
	const ownCut = salesCut(state, content, at);
	const billAt = (busy: number): Decimal => {
		const drawn = within.mul(busy);
		const fromGrid = beamed > 0 ? dmin(drawn, contracts) : drawn;
		const bill = fromGrid.gt(0) ? powerBill(state, content, fromGrid) : D0;
		return campus ? bill.add(campus.bill.mul(busy).mul(powerPriceIndex(state, content))) : bill;
	};
	const earns = state.idle
		? servingEarns(capacity, baseDemand, netPrice({ price, salesCut: ownCut }))
		: D0;
	const use = servingUse(state.idle, own.mul(1 - trainShare), baseDemand.sub(swarm));
	const cut = powerCut(state.idle, trainShare, memoryFit, earns, billAt, use);
	const billedDraw = within.mul(cut.busy);
	const powerCost = cut.bill;
	const trainRate = state.run
		? trainingPace({ compute, mult, far: toRun }, trainShare * cut.training)
		: D0;
	const salaries = money(content, era.salary * state.researchers);
	// Credits: Mars's batch jobs (up to what batch buyers want), the star's watts sold to Earth.
	const batch = batchIncome(content, { far, toRun }, flopPerToken, price, baseDemand).add(
		gridSale(state, content, { flops: chips, draw: powerDraw, powered }, flopPerToken, price)
	);
	const staffed = !state.idle || researchersPaid(earns, cut.bill, salaries);
	const costs = (staffed ? powerCost.add(salaries) : powerCost).sub(batch);
	const event = eventEffect(state);
	// The Edge swarm's usage reports speed research while it serves the model (edge.ts).
	const boost = (event?.insight ?? 1) * swarmFeedback(state, content, swarm);
	// Spare compute runs the researchers' experiments (experimentBoost).
	const spare = spareShare(own, trainShare, baseDemand);
	const experiments = era.experiments ? experimentBoost(era.experiments, spare) : 1;
	const insightRate = !staffed
		? D0
		: new Decimal(era.insightRate * mult.insightRate * state.researchers * boost * experiments);
	return {
		mult,
		unthrottledCompute,
		compute,
		powerDraw,
		powerCapacity,
		powered,
		throttle,
		memory,
		footprint,
		memoryFit,
		far,
		trainShare,
		trainRate,
		flopPerToken,
		capacity,
		fullCapacity,
		swarm,
		baseDemand,
		share,
		reach,
		price,
		salesCut: ownCut,
		rentedFull,
		rentedServing: rentedServingAt({ rentedFull }, trainShare),
		spotPrice: spotAtFleet({ baseDemand, spotPrice: listSpot }, fullCapacity.sub(rentedFull)),
		billedDraw,
		powerCost,
		powerCut: cut.training,
		servingCut: cut.serving,
		cutSaves: cut.saves,
		chipsRunning: cut.running,
		salaries,
		staffed,
		batch,
		costs,
		insightRate,
		spare,
		experiments
	};
}

/** The market's side of the rates at a price tier: share, demand before hype and prices. */
export function tierMarket(
	state: GameState,
	content: EraContent,
	mult: Multipliers,
	tier: PriceTierDef
): Pick<Rates, 'share' | 'baseDemand' | 'price' | 'spotPrice'> {
	const { era } = content;
	const model = state.model;
	const share = playerShare(
		model.capability,
		state.rivals.map((r) => r.capability),
		tier.priceMult
	);
	const event = eventEffect(state);
	const baseDemand = marketFactor(model.capability, era).mul(
		era.marketTokens * mult.marketSize * share * tier.demandMult * (event?.demand ?? 1)
	);
	const price = money(
		content,
		tokenPriceFactor(model.capability).mul(era.tokenPrice * tier.priceMult * (event?.price ?? 1))
	);
	const spotPrice = resells(state) ? spotRate(era, price, share, tier.priceMult) : D0;
	return { share, baseDemand, price, spotPrice };
}

/** Training FLOP per second at `share` of compute (far sites train whatever it is). */
export function trainingPace(r: Pick<Rates, 'compute' | 'mult' | 'far'>, share: number): Decimal {
	const pace = r.compute.mul(share * r.mult.trainThroughput);
	return r.far.gt(0) ? pace.add(r.far.mul(r.mult.trainThroughput)) : pace;
}

/** Why the run gets more FLOP/s than its share of the header's compute: research that speeds
 * training (Mixed-precision ×1.5, …) multiplies it. Null when nothing does (×1). */
export function trainingBoost(r: Pick<Rates, 'mult'>): number | null {
	return r.mult.trainThroughput === 1 ? null : r.mult.trainThroughput;
}

/** Tokens per second served at train share `share` (the Edge swarm serves whatever it is). */
export function capacityAt(r: Pick<Rates, 'fullCapacity' | 'swarm'>, share: number): Decimal {
	return r.fullCapacity
		.sub(r.swarm)
		.mul(1 - share)
		.add(r.swarm);
}

/** The train share at which serving capacity meets `demand` exactly (0…1). */
export function shareThatServes(r: Rates, demand: Decimal): number {
	const own = r.fullCapacity.sub(r.swarm);
	if (!own.gt(0)) return 0;
	return Math.min(1, Math.max(0, 1 - demand.sub(r.swarm).div(own).toNumber()));
}
