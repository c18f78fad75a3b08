// Writes tests/fixtures/saves/v<N>.json: a real save record of the current format, made by
// the scripted player after 20 minutes of play. Run once per new save version, then commit:
//   npx tsx scripts/save-fixture.ts
import { writeFileSync } from 'node:fs';
import { eraContent } from '../src/lib/content';
import {
	campusCost,
	apply,
	checkAchievements,
	cloneState,
	distilView,
	EPOCH_POINTS,
	flow,
	newGame,
	panelCost,
	quoteHardware,
	rates,
	rentHourly,
	recordSeries,
	siliconCost,
	recruitQuote,
	runTimeLeft,
	startNewEra,
	type GameState
} from '../src/lib/engine';
import { SCHEMA_VERSION } from '../src/lib/engine/state';
import { makeRecord } from '../src/lib/save/record';
import { playActive } from '../src/lib/sim/players';
import { toCheckIn } from './check-in';

const { state } = playActive(2026, 20 * 60);
const record = makeRecord(state, Date.UTC(2026, 10, 22, 9, 0, 0), 42);
const path = `tests/fixtures/saves/v${SCHEMA_VERSION}.json`;
writeFileSync(path, JSON.stringify(record, null, 1) + '\n');
console.log(`${path}: ${state.model.name}, cash ${state.cash.toString()}`);
// The same Garage lab, twenty minutes in, for the browser tests (rewritten with each version).
writeFileSync('tests/fixtures/e2e/garage.json', JSON.stringify(record) + '\n');

// A Garage lab that has just reached its goal, for the browser test of a new era.
const near = playActive(7).state;
if (!near.goalReached) throw new Error('the scripted player did not reach the goal');
writeFileSync(
	'tests/fixtures/e2e/goal-reached.json',
	JSON.stringify(makeRecord(near, Date.UTC(2026, 10, 22, 9, 0, 0), 9)) + '\n'
);
console.log(
	`tests/fixtures/e2e/goal-reached.json: ${near.model.name}, capability ${near.model.capability}`
);

// A mid-game lab (three eras in, with achievements and an income chart, as the runtime would
// have recorded them), at a check-in, for the browser tests of statistics and for Lighthouse.
const mid = playActive(5, 12 * 3600, 5, 3, (s) => {
	const c = eraContent(s.eraId);
	const r = rates(s, c);
	const f = flow(s, r);
	recordSeries(s, f.cashPerSec);
	checkAchievements(s, c, r, f);
}).state;
toCheckIn(mid);
writeFileSync(
	'tests/fixtures/e2e/mid-game.json',
	JSON.stringify(makeRecord(mid, Date.UTC(2026, 10, 22, 9, 0, 0), 30)) + '\n'
);
console.log(
	`tests/fixtures/e2e/mid-game.json: ${mid.eraId}, ${Object.keys(mid.meta.achievements).length} achievements, ${mid.series.length} income points`
);

// A late-era lab (six eras in, perks and automation, orders on the way), at a check-in, for
// the restless-thumb browser test.
const late = playActive(11, 24 * 3600, 5, 6).state;
toCheckIn(late);
writeFileSync(
	'tests/fixtures/e2e/late-era.json',
	JSON.stringify(makeRecord(late, Date.UTC(2026, 10, 22, 9, 0, 0), 60)) + '\n'
);
console.log(`tests/fixtures/e2e/late-era.json: ${late.eraId}, ${late.orders.length} orders`);

// A lab at the end of the road (the Dyson goal reached) with a model at the gate good enough
// for the first endless epoch, for the browser test of the final screen.
const end = newGame(17, 'dyson');
const dyson = eraContent('dyson').era;
end.goalReached = true;
end.meta.finished = true;
end.meta.eraTicks = [2400, 5000, 9000, 16_000, 28_000, 46_000];
end.model = { ...end.model, capability: dyson.goalCapability };
end.gate = { ...end.model, name: 'Sol-9', capability: dyson.goalCapability + EPOCH_POINTS + 1 };
end.tick = 50_000;
writeFileSync(
	'tests/fixtures/e2e/endless.json',
	JSON.stringify(makeRecord(end, Date.UTC(2026, 10, 22, 9, 0, 0), 80)) + '\n'
);
console.log(`tests/fixtures/e2e/endless.json: ${end.gate.name} at the gate`);

