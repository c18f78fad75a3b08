// Cash falling, said on the Lab: by how much, which costs outrun the sales, and when the cash
// runs out (or, once it has, what the lab lost). Playtest 12 turned its Garage income to
// "−0.17/s" with a stale price and saw only the header's figure turn red: nothing said why, or
// that researchers down tools and the grid cuts training once the cash is gone (power-cut.ts).
import type { EraContent } from '../content';
import { netIncome, rentPerSec } from './cash-trend';
import { advance } from './advance';
import { cloneState } from './clone';
import { restingHype } from './loyalty';
import { D0, dmin, type Decimal } from './decimal';
import { flow, type Flow } from './flow';
import { market, revenue } from './market';
import { powerCutShare } from './power-cut';
import type { Rates } from './rates';
import type { GameState } from './state';

/** A loss whose cash lasts longer than this is left to the header's red figure: a lab with days
 * of cash in the bank (the Cloud's $4.8T) is not in trouble yet. */
export const LOSS_WARN_WITHIN = 3600;

export interface CashLoss {
	/** Cash lost a second now (0 while sales still cover the costs but fade towards them); broke,
	 * what sales fall short of the costs with the salaries paid. */
	perSec: Decimal;
	/** What comes in a second: sales, spot resale and batch credits. */
	sales: Decimal;
	/** Sales earn more now than once the launch's hype settles at its resting level: they fade. */
	salesFading: boolean;
	/** What goes out a second, by cost; rent is the rented racks' hourly bill spread over it. */
	power: Decimal;
	salaries: Decimal;
	rent: Decimal;
	/** The largest of the three costs. */
	largest: 'power' | 'salaries' | 'rent';
	/** Seconds until the cash is gone, by the game's own steps with nothing new happening
	 * (cashRunsOutIn; 0 once it is). */
	runsOutIn: number;
	/** The cash is gone: researchers are down tools unless sales pay them (`researchStopped`), and
	 * the grid runs only `chipsRunning` of the chips (null: no cut). */
	broke: boolean;
	researchStopped: boolean;
	chipsRunning: number | null;
}

/**
 * The lab's loss, when its cash runs out within LOSS_WARN_WITHIN (runsOutIn), or the lab is
 * broke already; null otherwise.
 */
export function cashLoss(
	s: GameState,
	c: EraContent,
	r: Rates,
	f: Flow = flow(s, r)
): CashLoss | null {
	const broke = s.idle;
	const { sales, rent, salaries, power, largest } = salesAndCosts(s, c, r, f);
	const costs = power.add(r.staffed ? salaries : D0).add(rent);
	// Broke, the salaries are owed whether or not they are paid: what the lab must earn to pay
	// them again.
	const owed = broke ? power.add(salaries).add(rent) : costs;
	// What sales come to once the launch's hype has settled at its resting level (loyal
	// customers and the rush still to win).
	const settled = revenue(market(r, restingHype(s.loyalty, r.reach)), r).add(r.batch);
	const fading = sales.gt(settled);
	let runsOutIn = 0;
	if (!broke) {
		// Cheap first: cash that grows now and still will once the hype settles is not running out.
		if (!costs.gt(sales) && !costs.gt(settled)) return null;
		// Cash that outlasts the hour even at the settled loss is not running out within it.
		if (s.cash.gt(costs.sub(dmin(sales, settled)).mul(LOSS_WARN_WITHIN))) return null;
		runsOutIn = cashRunsOutIn(s, c, LOSS_WARN_WITHIN);
		if (runsOutIn > LOSS_WARN_WITHIN) return null;
	}
	return {
		perSec: owed.gt(sales) ? owed.sub(sales) : D0,
		sales,
		salesFading: fading,
		power,
		salaries,
		rent,
		largest,
		runsOutIn,
		broke,
		researchStopped: broke && !r.staffed && s.researchers > 0,
		chipsRunning: powerCutShare(r)
	};
}

