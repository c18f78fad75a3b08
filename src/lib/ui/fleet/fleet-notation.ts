// One notation for the Fleet screen's money. Playtest 19 read a campus's "bill $41.8Dec/s" beside
// a contract's "$1.00e36/s at full draw · Sign $1.50e26" on Hyperscale's Fleet: one kind of
// figure, two notations on one screen (each card had weighed only its own figures). The screen's
// prices and bills are weighed together, with the cash the header shows beside them (what they
// are paid from): letters give way to scientific on the whole screen once one is past them
// (lineNotation). Each card on it reads that through its context, with the figures only it shows.
import { getContext, setContext } from 'svelte';
import type { EraContent } from '$lib/content';
import {
	contractBill,
	contractCost,
	hyperscaleView,
	quoteHardware,
	type GameState,
	type Rates
} from '$lib/engine';
import { lineNotation, type Notation, type Numeric } from '$lib/format/number';

const KEY = Symbol('fleet-notation');

/** The Fleet's prices and bills every era shows, and the cash: each card's next price, each
 * contract's price and bill, the power bill, and Hyperscale's campuses. */
export function fleetFigures(s: GameState, c: EraContent, r: Rates): Numeric[] {
	const figures: Numeric[] = [s.cash, r.powerCost];
	for (const hw of c.era.hardware) {
		const quote = quoteHardware(s, c, hw.id, 1);
		if (quote) figures.push(quote.cost);
	}
	for (const p of c.era.power) figures.push(contractCost(c, p.id), contractBill(s, c, p.id));
	const campus = hyperscaleView(s, c, r);
	if (campus) {
		figures.push(campus.nextCost, ...campus.sites.map((site) => site.bill));
		if (campus.afterCost) figures.push(campus.afterCost);
		if (campus.silicon) figures.push(campus.silicon.cash);
	}
	return figures;
}

/** Called by the Fleet screen: the notation its cards take. */
export function provideFleetNotation(get: () => Notation): void {
	setContext(KEY, get);
}

/** The notation for figures a card shows (`own`) on a screen written in `screen`: the screen's,
 * unless one of them is past the letters; with no screen's (off the Fleet), their own. */
export function onScreen(screen: Notation | undefined, ...own: Numeric[]): Notation {
	const mine = lineNotation(...own);
	return mine === 'scientific' || !screen ? mine : screen;
}

/** Called by a card on the Fleet as it is made: onScreen with the Fleet's notation. Off the Fleet
 * (the Lab's memory card), the figures' own. */
export function fleetNotation(): (...own: Numeric[]) => Notation {
	const screen = getContext<(() => Notation) | undefined>(KEY);
	return (...own) => onScreen(screen?.(), ...own);
}