// A Cloud lab at its start with cash for a few hours of rented racks, for the browser test of
// renting and spot resale.
const cloudLab = newGame(9, 'cloud');
cloudLab.cash = rentHourly(cloudLab, eraContent('cloud')).mul(20);
writeFileSync(
	'tests/fixtures/e2e/cloud.json',
	JSON.stringify(makeRecord(cloudLab, Date.UTC(2026, 10, 22, 9, 0, 0), 90)) + '\n'
);
console.log('tests/fixtures/e2e/cloud.json: a Cloud lab at its start');
// A Hyperscale lab at its start with cash for a few campuses and insight for a generation of
// silicon, for the browser test of the Campus sites card.
const hyperLab = newGame(9, 'hyperscale');
hyperLab.cash = campusCost(hyperLab, eraContent('hyperscale')).mul(30);
hyperLab.insight = siliconCost(hyperLab, eraContent('hyperscale'))!.insight.mul(1.5);
writeFileSync(
	'tests/fixtures/e2e/hyperscale.json',
	JSON.stringify(makeRecord(hyperLab, Date.UTC(2026, 10, 22, 9, 0, 0), 95)) + '\n'
);
console.log('tests/fixtures/e2e/hyperscale.json: a Hyperscale lab at its start');
// An Orbit lab at its start with cash for a few satellites, for the browser test of launch
// windows and chartered rockets.
const orbitLab = newGame(9, 'orbit');
orbitLab.cash = quoteHardware(orbitLab, eraContent('orbit'), 'sat-node', 6)!.cost;
writeFileSync(
	'tests/fixtures/e2e/orbit.json',
	JSON.stringify(makeRecord(orbitLab, Date.UTC(2026, 10, 22, 9, 0, 0), 91)) + '\n'
);
console.log('tests/fixtures/e2e/orbit.json: an Orbit lab at its start');
// The same lab with nothing in orbit and a satellite waiting for the window (an Orbit save from
// before the era's start fleet, or one that lost it): nothing to train on, and the Lab says why.
const emptyOrbit = cloneState(orbitLab);
emptyOrbit.hardware = {};
apply(emptyOrbit, eraContent('orbit'), { type: 'buy', hardware: 'sat-node', count: 1 });
writeFileSync(
	'tests/fixtures/e2e/orbit-empty.json',
	JSON.stringify(makeRecord(emptyOrbit, Date.UTC(2026, 10, 22, 9, 0, 0), 92)) + '\n'
);
console.log('tests/fixtures/e2e/orbit-empty.json: an empty orbit, a satellite waiting');
// The same lab with 58 satellites booked on the first window (a window lifts 60: orbit.ts) and
// cash for a few more and a rocket, for the browser test of the window's manifest and the trade.
const manifestOrbit = cloneState(orbitLab);
manifestOrbit.cash = quoteHardware(manifestOrbit, eraContent('orbit'), 'sat-node', 70)!.cost.mul(3);
apply(manifestOrbit, eraContent('orbit'), { type: 'buy', hardware: 'sat-node', count: 58 });
writeFileSync(
	'tests/fixtures/e2e/orbit-manifest.json',
	JSON.stringify(makeRecord(manifestOrbit, Date.UTC(2026, 10, 22, 9, 0, 0), 93)) + '\n'
);
console.log('tests/fixtures/e2e/orbit-manifest.json: an Orbit start, the first window nearly full');
// A Dyson lab at its start with cash for a few panels, for the browser test of the star. It
// holds the Moat a played lab brings to Dyson, none of it spent yet (the scripted player of
// endless-played.json, seed 2, at the Moon's goal: its Moat and the Moon's grant), so a player
// who loads it can buy Dyson's automations (playtest 44 found 0 Moat).
const dysonLab = newGame(9, 'dyson');
dysonLab.cash = panelCost(dysonLab, eraContent('dyson')).mul(5);
const arrived = startNewEra(playActive(2, 4 * 86_400, 5, 6).state);
if (!arrived.ok || arrived.state.eraId !== 'dyson')
	throw new Error('the scripted player did not reach Dyson');
