// npm run balance: the scripted players' time to each milestone, one figure a line.
import { playActive, playCheckIns } from '../src/lib/sim/players';

const seeds = [1, 2, 3, 4, 5];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function report(strategy: string, runs: ReturnType<typeof playActive>[]) {
	const keys = ['firstPurchase', 'firstRelease', 'firstPlace', 'eraGoal'] as const;
	const names = {
		firstPurchase: 'first-purchase',
		firstRelease: 'first-release',
		firstPlace: 'first-place',
		eraGoal: 'era1.goal'
	};
	for (const k of keys) {
		const ticks = runs.map((r) => r.milestones[k] ?? Infinity);
		const t = median(ticks);
		const [value, unit] = t < 120 ? [t, 's'] : t < 7200 ? [t / 60, 'min'] : [t / 3600, 'h'];
		console.log(
			`${names[k]}.${strategy}: ${Number.isFinite(value) ? value.toFixed(1) : 'never'} ${unit}`
		);
	}
	if (strategy === 'active')
		console.log(
			`longest-wait.active: ${(median(runs.map((r) => r.longestWait)) / 60).toFixed(1)} min`
		);
}

report(
	'active',
	seeds.map((s) => playActive(s))
);
report(
	'checkins',
	seeds.map((s) => playCheckIns(s))
);
