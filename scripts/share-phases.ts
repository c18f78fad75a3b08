// Two-phase train-share policies against the constant ones, from the constant-share race's
// starts (probe/constant.ts): is a player who serves first and trains later much faster than
// the best constant share? `tsx scripts/share-phases.ts <eras> <first era> <seed>...` prints,
// per era and seed, how much later (%) than the adaptive player each policy reaches the goal:
// `c<x>` holds x; `<a>><b>@<f>` holds a until f of the adaptive player's mean time, then b;
// `ad` is the adaptive player's own share. Then each policy's median over the seeds.
import { eraContent } from '../src/lib/content';
import { advance, cloneState, type GameState } from '../src/lib/engine';
import { playActive } from '../src/lib/sim/players';
import { CONSTANT_SHARES, RACE_OFFSETS, raceToGoal } from '../src/lib/sim/probe/constant';

interface Policy {
	name: string;
	/** The share held `elapsed` seconds after the start, `time` the adaptive player's mean. */
	share: (elapsed: number, time: number) => number | null;
}

const [eras, first, ...seeds] = process.argv.slice(2).map(Number);
const phase = (a: number | null, b: number | null, f: number): Policy => ({
	name: `${a ?? 'ad'}>${b ?? 'ad'}@${f}`,
	share: (elapsed, time) => (elapsed < f * time ? a : b)
});
const policies: Policy[] = [
	...CONSTANT_SHARES.map((x) => ({ name: `c${x}`, share: () => x })),
	...[0.1, 0.3].flatMap((a) =>
		[0.7, 0.9].flatMap((b) => [0.3, 0.5, 0.7].map((f) => phase(a, b, f)))
	),
	phase(null, 0.9, 0.5),
	phase(null, 0.9, 0.7),
	phase(0.1, null, 0.5)
];

/** Mean seconds to the goal over the race's starts (as meanSecondsToGoal). */
function meanTime(from: GameState, p: Policy | null, time: number, limit: number): number {
	let sum = 0;
	for (const offset of RACE_OFFSETS) {
		const s = cloneState(from);
		advance(s, eraContent(s.eraId), offset);
		sum +=
			offset +
			raceToGoal(s, limit, (st, _c, act) => {
				const x = p?.share(st.tick - from.tick, time) ?? null;
				if (x !== null && st.run) act({ type: 'train-share', share: x });
			});
	}
	return sum / RACE_OFFSETS.length;
}

const later: Record<string, number[]> = {};
for (const seed of seeds) {
	const starts: GameState[] = [];
	const { eraSeconds } = playActive(seed, 4 * 86_400, 5, eras, (s) => {
		if (starts.at(-1)?.eraId !== s.eraId) starts.push(cloneState(s));
	});
	for (let e = first - 1; e < eras; e++) {
		const limit = 3 * eraSeconds[e];
		const time = meanTime(starts[e], null, eraSeconds[e], limit);
		const row = policies.map((p) => 100 * (meanTime(starts[e], p, time, limit) / time - 1));
		policies.forEach((p, i) => (later[`era${e + 1} ${p.name}`] ??= []).push(row[i]));
		console.log(`era${e + 1} seed ${seed}: adaptive ${(time / 60).toFixed(0)} min`);
		console.log('  ' + policies.map((p, i) => `${p.name}:${row[i].toFixed(0)}`).join(' '));
	}
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
for (const [k, v] of Object.entries(later))
	console.log(`${k}: median ${median(v).toFixed(1)} (${v.map((x) => x.toFixed(0)).join(' ')})`);