dysonLab.meta.moat = arrived.state.meta.moat;
dysonLab.meta.moatEarned = arrived.state.meta.moat;
writeFileSync(
	'tests/fixtures/e2e/dyson.json',
	JSON.stringify(makeRecord(dysonLab, Date.UTC(2026, 10, 22, 9, 0, 0), 92)) + '\n'
);
console.log(`tests/fixtures/e2e/dyson.json: a Dyson lab at its start, ${dysonLab.meta.moat} Moat`);
// A lab whose served model does not fit its fleet's memory (the scripted player's first such
// moment after ten minutes, in the first three eras), for the browser test of the memory meter.
let tight: GameState | null = null;
playActive(1, 8 * 3600, 5, 3, (s) => {
	if (!tight && s.tick > 600 && rates(s, eraContent(s.eraId)).memoryFit < 0.9)
		tight = cloneState(s);
});
if (!tight) throw new Error('the scripted player was never short of memory');
writeFileSync(
	'tests/fixtures/e2e/memory-bound.json',
	JSON.stringify(makeRecord(tight, Date.UTC(2026, 10, 22, 9, 0, 0), 12)) + '\n'
);
console.log('tests/fixtures/e2e/memory-bound.json');

// An Edge lab at its start, with a run under way whose model is too big for the swarm and
// cash for a few device blocks, for the browser test of recruiting and distilling. The smallest
// such run (playtest 4: the first ten times too big was a 25-day "Massive" run; Solid, 1.5x the
// reach, trains in hours at the era's start).
const edge = eraContent('edge');
const edgeLab = newGame(9, 'edge');
edgeLab.cash = recruitQuote(edgeLab, edge, 1)!.cost.mul(5);
const tooBig = edge.era.runSizes.find((z) => {
	const trial = cloneState(edgeLab);
	apply(trial, edge, { type: 'start-run', size: z.id });
	return (distilView(trial, edge, rates(trial, edge))?.small?.shrink ?? 0) > 1;
});
if (!tooBig) throw new Error('no run size makes a model too big for the swarm');
apply(edgeLab, edge, { type: 'start-run', size: tooBig.id });
const edgeRun = runTimeLeft(edgeLab, rates(edgeLab, edge), edge);
if (!(edgeRun < 86_400)) throw new Error(`the Edge fixture's run takes ${edgeRun} s`);
writeFileSync(
	'tests/fixtures/e2e/edge.json',
	JSON.stringify(makeRecord(edgeLab, Date.UTC(2026, 10, 22, 9, 0, 0), 91)) + '\n'
);
console.log(`tests/fixtures/e2e/edge.json: an Edge lab running ${tooBig.name}`);
// A Moon and Mars lab at its start, with a run under way and cash for a few far units, for the
// browser test of building far (on Mars) or near (on the Moon).
const moon = eraContent('moon-mars');
const moonLab = newGame(9, 'moon-mars');
apply(moonLab, moon, { type: 'start-run', size: moon.era.runSizes[3].id });
moonLab.cash = quoteHardware(moonLab, moon, 'lunar-fab', 6)!.cost;
writeFileSync(
	'tests/fixtures/e2e/moon.json',
	JSON.stringify(makeRecord(moonLab, Date.UTC(2026, 10, 22, 9, 0, 0), 93)) + '\n'
);
console.log('tests/fixtures/e2e/moon.json: a Moon and Mars lab at its start');
