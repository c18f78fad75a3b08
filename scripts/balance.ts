// npm run balance: the scripted players' time to each milestone, one figure a line
// (medians over five seeds).
import { ERAS } from '../src/lib/content';
import { playActive, playCheckIns, type PlayReport } from '../src/lib/sim/players';

const seeds = [1, 2, 3, 4, 5];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (t: number) => {
	if (!Number.isFinite(t)) return 'never';
	return t < 120
		? `${t.toFixed(0)} s`
		: t < 7200
			? `${(t / 60).toFixed(1)} min`
			: `${(t / 3600).toFixed(1)} h`;
};

function report(strategy: string, runs: PlayReport[]) {
	const first = {
		'first-purchase': (r: PlayReport) => r.milestones.firstPurchase,
		'first-release': (r: PlayReport) => r.milestones.firstRelease,
		'first-place': (r: PlayReport) => r.milestones.firstPlace
	};
	for (const [name, get] of Object.entries(first))
		console.log(`${name}.${strategy}: ${show(median(runs.map((r) => get(r) ?? Infinity)))}`);
	ERAS.forEach((era, i) => {
		console.log(
			`era${i + 1}.goal.${strategy}: ${show(median(runs.map((r) => r.eraSeconds[i] ?? Infinity)))}`
		);
	});
	const total = median(
		runs.map((r) =>
			r.eraSeconds.length === ERAS.length ? r.eraSeconds.reduce((a, b) => a + b, 0) : Infinity
		)
	);
	console.log(
		`game.${strategy}: ${Number.isFinite(total) ? `${(total / 86_400).toFixed(1)} days` : 'not finished'}`
	);
	if (strategy === 'active')
		console.log(`longest-wait.active: ${show(median(runs.map((r) => r.longestWait)))}`);
}

report(
	'active',
	seeds.map((s) => playActive(s, 4 * 86_400, 5, ERAS.length))
);
report(
	'checkins',
	seeds.map((s) => playCheckIns(s, 60, 180, ERAS.length))
);
