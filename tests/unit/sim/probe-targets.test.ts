// The targets of DECISIONS.md (issues 16 and 17), asserted on the decision probe's output:
// medians of five seeds, every era. ONE probe run serves every describe block in this file:
// add blocks, not runs. The race against constant train shares (the slow part) is left out.
// The seeds' games run in processes of their own, one per core (scripts/probe-parallel.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { ERAS, WORLD_EVENTS } from '../../../src/lib/content';
import type { Figure } from '../../../src/lib/sim/probe';
import { runProbeParallel } from '../../../scripts/probe-parallel';

let figures: Figure[] = [];
beforeAll(async () => {
	figures = await runProbeParallel({ seeds: [1, 2, 3, 4, 5], eras: ERAS.length, constant: false });
}, 900_000);

const figure = (name: string): number => {
	const f = figures.find((x) => x.name === name);
	if (!f) throw new Error(`the probe printed no ${name}`);
	return f.value;
};
/** A figure's value in era `e` (1-based). */
const fig = (e: number, name: string) => figure(`era${e}.${name}`);
const eraNumbers = ERAS.map((_, i) => i + 1);

describe('events are decisions', () => {
	it('the first event comes 10 to 30 minutes into a new game', () => {
		expect(figure('era1.first-event')).toBeGreaterThanOrEqual(10);
		expect(figure('era1.first-event')).toBeLessThanOrEqual(30);
	});

	it.each(WORLD_EVENTS.flatMap((e) => e.options.map((o) => [e.id, o.id])))(
		'%s: answering "%s" is the better answer at some sampled moments',
		(kind, option) => {
			expect(figure(`era1.event.${kind}.best.${option}`)).toBeGreaterThan(0);
		}
	);

	it('the scripted player gives the better answer most of the time', () => {
		expect(figure('era1.event.answer.best')).toBeGreaterThanOrEqual(50);
	});
});

describe('rivals', () => {
	it('the lead changes hands at least three times in the Garage', () => {
		expect(figure('era1.lead-changes')).toBeGreaterThanOrEqual(3);
	});
});

describe('automation is a helper, not a player', () => {
	it.each(ERAS.map((e) => e.index))(
		'era %i: the active player reaches the goal at least 1.3× sooner than automation alone',
		(era) => {
			expect(figure(`era${era}.goal.active`)).toBeGreaterThan(0);
			expect(figure(`era${era}.automation-only.later`)).toBeGreaterThanOrEqual(30);
		}
	);
});

describe("the Cloud's decision: rent, buy or resell", () => {
	it('a player who never rents reaches the Cloud goal at least 25 % later than one who does', () => {
		expect(figure('era2.cloud.ignore-later')).toBeGreaterThanOrEqual(25);
	});

	// Rented racks can't be resold (resale pauses while any rack is rented): renting pays by
	// serving a spike or training, not by resale. Medians of five seeds, asked at 30 moments an
	// era (2026-12-02, auto): rent 3.7 %, buy 25 %, neither 67.9 %; never renting is 57.7 % later.
	it('renting and buying are each the better choice at some sampled moment', () => {
		expect(figure('era2.cloud.best.rent')).toBeGreaterThan(0);
		expect(figure('era2.cloud.best.buy')).toBeGreaterThan(0);
	});
});

describe("Hyperscale's decision: where and when to build campuses, and whether to fund silicon", () => {
	it('a player who never uses the Campus sites card reaches the goal at least 25 % later', () => {
		expect(figure('era3.hyper.ignore-later')).toBeGreaterThanOrEqual(25);
	});

	it('the cheap site, the dear site, funding silicon and not funding it are each the better choice at some sampled moment', () => {
		expect(figure('era3.hyper.site.cheap')).toBeGreaterThan(0);
		expect(figure('era3.hyper.site.dear')).toBeGreaterThan(0);
		expect(figure('era3.hyper.silicon.fund')).toBeGreaterThan(0);
		expect(figure('era3.hyper.silicon.skip')).toBeGreaterThan(0);
	});
});

