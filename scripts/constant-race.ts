// The race against constant train shares alone, without the probe's sampled moments (minutes,
// where the full probe takes far longer): `tsx scripts/constant-race.ts <eras> <seed>...` prints
// each era's constant-share.later over the seeds given (as the probe computes it) and, per seed,
// the adaptive player's mean minutes to the goal and how much later each constant share
// (10 … 90 %) gets there (%).
import { constantLater } from '../src/lib/sim/probe';
import { AT_SHARE, CONSTANT_SHARES, constantRace } from '../src/lib/sim/probe/constant';

const [eras, ...seeds] = process.argv.slice(2).map(Number);
const perSeed = seeds.map((seed) => constantRace(seed, eras));
for (let e = 0; e < eras; e++) {
	const figures = perSeed.map((f) => f[e]).filter((f) => f);
	console.log(`era${e + 1}.constant-share.later: ${Number(constantLater(figures).toFixed(1))} %`);
	figures.forEach((f, i) =>
		console.log(
			`  seed ${seeds[i]}: ${f.minutes.toFixed(0)} min;`,
			CONSTANT_SHARES.map((x) => f[`${AT_SHARE}${x}`].toFixed(1)).join(' ')
		)
	);
}
