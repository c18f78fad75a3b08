// One era of the adaptive player from a saved start (scripts/era-starts.ts save), so a change to
// the era's content is measured in seconds:  tsx scripts/era-trace.ts <dir> <era> <seed>
// Every EVERY seconds of lab time (600): train share, memory / footprint, demand / capacity, hype,
// releases, capability, price tier, researchers, the run; at the end, as the probe reads them
// (roughly): memory bound, demand within 2x of capacity and above it, the bill's share.
import { readFileSync } from 'node:fs';
import { eraContent } from '../src/lib/content';
import { cutPay, market, rates, revenue } from '../src/lib/engine';
import { decodeState } from '../src/lib/save/codec';
import { playOn } from '../src/lib/sim/probe/constant';

const [dir, era, seed] = process.argv.slice(2);
const { seconds, state } = JSON.parse(readFileSync(`${dir}/s${seed}-e${era}.json`, 'utf8'));
const start = decodeState(state);
const c = eraContent(start.eraId);
let next = 0;
const bills: number[] = [];
let bound = 0,
	w2 = 0,
	after = 0,
	last = 0,
	short = 0;
const end = playOn(start, 3 * seconds, (s) => {
	const r = rates(s, c);
	const m = market(r, s.hype);
	const dt = s.tick - last;
	last = s.tick;
	if (r.memoryFit < 1) bound += dt;
	if (s.tick > seconds / 4 && s.tick < (3 * seconds) / 4) {
		const pay = cutPay(m.served, r);
		const income = revenue(m, r).add(pay);
		if (income.gt(0)) bills.push(r.powerCost.add(pay).div(income).toNumber());
	}
	if (s.stats.modelsReleased > 0 && r.capacity.gt(0)) {
		const q = m.demand.div(r.capacity).toNumber();
		after += dt;
		if (q >= 0.5 && q <= 2) w2 += dt;
		if (q > 1) short += dt;
	}
	if (s.tick < next) return;
	next = s.tick + Number(process.env.EVERY ?? 600);
	console.log(
		`${Math.round(s.tick / 60)} min: share ${s.trainShare.toFixed(2)} fit ${r.memoryFit.toFixed(2)}`,
		`mem/foot ${r.memory.div(r.footprint).toPrecision(3)} d/cap ${m.demand.div(r.capacity).toPrecision(3)}`,
		`hype ${Number(s.hype).toPrecision(3)} base/cap ${r.baseDemand.div(r.capacity).toPrecision(3)} released ${s.stats.modelsReleased} runs ${s.stats.runsFinished} cap ${s.model.capability.toFixed(1)}`,
		`tier ${s.priceTier} res ${s.researchers} run ${s.run?.sizeId ?? '-'} ${s.run ? s.run.progress.div(s.run.target).toFixed(2) : ''}`
	);
});
console.log(
	`end ${Math.round(end.tick / 60)} min goal ${end.goalReached}; memory bound ${((100 * bound) / end.tick).toFixed(1)} %, within2x ${((100 * w2) / Math.max(1, after)).toFixed(1)} %, short ${((100 * short) / Math.max(1, after)).toFixed(1)} %, bill ${(100 * bills.sort((a, b) => a - b)[bills.length >> 1]).toFixed(1)} %`
);
