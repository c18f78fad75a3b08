// The constant-share race (probe/constant.ts) from saved era starts, so a balance change to one
// era is raced without replaying the eras before it (a change to an era's own content leaves
// its start as the game before it left it; replay once the eras before it change):
//   tsx scripts/era-starts.ts save <dir> <eras> <seed>...   each era's start, as constantRace
//                                                           takes it, to <dir>/s<seed>-e<era>.json
//   tsx scripts/era-starts.ts race <dir> <era> <seed>...    per seed, the adaptive player's mean
//                                                           minutes and how much later each
//                                                           constant share gets there (%), then
//                                                           the era's constant-share.later
//   tsx scripts/era-starts.ts pace <dir> <era> <seed>       every 20 minutes of the adaptive
//                                                           player's era, what research multiplies
//   tsx scripts/era-starts.ts price <dir> <era> <seed>...   the era's price figures (the probe's
//                                                           ten moments), short and memory bound
// From the starts of main e37f2d5 the race gives the probe's figure (Hyperscale, fifteen seeds:
// 5.6 %, as constant-race.ts) at about 15 s a seed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { eraContent, PRICE_TIERS } from '../src/lib/content';
import { cloneState, market, rates, type GameState } from '../src/lib/engine';
import { multipliers } from '../src/lib/engine/effects';
import { decodeState, encodeState } from '../src/lib/save/codec';
import { playActive } from '../src/lib/sim/players';
import { best, constantLater } from '../src/lib/sim/probe';
import { priceTiers } from '../src/lib/sim/probe/choices';
import { decisionRace } from '../src/lib/sim/probe/era-figures';
import { AT_SHARE, CONSTANT_SHARES, playOn, raceFigures } from '../src/lib/sim/probe/constant';

const [command, dir, count, ...seeds] = process.argv.slice(2);
const file = (seed: number, era: number) => `${dir}/s${seed}-e${era}.json`;
const read = (seed: number, era: number) => {
	const { seconds, state } = JSON.parse(readFileSync(file(seed, era), 'utf8'));
	return { seconds: seconds as number, start: decodeState(state) };
};

if (command === 'save') {
	mkdirSync(dir, { recursive: true });
	for (const seed of seeds.map(Number)) {
		const starts: GameState[] = [];
		const { eraSeconds } = playActive(seed, 4 * 86_400, 5, Number(count), (s) => {
			if (starts.at(-1)?.eraId !== s.eraId) starts.push(cloneState(s));
		});
		starts.forEach((s, e) =>
			writeFileSync(
				file(seed, e + 1),
				JSON.stringify({ seconds: eraSeconds[e], state: encodeState(s) })
			)
		);
		console.log(
			`seed ${seed}: minutes per era`,
			eraSeconds.map((x) => Math.round(x / 60))
		);
	}
} else if (command === 'race') {
	const era = Number(count);
	const perSeed = seeds.map(Number).map((seed) => {
		const { seconds, start } = read(seed, era);
		const f = raceFigures(start, seconds);
		const later = CONSTANT_SHARES.map((x) => f[`${AT_SHARE}${x}`].toFixed(1)).join(' ');
		console.log(`  seed ${seed}: ${f.minutes.toFixed(0)} min; ${later}`);
		return f;
	});
	console.log(`era${era}.constant-share.later: ${constantLater(perSeed).toFixed(1)} %`);
} else if (command === 'pace') {
	const { seconds, start } = read(Number(seeds[0]), Number(count));
	const c = eraContent(start.eraId);
	let next = 0;
	playOn(start, 3 * seconds, (s) => {
		if (s.tick < next) return;
		next = s.tick + 1200;
		const m = multipliers(s.research, c, s.meta.perks);
		console.log(
			`${Math.round(s.tick / 60)} min: capability ${s.model.capability},`,
			`algorithms ×${m.algoEfficiency.toPrecision(3)}, compute ×${m.compute.toPrecision(3)},`,
			`insight ×${m.insightRate.toPrecision(3)}, ${s.researchers} researchers`
		);
	});
} else if (command === 'decide') {
	// The era's own decision, as the probe races it (probe/era-figures.ts): how much later the
	// player who ignores it reaches the goal, per seed and the median.
	const era = Number(count);
	const later = seeds.map(Number).map((seed) => {
		const { seconds, start } = read(seed, era);
		const f = decisionRace(start, seconds);
		console.log(
			`  seed ${seed}: ${Object.entries(f)
				.map(([k, v]) => `${k} ${v.toFixed(1)}`)
				.join(', ')}`
		);
		return Object.values(f)[0];
	});
	later.sort((a, b) => a - b);
	console.log(`era${era} ignore-later median: ${later[later.length >> 1].toFixed(1)} %`);
} else if (command === 'price') {
	// The era's price figure from its start, as the probe takes it (its ten moments, each tier's
	// share per seed, the median of the seeds), with the share of the era the lab is short of
	// capacity after its first release and the share memory binds.
	const era = Number(count);
	const perSeed: { tiers: string[]; short: number; bound: number }[] = [];
	for (const seed of seeds.map(Number)) {
		const { seconds, start } = read(seed, era);
		const moments: GameState[] = [];
		let [last, after, short, bound] = [0, 0, 0, 0];
		const end = playOn(start, 3 * seconds, (s, c) => {
			const dt = s.tick - last;
			last = s.tick;
			const r = rates(s, c);
			if (r.memoryFit < 1) bound += dt;
			if (s.stats.modelsReleased > 0 && r.capacity.gt(0)) {
				after += dt;
				if (market(r, s.hype).demand.gt(r.capacity)) short += dt;
			}
			if (moments.length < 10 && s.tick >= ((moments.length + 0.5) * seconds) / 10)
				moments.push(cloneState(s));
		});
		const tiers = moments.map((s) => best(priceTiers(s, seconds - s.tick), s.priceTier));
		perSeed.push({ tiers, short: (100 * short) / after, bound: (100 * bound) / end.tick });
		console.log(
			`  seed ${seed}: ${Math.round(end.tick / 60)} min, short ${perSeed.at(-1)!.short.toFixed(0)} %;`,
			tiers.join(' ')
		);
	}
	const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(1);
	console.log(`era${era}.capacity.short: ${mid(perSeed.map((x) => x.short))} %`);
	console.log(`era${era}.memory.bound: ${mid(perSeed.map((x) => x.bound))} %`);
	for (const t of PRICE_TIERS.map((x) => x.id)) {
		const shares = perSeed.map(
			(x) => (100 * x.tiers.filter((y) => y === t).length) / x.tiers.length
		);
		console.log(`era${era}.price.best.${t}: ${mid(shares)} %`);
	}
} else
	console.log(
		'usage: tsx scripts/era-starts.ts save|race|decide|pace|price <dir> <eras|era> <seed>...'
	);
