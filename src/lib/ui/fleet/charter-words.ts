// The Charter switch's line on the Launch window card (OrbitLaunch.svelte): what a purchase does
// now. Playtest 34 read "Every purchase flies now" with Charter on, beside Constellation blocks
// "arriving in 4m 46s": a chartered rocket flies a unit once it is built (engine/orbit.ts
// charterLands), and units booked on a window before the switch stay booked (the cargo).
import type { LaunchTrade, NoGainReason, OrbitView } from '$lib/engine';
import { formatDuration } from '$lib/format/duration';
import { formatPercent } from '$lib/format/number';

export function charterLine(
	view: Pick<OrbitView, 'chartering' | 'charterLands' | 'cargoUnits'>
): string {
	if (!view.chartering) return 'Purchases wait for the window, at list price.';
	const built = view.charterLands.filter((t) => t.landsIn > 0);
	const flies =
		built.length === 0
			? 'Every purchase flies now, at the charter price.'
			: `Every purchase flies at the charter price once built: ${built
					.map((t) => `${t.name} lands in ${formatDuration(t.landsIn)}`)
					.join(', ')}${built.length < view.charterLands.length ? ', the rest at once' : ''}.`;
	return view.cargoUnits > 0
		? `${flies} Units booked before still wait for their window (Fly now, below).`
		: flies;
}

/** Why the cargo up there would add no income (engine orbit-trade.ts noGain), in words. */
export function noGainWords(why: NoGainReason, lands: LaunchTrade['powerLands']): string {
	switch (why) {
		case 'run-takes-all':
			return 'the run takes all of the compute';
		case 'power':
			return 'your power runs no more chips: sign power first';
		case 'power-building':
			return `your power runs no more chips until the contract being built comes online in ${formatDuration(lands?.in ?? 0)}`;
		case 'demand-met':
			return 'the lab already sells all it can';
		case 'memory':
			return "your fleet's memory holds so little of the model that a chip serves less than its power costs";
		case 'costs':
			return "each token's power costs more than it sells for";
	}
}

/** The throttle the cargo would run at on today's power, and what lifts it (the launch card's
 * warning): the contracts being built, when they run it all, and when they come online. */
export function charterThrottleLine(trade: Pick<LaunchTrade, 'throttle' | 'powerLands'>): string {
	const now = `On today's power, with all of it up there the fleet runs at ${formatPercent(trade.throttle)}`;
	const lands = trade.powerLands;
	if (!lands) return `${now}: sign more power (Power, below) for the rest.`;
	const online = `the contract being built comes online in ${formatDuration(lands.in)}`;
	return lands.throttle >= 1
		? `${now} until ${online}.`
		: `${now}, and ${formatPercent(lands.throttle)} once ${online}: sign more power (Power, below) for the rest.`;
}
