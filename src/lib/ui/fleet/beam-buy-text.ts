// A Dyson hardware card's line on the beamed watts its chips would draw (engine/beam-buy.ts
// beamBuy): Earth's grid was buying them, so the buy takes that sale from the income. Playtest
// 23 bought ten Stellar lifts and lost 84 % of the income, unwarned.
import type { BeamBuy } from '$lib/engine';
import { formatPercent, formatRate, formatSI, type Notation } from '$lib/format/number';

/** `count`: the lot the button buys; `style`: the Fleet's money notation (fleet-notation.ts);
 * `said`: the card's power warning says the income from and to already (pastPowerBuy), the same
 * fall: the line names its other cause rather than a second fall. */
export function beamBuyText(b: BeamBuy, count: number, style?: Notation, said = false): string {
	const all = b.all ? 'all ' : '';
	const drawn = `With ${count > 1 ? 'these' : 'this'}, your chips draw ${all}${formatSI(b.watts, 'W')} of the beamed watts Earth was buying`;
	const [now, after] = [b.now, b.after].map((x) => formatRate(x, '/s', style));
	// Too small a change to show: said so, not "stays" (playtest 39 read "It still adds income: a
	// little" above "income stays", and "It lowers income a little" above it too).
	if (now === after) return `${drawn}; the income moves too little to show on ${now}.`;
	if (b.change === null) return `${drawn}: income from ${now} to ${after}.`;
	const share = `${b.change < 0 ? '−' : '+'}${formatPercent(Math.abs(b.change))}`;
	return said
		? `That fall counts the beamed watts Earth was buying: ${count > 1 ? 'these chips' : 'this chip'} would draw ${all}${formatSI(b.watts, 'W')} of them.`
		: `${drawn}: income ${share} (from ${now} to ${after}).`;
}