describe("the Edge swarm's decision: a small model for the swarm or a big one", () => {
	it('a player who never distils nor recruits reaches the Edge goal at least 25 % later', () => {
		expect(figure('era4.edge.ignore-later')).toBeGreaterThanOrEqual(25);
	});

	// Distilling costs a pass of training (20 % of the run) and 5 capability points a tenfold
	// shrink: a full-size model is the better next model at some moments (the goal run, a run
	// whose small copy won't beat the served model, a model far past the reach). Medians of five
	// seeds (quick probe of 2026-12-03, edge2 branch): small 60 %, full 40 % (at 2 points a decade
	// on integ: 40/60).
	it('a small model on the swarm and a full-size one are each the better choice at 20 % of moments', () => {
		expect(figure('era4.edge.best.small')).toBeGreaterThanOrEqual(20);
		expect(figure('era4.edge.best.full')).toBeGreaterThanOrEqual(20);
	});

	// More device blocks now (a quarter of the cash) or none until the next release, raced to the
	// goal at the even sampled moments (probe/edge.ts moreOrHold). Medians of five seeds (quick
	// probe of 2026-12-03, edge2 branch): more 60 %, hold 40 %.
	it('more device blocks now and none until the next release are each the better choice at 20 % of moments', () => {
		expect(figure('era4.edge.blocks.best.more')).toBeGreaterThanOrEqual(20);
		expect(figure('era4.edge.blocks.best.hold')).toBeGreaterThanOrEqual(20);
	});
});

describe("Orbit's decision: charter a launch or wait for the window", () => {
	it('a player who never charters reaches the Orbit goal at least 25 % later', () => {
		expect(figure('era5.orbit.ignore-later')).toBeGreaterThanOrEqual(25);
	});

	// Each rocket before the next window is dearer than the last (content/orbit.ts). At a sampled
	// moment the cargo waiting then flies on one rocket now (saved for) or waits for the window
	// (probe/orbit.ts); at the arrival (no cargo yet) the player's own rule against every purchase
	// waiting for the first window. Pooled over five seeds with the arrival sampled: charter
	// 54.5 %, wait 45.5 %; after the first window charter 41.2 %.
	it('chartering and waiting are each the better choice at 20 % of sampled moments', () => {
		expect(figure('era5.orbit.best.charter')).toBeGreaterThanOrEqual(20);
		expect(figure('era5.orbit.best.wait')).toBeGreaterThanOrEqual(20);
	});

	// The era starts with two satellites up and its first window 10 min to 4 h away, drawn per
	// game (playtest 4: an empty orbit and a window 3 h away made chartering the only answer).
	// Five seeds: charter best at 2 arrivals, wait at 3 (first windows 144/48 vs 180/216/150 min).
	it('at the arrival, chartering and waiting are each the better choice in some games', () => {
		expect(figure('era5.orbit.arrival.charter')).toBeGreaterThan(0);
		expect(figure('era5.orbit.arrival.wait')).toBeGreaterThan(0);
	});

	it('chartering is the better choice at some moment after the first launch window, not only at the start', () => {
		expect(figure('era5.orbit.best.charter-late')).toBeGreaterThan(0);
	});
});

describe("Moon and Mars's decision: build far (Mars) or near (the Moon)", () => {
	it('a player who builds everything on the Moon reaches the goal at least 25 % later', () => {
		expect(figure('era6.moon.ignore-later')).toBeGreaterThanOrEqual(25);
	});

	it('building far and building near are each the better choice at some sampled moment', () => {
		expect(figure('era6.moon.best.far')).toBeGreaterThan(0);
		expect(figure('era6.moon.best.near')).toBeGreaterThan(0);
	});
});

// Panels land 12 minutes after they are ordered (content/dyson.ts); medians of five seeds:
// the player who never orders one is 107.5 % later, panel 60 %, chip 40 % of sampled moments.
// With the mem and bill branches stacked and Dyson's marketPrice 1: 89.3 % later, panel/chip
// 20/80 (panel per seed 30/10/20/20/0; it read 0 % at marketPrice 2). Each panel 11.5 % dearer
// than the last (1.08 before) and the Second ring dearer per watt than the first panel:
// 58.8 % later, panel/chip 80/20 (1.125: 50.4 %, 90/10; 1.13: chip 0 %).
describe("Dyson's decision: one more panel or one more chip", () => {
	it('a player who never collects a panel reaches the Dyson goal at least 25 % later', () => {
		expect(figure('era7.dyson.ignore-later')).toBeGreaterThanOrEqual(25);
	});

	it('a panel and a chip are each the better choice at some sampled moment', () => {
		expect(figure('era7.dyson.best.panel')).toBeGreaterThan(0);
		expect(figure('era7.dyson.best.chip')).toBeGreaterThan(0);
	});
});

