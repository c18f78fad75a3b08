// What the Fleet screen shows of the two worlds: where the next purchase is built, what each
// side holds, and what the far sites do now (train the run, or batch jobs between runs).
import type { EraContent } from '../content';
import { D0, type Decimal } from './decimal';
import { market } from './market';
import { quoteNear } from './actions';
import { batchTokens, farOf, farQuote, farToRun } from './moon-mars';
import { capacityAt, rates, type Rates } from './rates';
import { netIncome } from './cash-trend';
import { runTimeLeft } from './run-plan';
import type { GameState } from './state';
import { ordersRunning, throttleAfter } from './throttle-after';

export interface MoonMarsView {
	/** The next purchases are built far (on Mars). */
	far: boolean;
	/** Units near (on the Moon) and far. */
	nearUnits: number;
	farUnits: number;
	/** FLOP/s near (serving and training) and far (training only). */
	nearFlops: Decimal;
	farFlops: Decimal;
	/** Share of the run's pace that comes from far (0 with no run). */
	farShareOfRun: number;
	/** Far sites hold more than the light delay lets the run take: more far units add nothing
	 * to this run. And that delay, in seconds. */
	farCapped: boolean;
	lightDelay: number;
	/** The most far FLOP/s the run under way can take over the light delay (its FLOP over the
	 * delay); null with no run. Said before a purchase, not only once it is capped (playtest 6). */
	runCap: Decimal | null;
	/** Far sites run batch jobs (on what the run does not take), and what those earn per second. */
	batching: boolean;
	batchPerSec: Decimal;
	batchShare: number;
	/** The batch market: the most batch jobs earn per second once it is soaked, the share of it
	 * taken now, and whether it is soaked (more on Mars earns nothing more from batch jobs). */
	batchMarketPerSec: Decimal;
	batchTaken: number;
	batchSoaked: boolean;
	/** Even at the least train share the near fleet cannot serve demand: near is the need. */
	servingShort: boolean;
	/** A far unit's price as a share of the base price (near units also pay the launch). */
	farPrice: number;
}

/** The least train share the view weighs serving at. */
const LEAST_SHARE = 0.3;

export function moonMarsView(s: GameState, content: EraContent, r: Rates): MoonMarsView | null {
	const def = farOf(content);
	if (!def) return null;
	let nearUnits = 0;
	for (const id in s.hardware) nearUnits += s.hardware[id];
	let farUnits = 0;
	for (const id in s.moonMars.units) farUnits += s.moonMars.units[id];
	const demand = market(r, s.hype).demand;
	const part = farRunPart(s, content, r);
	const tokens = batchTokens(content, r.far.sub(part.toRun), r.flopPerToken, r.baseDemand);
	return {
		far: s.moonMars.far,
		nearUnits,
		farUnits,
		nearFlops: r.compute,
		farFlops: r.far,
		farShareOfRun: r.trainRate.gt(0) ? part.flops.div(r.trainRate).toNumber() : 0,
		farCapped: part.capped,
		lightDelay: def.sync,
		runCap: s.run ? s.run.target.div(def.sync) : null,
		batching: r.batch.gt(0),
		batchPerSec: r.batch,
		batchShare: def.batch,
		batchMarketPerSec: r.baseDemand.mul(def.batchMarket).mul(r.price).mul(def.batch),
		batchTaken: tokens.market.gt(0) ? tokens.taken.div(tokens.market).toNumber() : 0,
		batchSoaked: tokens.market.gt(0) && tokens.could.gte(tokens.market),
		servingShort: capacityAt(r, LEAST_SHARE).lt(demand),
		farPrice: def.price
	};
}

/** The next unit of a card on each world (null outside Moon and Mars): the Moon's price climbs
 * by the card's ratio with every unit; on Mars the first n together cost n^climb times the first
 * (moon-mars.ts farBulk),
 * so which is cheaper turns with the counts (playtest 5 bought 14 on Mars at 68× the Moon's
 * price, the card having said Mars got dearer "far more slowly"). */
export function siteQuotes(
	s: GameState,
	content: EraContent,
	hardwareId: string
): { moon: Decimal; mars: Decimal } | null {
	if (!farOf(content)) return null;
	const moon = quoteNear(s, content, hardwareId, 1);
	const mars = farQuote(s, content, hardwareId, 1);
	return moon && mars ? { moon: moon.cost, mars: mars.cost } : null;
}

