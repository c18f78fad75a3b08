// Big numbers: break_infinity.js Decimal, and shared constants so hot code does not allocate them.
import Decimal from 'break_infinity.js';

export { Decimal };

export const D0 = new Decimal(0);

/** break_infinity's exponent for Infinity (it converts Infinity silently). */
export const EXPONENT_LIMIT = 9e15;

/** A Decimal that is a real, finite number (break_infinity raises nothing for NaN or Infinity). */
export function isFiniteDecimal(d: Decimal): boolean {
	return Number.isFinite(d.mantissa) && Math.abs(d.exponent) < EXPONENT_LIMIT;
}

export const dmin = (a: Decimal, b: Decimal): Decimal => (a.lte(b) ? a : b);
