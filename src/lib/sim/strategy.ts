// A sensible player's decisions, as a function of the state. Used by the scripted players
// (npm run balance, the pacing tests). Plays only through the engine's public actions.
import type { EraContent } from '../content';
import {
	Decimal,
	buy,
	canResearch,
	hire,
	hireCost,
	quoteHardware,
	rates,
	release,
	research,
	setPriceTier,
	setTrainShare,
	signContract,
	startRun,
	type GameState
} from '../engine';

/** Milestones a player reaches, as the tick they were first seen. */
export interface Milestones {
	firstPurchase?: number;
	firstRelease?: number;
	firstPlace?: number;
	eraGoal?: number;
}

/** Start the biggest run that finishes within `horizon` seconds at the current pace, and
 * never one smaller than a size up from the model being served (no point retraining it). */
function startBestRun(s: GameState, c: EraContent, horizon: number, share: number): void {
	const r = rates(s, c);
	const perSecond = r.compute.mul(share * r.mult.trainThroughput);
	const sizes = c.era.runSizes;
	const served = s.model.flop;
	let pick = sizes.find((size) => served.lt(size.flop)) ?? sizes[sizes.length - 1];
	for (const size of sizes) {
		if (size.flop > pick.flop && perSecond.mul(horizon).gte(size.flop)) pick = size;
	}
	startRun(s, c, pick.id);
}

/** Power for what we own plus a margin: sign the cheapest affordable contract when short. */
function keepPowered(s: GameState, c: EraContent): boolean {
	const r = rates(s, c);
	const pending = Object.entries(s.power).some(([, at]) => at > s.tick);
	if (pending || r.powerDraw.mul(1.2).lt(r.powerCapacity)) return false;
	const next = c.era.power.find((p) => !(p.id in s.power));
	if (!next) return false;
	signContract(s, c, next.id);
	return true; // saving for it, or signed
}

export interface Plan {
	/** How long the next run may take, in seconds. */
	horizon: number;
	/** The least share of compute that trains while a run is on. */
	minTrainShare: number;
}

/** One round of decisions. */
export function decide(s: GameState, c: EraContent, plan: Plan, m: Milestones): void {
	const { horizon, minTrainShare } = plan;
	if (s.gate && s.gate.capability > s.model.capability) {
		release(s, c);
		m.firstRelease ??= s.tick;
	}
	if (!s.run) startBestRun(s, c, horizon, minTrainShare);

	// Serve what is demanded, train with the rest.
	const r = rates(s, c);
	if (s.run) {
		const servingAll = r.compute.div(r.flopPerToken).mul(r.memoryFit);
		const wanted = r.baseDemand.mul(1 + s.hype);
		const serveShare = servingAll.gt(0) ? wanted.div(servingAll).toNumber() : 0;
		setTrainShare(s, Math.min(0.9, Math.max(minTrainShare, 1 - serveShare * 1.05)));
	}
	const income = r.capacity.lt(r.baseDemand.mul(1 + s.hype))
		? r.capacity.mul(r.price)
		: r.baseDemand.mul(1 + s.hype).mul(r.price);
	setPriceTier(s, c, r.capacity.gt(r.baseDemand.mul(3)) ? 'cheap' : 'standard');

	for (const p of c.era.research) if (canResearch(s, c, p.id).ok) research(s, c, p.id);

	// Researchers once the lab can carry their salaries comfortably.
	const salaries = r.salaries.add(c.era.salary);
	if (income.gt(salaries.mul(3)) && s.cash.gt(hireCost(s, c).mul(2))) hire(s, c);

	if (keepPowered(s, c)) return;
	// Buy the most FLOP/s per dollar that the power can take.
	for (let i = 0; i < 20; i++) {
		let best: { id: string; value: number } | null = null;
		const now = rates(s, c);
		for (const hw of c.era.hardware) {
			const quote = quoteHardware(s, c, hw.id, 1)!;
			if (quote.cost.gt(s.cash)) continue;
			if (now.powerDraw.add(hw.watts * now.mult.watts).gt(now.powerCapacity)) continue;
			const value = new Decimal(hw.flops).div(quote.cost).toNumber();
			if (!best || value > best.value) best = { id: hw.id, value };
		}
		if (!best) break;
		buy(s, c, best.id, 1);
		m.firstPurchase ??= s.tick;
	}
}