// The beam (content/dyson.ts keptGain): the star's watts kept at the star train the run there,
// four to a beamed watt, and serve nothing. Pooled over five seeds (quick probe, dyson3): keep
// 42 %, beam 58 % of the sampled moments (an hour on, the scripted player's beam against every
// watt beamed). Since Earth's grid buys the beamed watts the chips do not draw (content/dyson.ts
// sale 0.02; late4) the spare is cash or a faster run: keep/beam 32/68, era7.beam.ignore-later
// 6.5 -> 22.9 % (per seed 9.9/26.4/6.5/64.1/22.9). Not yet asserted (target 25): sale 0.01-0.03
// read -4.8 to 24.3, each seed swinging tens of points between nearby settings.
describe("Dyson's beam: the star's watts kept at the star or beamed to the chips", () => {
	it('keeping and beaming are each the better choice at some sampled moment', () => {
		expect(figure('era7.beam.best.keep')).toBeGreaterThan(0);
		expect(figure('era7.beam.best.beam')).toBeGreaterThan(0);
	});
});

const eras = ERAS.map((e) => [e.index, e.name] as const);

// Memory binds at least 15 % of the era in the Garage, the Cloud, Orbit, Moon and Mars and Dyson
// (medians of five seeds on the mem2 branch, 2026-12-02: 16.2, 20.4, 59.6, 28.4, 53.3 %; 0, 0.2,
// 56.9, 45.9, 47.9 on the game before it). The Garage's Gaming GPU holds 18 GB (the starter
// model overflows it: a second card is memory as well as FLOP/s), the Cloud's models need 130 kB
// a parameter, and cards past the power hold no model (rates.ts), so buying cards the grid
// cannot run no longer lifts the squeeze. Hyperscale since its models need 400 kB a parameter
// (200k before): 49.5 % (per seed 16.5–68.4; 3.2 % before), quick probe of 2026-12-03 (mem
// branch). The Edge since its swarm serves at the share of the model its blocks hold (each
// block holds 1/190 of a model as big as a device's reach: content/edge.ts blockMemory): 27.6 %
// (1.9 % before: the swarm served a model distilled to its reach, and the datacenter's memory,
// which the player tops up, held it almost always), quick probe of 2026-12-03 (edge branch).
const bound = eras;
describe.each(bound)('memory is the board: era %i (%s)', (era) => {
	it('memory limits serving for at least 15 % of the era', () => {
		expect(figure(`era${era}.memory.bound`)).toBeGreaterThanOrEqual(15);
	});
});

// Orbit since its cards are compared flown on a chartered rocket (probe/choices.ts purchases):
// left in the hold for the window, hours away, neither card served within the horizon, and the
// memory-rich one was never the better buy (compute/memory/power 13.3/0/86.7 %); flown,
// 20/10/70 % (quick probe of 2026-12-03, edge branch).
describe.each(eras)('memory against compute: era %i (%s)', (era) => {
	it('a memory-rich purchase is the best at some moments, a compute-rich one at others', () => {
		expect(figure(`era${era}.purchase.best.memory`)).toBeGreaterThan(0);
		expect(figure(`era${era}.purchase.best.compute`)).toBeGreaterThan(0);
	});
});

// Reached in the Garage (15 %), the Cloud (11.2 %: its contracts' $/kWh about 2.5× what they
// were), Hyperscale (17.5 %: its grid contracts 3× and its campus sites 2.5×) and the Edge (12 %:
// the swarm's owners are paid 12 % of the price of every token it can serve, power-sources.ts).
// The Cloud's and Hyperscale's figures move a lot with small price changes (the chained eras):
// the Cloud at 2.5× exactly (177.5 and 32.5 for 178 and 33 $/kWh) took its era from 71.8 to
// 91.3 minutes and era2.memory.bound under 15; at 3× the bill is 19.7 % but
// era2.cloud.ignore-later 20.3 %. Orbit, Moon and Mars and Dyson bring their own power, and their
// contracts' kWh faded to under 0.01 % of revenue by mid-era (0 %): their own sources now cost a
// cut of the sales (power-sources.ts: Orbit's downlink and Moon and Mars's relay, a fee per token
// sent to Earth; Dyson's station-keeping, a share of what the panels' watts earn).
describe.each(eras)('power costs money: era %i (%s)', (era) => {
	it('the power bill is 10–40 % of revenue over the middle half of the era', () => {
		expect(figure(`era${era}.power.bill-share`)).toBeGreaterThanOrEqual(10);
		expect(figure(`era${era}.power.bill-share`)).toBeLessThanOrEqual(40);
	});
});

