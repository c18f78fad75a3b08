// Hindsight bang-bang against constant shares, from saved era starts (balance exploration): per
// seed the adaptive player's mean minutes, then each policy's % later: constant x, and "x>0.9@f"
// (x until f of the adaptive player's minutes, 0.9 after). Mean over the race's offsets.
import { readFileSync } from 'node:fs';
import { eraContent } from '../src/lib/content';
import { advance, cloneState, type GameState } from '../src/lib/engine';
import { decodeState } from '../src/lib/save/codec';
import { RACE_OFFSETS, playOn } from '../src/lib/sim/probe/constant';

const [dir, era, ...seeds] = process.argv.slice(2);
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
function mean(start: GameState, seconds: number, policy: ((t: number) => number) | null): number {
	let sum = 0;
	for (const offset of RACE_OFFSETS) {
		const s = cloneState(start);
		advance(s, eraContent(s.eraId), offset);
		const t0 = s.tick;
		const end = playOn(
			s,
			3 * seconds,
			policy
				? (x, _c, act) => {
						if (x.run) act({ type: 'train-share', share: policy(x.tick - t0) });
					}
				: undefined,
			policy ? { holdShare: policy(0) } : {}
		);
		sum += offset + (end.goalReached ? end.tick - t0 : Infinity);
	}
	return sum / RACE_OFFSETS.length;
}
const policies: [string, (a: number) => (t: number) => number][] = [];
for (const x of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
	policies.push([`${x}`, () => () => x]);
for (const x of (process.env.XS ?? '0,0.1,0.2,0.3').split(',').map(Number))
	for (const f of (process.env.FS ?? '0.5,0.65,0.8').split(',').map(Number))
		policies.push([`${x}>0.9@${f}`, (a) => (t) => (t < f * a ? x : 0.9)]);
const table: Record<string, number[]> = {};
for (const seed of seeds.map(Number)) {
	const { seconds, state } = JSON.parse(readFileSync(`${dir}/s${seed}-e${era}.json`, 'utf8'));
	const start = decodeState(state);
	const a = mean(start, seconds, null);
	const row = policies.map(([name, p]) => {
		const v = 100 * (mean(start, seconds, p(a)) / a - 1);
		(table[name] ??= []).push(v);
		return v.toFixed(0);
	});
	console.log(`seed ${seed}: ${(a / 60).toFixed(0)} min; ${row.join(' ')}`);
}
for (const [name, vs] of Object.entries(table))
	console.log(`${name}: median ${median(vs).toFixed(1)} %`);
