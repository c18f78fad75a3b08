// Engine figures: advance over long spans (medians of 5), one live step, state size.
import { eraContent } from '../../src/lib/content';
import {
	advance,
	cashLoss,
	cloneState,
	netIncome,
	newGame,
	rates,
	step,
	type GameState
} from '../../src/lib/engine';
import { encodeState } from '../../src/lib/save/codec';
import { playActive } from '../../src/lib/sim/players';

type Report = (name: string, value: number, unit: string) => void;

const c = eraContent('garage');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => void, runs = 5): number {
	fn(); // warm up
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		samples.push(performance.now() - t);
	}
	return median(samples);
}

export function benchEngine(report: Report): void {
	const early = newGame(1);
	const mid: GameState = playActive(1, 30 * 60).state; // half-way through the Garage era
	// The fifth era (Orbit) at its goal, after four prestiges: Moat perks, automation on.
	const late: GameState = playActive(1, 24 * 3600, 5, 5).state;
	if (late.eraId !== 'orbit') throw new Error(`late state is in ${late.eraId}`);
	const spans = { '1h': 3600, '24h': 86_400, '7d': 7 * 86_400, '30d': 30 * 86_400 };
	for (const [label, state] of [
		['early', early],
		['mid', mid],
		['late', late]
	] as const) {
		for (const [span, n] of Object.entries(spans)) {
			report(
				`engine.advance.${span}.${label}`,
				time(() => advance(cloneState(state), eraContent(state.eraId), n)),
				'ms'
			);
		}
	}
	const live = cloneState(mid);
	const steps = 20_000;
	const perStep = time(() => {
		for (let i = 0; i < steps; i++) step(live, c);
	});
	report('engine.step', (perStep / steps) * 1000, 'µs');
	// The Lab's losing-cash card at its dearest: a lab losing cash that runs out late in the
	// hour, so the projection (cash-loss.ts, a copy advanced a chunk at a time) runs much of
	// it. Read once a snapshot while the card shows.
	const losing = cloneState(mid);
	losing.researchers += 100;
	const loss = netIncome(losing, c, rates(losing, c)).neg();
	if (!loss.gt(0)) throw new Error('the losing lab earns');
	losing.cash = loss.mul(2400);
	if (!cashLoss(losing, c, rates(losing, c))) throw new Error('no loss card');
	report(
		'engine.cashLoss.losing',
		time(() => cashLoss(losing, c, rates(losing, c)), 9),
		'ms'
	);
	report('state.size.1d', encodeState(advance(cloneState(mid), c, 86_400)).length / 1024, 'KB');
	report(
		'state.size.30d',
		encodeState(advance(cloneState(mid), c, 30 * 86_400)).length / 1024,
		'KB'
	);
}
