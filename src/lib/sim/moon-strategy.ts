// Moon and Mars's decision as a thoughtful player makes it: build near (on the Moon, where
// chips serve Earth) while the run under way finishes within the light delay anyway (Mars takes
// a run no sooner: content/moon-mars.ts sync), while the lab cannot serve its demand even at the
// least train share, or while the model at the gate does not fit the fleet's memory (it could
// not be released), or once Mars gives the run all the light delay lets it take (more on Mars
// would only run batch jobs, whose market soaks); otherwise the run is what holds the lab back:
// build far (on Mars: cheap and abundant, but it only trains), the tier with the most FLOP/s per
// dollar, as many as the run can take, with the cash at hand.
import type { EraContent } from '../content';
import {
	farQuote,
	gateServes,
	moonMarsView,
	rates,
	runTimeLeft,
	type Action,
	type ActionResult,
	type GameState
} from '../engine';

type Act = (action: Action) => ActionResult;

/** Returns whether the player built far this round (then it buys nothing near). */
export function decideFar(s: GameState, c: EraContent, act: Act): boolean {
	const r = rates(s, c);
	const v = moonMarsView(s, c, r);
	if (!v) return false;
	const room = s.run ? s.run.target.div(v.lightDelay).sub(r.far) : null;
	const far =
		// Era 6's runs are sized to the fleet's memory and mostly finish within minutes: a bar of
		// 15 minutes (FAR_RUN 900 before) let the player build far once an era, 103–246 minutes in.
		runTimeLeft(s, r) > v.lightDelay &&
		!!room?.gt(0) &&
		!v.servingShort &&
		(!s.gate || gateServes(s, c, r));
	if (far !== v.far) act({ type: 'build-far', on: far });
	if (!far || !room) return false;
	let best: { id: string; value: number } | null = null;
	for (const hw of c.era.hardware) {
		const q = farQuote(s, c, hw.id, 1)!;
		const value = Math.log10(hw.flops) - q.cost.log10();
		if (!best || value > best.value) best = { id: hw.id, value };
	}
	if (!best) return true;
	// As many as fill the run's room (what the light delay lets it take), or the cash's worth.
	const unit = c.hardware.get(best.id)!.flops * r.mult.compute * c.era.reliability;
	const fill = Math.ceil(Math.min(1e12, room.div(unit).toNumber()));
	const most = farQuote(s, c, best.id, 'max')!.count;
	const count = Math.min(fill, most);
	if (count > 0) act({ type: 'buy', hardware: best.id, count });
	return true;
}