/** How a far unit's price climbs: the nth unit of a card on Mars costs this many times the
 * first (n³ − (n − 1)³ under climb 3). */
export function farStepFactor(content: EraContent, n: number): number {
	if (!farOf(content) || n < 1) return 1;
	return farTotalFactor(content, n) - farTotalFactor(content, n - 1);
}

/** What the first n units of a card on Mars cost together, as a multiple of the first (n³ under
 * climb 3): the figure the price's cube is of (playtest 17 read "grows with the cube of its
 * count" beside the 10th costing 271× the 1st, not 1,000×). */
export function farTotalFactor(content: EraContent, n: number): number {
	const def = farOf(content);
	return def ? Math.max(0, n) ** def.climb : 1;
}

/** What far sites give the run under way, in the run's FLOP/s (research's training speed-up
 * counted, as trainRate counts it), and whether the light delay holds them back: the Lab's
 * "FLOP/s to the run" says its Mars part (playtest 6 read 3.06e29 to the run beside 1.01e30 on
 * Mars, not knowing the 3.06e29 held Mars's capped share). */
export function farRunPart(
	s: GameState,
	content: EraContent,
	r: Rates
): { toRun: Decimal; flops: Decimal; capped: boolean } {
	const toRun = farToRun(s, content, r.far);
	return {
		toRun,
		flops: toRun.mul(r.mult.trainThroughput),
		capped: toRun.gt(0) && toRun.lt(r.far)
	};
}

/** The units a buy adds of a card on one world, before the tap: what they add to the lab's
 * income per second, the seconds they take off the current run (0 with no run), how many times
 * as fast the run trains with them (1 with no run), and the fleet's throttle with them (the
 * income counts it: chips past the power give no compute). All with the orders on the way
 * running (throttle-after.ts ordersRunning). */
export interface SiteGain {
	income: Decimal;
	runFaster: number;
	runSpeed: number;
	throttle: number;
}

/** `count` more units of a card on the Moon and on Mars (null outside Moon and Mars): the Moon's
 * serve (income) and train at the train share; Mars's train up to the light delay's cap, and
 * what the run does not take runs batch jobs until their market is soaked. The card's own buy
 * (playtest 7: "+$x/s" for one unit beside a ×10 that throttled the fleet). */
export function siteGains(
	s: GameState,
	content: EraContent,
	r: Rates,
	hardwareId: string,
	count = 1
): { moon: SiteGain; mars: SiteGain } | null {
	if (!farOf(content) || !content.hardware.get(hardwareId)) return null;
	// The fleet with the orders on the way running on today's power, the one the power warning
	// speaks of (throttleAfter): playtest 28 read "throttled to 93%" here beside its 28%.
	const base = ordersRunning(s);
	const now = base === s ? r : rates(base, content);
	const income = netIncome(base, content, now);
	const left = runTimeLeft(base, now, content);
	const gain = (t: GameState, throttle: number): SiteGain => {
		const after = rates(t, content);
		const leftAfter = runTimeLeft(t, after, content);
		const more = netIncome(t, content, after).sub(income);
		return {
			// Rounding left over from an unchanged income is no change.
			income: more.abs().lte(income.abs().mul(1e-9)) ? D0 : more,
			runFaster: Number.isFinite(left) && Number.isFinite(leftAfter) ? left - leftAfter : 0,
			runSpeed: now.trainRate.gt(0) ? after.trainRate.div(now.trainRate).toNumber() : 1,
			throttle
		};
	};
	const moon = {
		...base,
		hardware: { ...base.hardware, [hardwareId]: (base.hardware[hardwareId] ?? 0) + count }
	};
	const mars = {
		...base,
		moonMars: {
			...base.moonMars,
			units: {
				...base.moonMars.units,
				[hardwareId]: (base.moonMars.units[hardwareId] ?? 0) + count
			}
		}
	};
	// Mars's units bring their own power: the fleet's throttle is the one without them.
	return {
		moon: gain(moon, throttleAfter(s, content, r, hardwareId, count)),
		mars: gain(mars, throttleAfter(s, content, r, hardwareId, 0))
	};
}
