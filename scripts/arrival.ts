// Orbit's arrival, charter or wait, from saved era starts (scripts/era-starts.ts save):
//   tsx scripts/arrival.ts <dir> <seed>...
// Per seed: the first window's minute, each option's worth (probe/orbit.ts charterOrWait) and
// what makes it: FLOP trained, cash and holdings at the end, and the model's capability.
import { readFileSync } from 'node:fs';
import { eraContent } from '../src/lib/content';
import { cloneState, nextWindow, orbitOf, rates, type GameState } from '../src/lib/engine';
import { decodeState } from '../src/lib/save/codec';
import { playOn } from '../src/lib/sim/probe/constant';
import { charterOrWait } from '../src/lib/sim/probe/orbit';
import { trainedSince } from '../src/lib/sim/probe/worth';

const [dir, ...seeds] = process.argv.slice(2);
for (const seed of seeds.map(Number)) {
	const { seconds, state } = JSON.parse(readFileSync(`${dir}/s${seed}-e5.json`, 'utf8'));
	const s: GameState = decodeState(state);
	const c = eraContent(s.eraId);
	const window = nextWindow(orbitOf(c)!, s);
	const out = charterOrWait(s, seconds)!;
	const show = (name: string, e: GameState) => {
		const r = rates(e, c);
		return `${name}: trained ${trainedSince(s, e).toExponential(2)} cash ${e.cash.toExponential(2)} cap ${e.model.capability.toFixed(1)} insight/s ${r.insightRate.toExponential(2)} algo ${r.mult.algoEfficiency.toPrecision(3)} flops ${r.compute.toExponential(2)} orders ${e.orders.length}`;
	};
	const grounded = cloneState(s);
	grounded.orbit.charter = false;
	const horizon = window - s.tick + 600;
	console.log(
		`seed ${seed}: window ${Math.round(window / 60)} min;`,
		out.map((o) => `${o.option} ${o.worth.toFixed(3)}`).join(', ')
	);
	console.log('  ' + show('charter', playOn(s, horizon)));
	console.log(
		'  ' +
			show('wait', playOn(playOn(grounded, window - s.tick, undefined, { ignores: s.eraId }), 600))
	);
}
