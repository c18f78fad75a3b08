// Money in an era: content prices are in era units; the engine multiplies by 10^moneyScale
// (a Decimal, so the last eras can pass 1e308).
import type { EraContent } from '../content';
import { Decimal } from './decimal';

const scales = new Map<number, Decimal>();

export function moneyScale(content: EraContent): Decimal {
	const exp = content.era.moneyScale;
	let d = scales.get(exp);
	if (!d) scales.set(exp, (d = Decimal.pow(10, exp)));
	return d;
}

/** An amount of era money in real cash. */
export function money(content: EraContent, amount: number | Decimal): Decimal {
	return moneyScale(content).mul(amount);
}