/** What comes in a second (sales, spot resale and batch credits) and what goes out, by cost, the
 * largest named: the Lab's cash card and the away report's cash-out line read them here. */
export function salesAndCosts(
	s: GameState,
	c: EraContent,
	r: Rates,
	f: Flow = flow(s, r)
): Pick<CashLoss, 'sales' | 'power' | 'salaries' | 'rent' | 'largest'> {
	const rent = rentPerSec(s, c, r);
	const power = r.powerCost;
	const salaries = r.salaries;
	return {
		sales: revenue(f, r).add(r.batch),
		power,
		salaries,
		rent,
		largest: largestCost(power, salaries, rent)
	};
}

/** Sales cover every cost (the salaries counted, paid or owed). */
export function salesCover(now: Pick<CashLoss, 'sales' | 'power' | 'salaries' | 'rent'>): boolean {
	return now.sales.gte(now.power.add(now.salaries).add(now.rent));
}

/** What the Train ↔ Serve card says of a split that loses money: the lab's income (netIncome,
 * the header's) as a loss a second, and when the cash runs out (`loss`, the lab's cashLoss: the
 * Lab passes the one its CashLoss card read, ui/lab/lab-loss.ts; null past
 * LOSS_WARN_WITHIN, 0 once it has). Null while the income is not negative. Playtest 21 slid to
 * 100 % training, income −7.15e313/s, with no word on the card, and ran out of cash in a minute. */
export interface SplitLoss {
	perSec: Decimal;
	runsOutIn: number | null;
	/** Past the hour: the seconds the cash lasts at this loss, held (null within the hour).
	 * Playtest 27 read "the cash lasts over an hour" of cash that lasted 98 hours. */
	atThisLoss: number | null;
}

export function splitLoss(
	s: GameState,
	c: EraContent,
	r: Rates,
	f: Flow = flow(s, r),
	loss: CashLoss | null = cashLoss(s, c, r, f)
): SplitLoss | null {
	const income = netIncome(s, c, r, f);
	if (!income.lt(0)) return null;
	const runsOutIn = loss ? loss.runsOutIn : null;
	const perSec = income.neg();
	const atThisLoss = runsOutIn === null ? s.cash.div(perSec).toNumber() : null;
	return { perSec, runsOutIn, atThisLoss };
}

/** Seconds of the game's own steps until the lab goes broke, nothing new happening (no rival
 * release, no world event: the card does not foretell the dice); Infinity past `within`. The
 * launch's hype fading, customers coming back, a run's end, automation's purchases are all
 * advance's, on a copy. */
export function cashRunsOutIn(s: GameState, c: EraContent, within: number): number {
	if (s.idle) return 0;
	const quiet = cloneState(s);
	const after = s.tick + within + 1;
	for (const rival of quiet.rivals) rival.nextReleaseAt = Math.max(rival.nextReleaseAt, after);
	if (!quiet.event) quiet.nextEventAt = Math.max(quiet.nextEventAt, after);
	let before = cloneState(quiet);
	for (let t = 0; t < within; t += RUNS_OUT_CHUNK) {
		advance(quiet, c, Math.min(RUNS_OUT_CHUNK, within - t));
		if (quiet.idle) {
			// Within the chunk, second by second from its start.
			for (let i = 1; i <= RUNS_OUT_CHUNK; i++) {
				advance(before, c, 1);
				if (before.idle) return t + i;
			}
		}
		before = cloneState(quiet);
	}
	return Infinity;
}

/** The projection's stride: a broke lab is found in a chunk, then the second within it. */
const RUNS_OUT_CHUNK = 60;

function largestCost(power: Decimal, salaries: Decimal, rent: Decimal): CashLoss['largest'] {
	if (salaries.gte(power) && salaries.gte(rent)) return 'salaries';
	return power.gte(rent) ? 'power' : 'rent';
}
