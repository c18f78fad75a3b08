// The targets of issue 17 (DECISIONS.md "Each era brings a decision"): each era's decision
// matters (the player who ignores it is later) and each of its options is the better one at some
// sampled moments. Part of the probe's TARGETS (targets.ts), with each target's history.
import type { Target } from './target';

export const ERA_DECISION_TARGETS: readonly Target[] = [
	{
		claim: 'a player who never rents reaches the Cloud goal at least 25 % later',
		figures: ['era2.cloud.ignore-later'],
		min: 25
	},
	// Rented racks can't be resold (resale pauses while any rack is rented): renting pays by
	// serving a spike or training, not by resale. Medians of five seeds, asked at 30 moments an
	// era (2026-12-02, auto): rent 3.7 %, buy 25 %, neither 67.9 %; never renting is 57.7 % later.
	// Racks priced on the spot market (market7, fifteen seeds, quick probe of 2026-12-04): never
	// renting 59.7 -> 40.3 % later (blocks 63.3 / 51.2 / 17.5) with the renter's two-hour cushion,
	// 121.9 % (120.3 / 139.7 / 128.6) with one; rent / buy / neither best at 16 / 7.4 / 76.6 %.
	{
		claim: 'renting is the better choice at some sampled moment',
		figures: ['era2.cloud.best.rent'],
		above: 0
	},
	{
		claim: 'buying is the better choice at some sampled moment',
		figures: ['era2.cloud.best.buy'],
		above: 0
	},
	{
		claim: 'a player who never uses the Campus sites card reaches the goal at least 25 % later',
		figures: ['era3.hyper.ignore-later'],
		min: 25
	},
	...['site.cheap', 'site.dear', 'silicon.fund', 'silicon.skip'].map((x) => ({
		claim: `Hyperscale: ${x} is the better choice at some sampled moment`,
		figures: [`era3.hyper.${x}`],
		above: 0
	})),
	{
		claim: 'a player who never distils nor recruits reaches the Edge goal at least 25 % later',
		figures: ['era4.edge.ignore-later'],
		min: 25
	},
	// Distilling costs a pass of training (20 % of the run) and 5 capability points a tenfold
	// shrink: a full-size model is the better next model at some moments (the goal run, a run
	// whose small copy won't beat the served model, a model far past the reach). Medians of five
	// seeds (quick probe of 2026-12-03, edge2 branch): small 60 %, full 40 % (at 2 points a decade
	// on integ: 40/60).
	// More device blocks now (a quarter of the cash) or none until the next release, raced to the
	// goal at the even sampled moments (probe/edge.ts moreOrHold). Medians of five seeds (quick
	// probe of 2026-12-03, edge2 branch): more 60 %, hold 40 %.
	...['best.small', 'best.full', 'blocks.best.more', 'blocks.best.hold'].map((x) => ({
		claim: `the Edge: ${x} is the better choice at 20 % of sampled moments`,
		figures: [`era4.edge.${x}`],
		min: 20
	})),
	{
		claim: 'a player who never charters reaches the Orbit goal at least 25 % later',
		figures: ['era5.orbit.ignore-later'],
		min: 25
	},
	// Each rocket before the next window is dearer than the last (content/orbit.ts). At a sampled
	// moment the cargo waiting then flies on one rocket now (saved for) or waits for the window
	// (probe/orbit.ts); at the arrival (no cargo yet) the player's own rule against every purchase
	// waiting for the first window. Pooled over five seeds with the arrival sampled: charter
	// 54.5 %, wait 45.5 %; after the first window charter 41.2 %.
	...['charter', 'wait'].map((x) => ({
		claim: `Orbit: ${x} is the better choice at 20 % of sampled moments`,
		figures: [`era5.orbit.best.${x}`],
		min: 20
	})),
	// The era starts with two satellites up and its first window 10 min to 4 h away, drawn per
	// game (playtest 4: an empty orbit and a window 3 h away made chartering the only answer).
	// Five seeds: charter best at 2 arrivals, wait at 3 (first windows 144/48 vs 180/216/150 min).
	...['arrival.charter', 'arrival.wait', 'best.charter-late'].map((x) => ({
		claim: `Orbit: ${x} is the better choice in some games`,
		figures: [`era5.orbit.${x}`],
		above: 0
	})),
	// Far sites train, near sites serve (content/moon-mars.ts). The player built far only while its
	// run still needed 15 minutes (moon-strategy.ts FAR_RUN 900), but era 6's runs are sized to the
	// fleet's memory and mostly finish within minutes (a run needed 15 minutes at 7–24 of 710–1000
	// rounds): it built far once an era, 103–246 minutes in, and ignoring Mars read 13.5 % on
	// fifteen seeds (blocks 41.7 / 9.0 / −0.4; per seed −13.7 to 101). Built while the run needs
	// longer than the light delay (sync 120 s, Mars's floor on a run; the moon5 branch, quick probe
	// of 2026-12-03): 41 % (blocks 43 / 41 / 34.4; per seed −10.9 to 98.8), far/near best at 82/18 %
	// of the sampled moments (70/30 before). A bar of 0, 60 or 200 s read 37.8, 39.8, 39.7.
	{
		claim: 'a player who builds everything on the Moon reaches the goal at least 25 % later',
		figures: ['era6.moon.ignore-later'],
		min: 25
	},
	...['far', 'near'].map((x) => ({
		claim: `Moon and Mars: building ${x} is the better choice at some sampled moment`,
		figures: [`era6.moon.best.${x}`],
		above: 0
	})),
	// Panels land 12 minutes after they are ordered (content/dyson.ts); medians of five seeds:
	// the player who never orders one is 107.5 % later, panel 60 %, chip 40 % of sampled moments.
	// With the mem and bill branches stacked and Dyson's marketPrice 1: 89.3 % later, panel/chip
	// 20/80 (panel per seed 30/10/20/20/0; it read 0 % at marketPrice 2). Each panel 11.5 % dearer
	// than the last (1.08 before) and the Second ring dearer per watt than the first panel:
	// 58.8 % later, panel/chip 80/20 (1.125: 50.4 %, 90/10; 1.13: chip 0 %).
	{
		claim: 'a player who never collects a panel reaches the Dyson goal at least 25 % later',
		figures: ['era7.dyson.ignore-later'],
		min: 25
	}
	// The beam (content/dyson.ts keptGain): the star's watts kept at the star train the run there,
	// four to a beamed watt, and serve nothing. Pooled over five seeds (quick probe, dyson3): keep
	// 42 %, beam 58 % of the sampled moments (an hour on, the scripted player's beam against every
	// watt beamed). Since Earth's grid buys the beamed watts the chips do not draw (content/dyson.ts
	// sale 0.02; late4) the spare is cash or a faster run: keep/beam 32/68, era7.beam.ignore-later
	// 6.5 -> 22.9 % (per seed 9.9/26.4/6.5/64.1/22.9). Not yet asserted (target 25): sale 0.01-0.03
	// read -4.8 to 24.3, each seed swinging tens of points between nearby settings.
];