describe('power contracts compete with hardware', () => {
	it('a contract is the best next purchase at some moments of the first eras', () => {
		expect(figure('era1.purchase.best.power') + figure('era2.purchase.best.power')).toBeGreaterThan(
			0
		);
	});
});

describe('the market: train ↔ serve, capacity, price and release timing', () => {
	it.each(eraNumbers)(
		'era %i: the best train share over 10 minutes spans at least 50 points',
		(e) => {
			expect(fig(e, 'train-share.span')).toBeGreaterThanOrEqual(50);
		}
	);

	// Orbit reached within 2x (55 -> 64.8 %) when its market was cut by 3 decades (the late
	// branch, 2026-12-03): it sold out 94 % of the era.
	it.each(eraNumbers)(
		'era %i: after the first release demand is within 2x of capacity 60 %% of the time, and above it 20 %%',
		(e) => {
			expect(fig(e, 'capacity.within-2x')).toBeGreaterThanOrEqual(60);
			expect(fig(e, 'capacity.short')).toBeGreaterThanOrEqual(20);
		}
	);

	// The Edge swarm's serving made the Edge's spare 66 %. Orbit, Moon and Mars and Dyson sold out
	// 94-97 % of the era (spare 5.6, 4.5, 3.2 %) until their markets were cut by 3, 2.75 and 3
	// decades (era-specs.ts marketShift; the late branch): spare 59.9, 47.7 and 27.7 %.
	it.each(eraNumbers)('era %i: capacity is spare at least 20 %% of the time', (e) => {
		expect(fig(e, 'capacity.spare')).toBeGreaterThanOrEqual(20);
	});

	// In the Cloud since rented racks can't be resold and the spot rate is 0.25 (premium 70 %).
	// In Dyson since its market was cut by 3 decades (premium 90 -> 30 %: it sold out 97 % of the era).
	it.each(eraNumbers)(
		'era %i: premium is the best price at 15 %% of moments, and not always',
		(e) => {
			expect(fig(e, 'price.best.premium')).toBeGreaterThanOrEqual(15);
			expect(fig(e, 'price.best.premium')).toBeLessThan(100);
		}
	);

	// Cheap is best only where capacity is spare and the lab does not dominate its market: Orbit,
	// Moon and Mars and Dyson were cheap 10/10/0 % while they sold out; with their markets cut (the
	// late branch) cheap/standard/premium are 50/20/40, 60/20/20 and 40/20/30 %. The Cloud read
	// cheap 0 % (standard 40, premium 60) while idle capacity resold at the full spot rate: with
	// the spot price lowered by the glut of an idle fleet (cloud.ts spotGlut, exponent 0.3) it
	// reads 30/40/30 (per seed cheap 20/30/40/20/30; quick probe of 2026-12-03, cheap branch).
	it.each([1, 2, 3, 4, 5, 6, 7])('era %i: each price tier is the best at 15 %% of moments', (e) => {
		for (const tier of ['cheap', 'standard', 'premium'])
			expect(fig(e, `price.best.${tier}`), tier).toBeGreaterThanOrEqual(15);
	});

	// Each option plays the lab on (it trains and buys meanwhile) and only the release moves
	// (probe/release.ts); 20 gate moments a seed and era. On the frozen lab it used before
	// (nothing bought while holding) and 10 moments, the Garage held 90 % and Moon and Mars and
	// Dyson read hold 25/30 by luck (20/12.5 with 20 moments): holding builds nothing there.
	// Played on (2026-12-03, main ad94d5c's game), now/hold: 60/40, 45/55, 30/70, 35/65, 30/70,
	// 52.6/47.4, 62.5/37.5.
	it.each(eraNumbers)('era %i: holding and releasing now each win 25 %% of gate moments', (e) => {
		expect(fig(e, 'release.now-best')).toBeGreaterThanOrEqual(25);
		expect(fig(e, 'release.hold-best')).toBeGreaterThanOrEqual(25);
	});
});
