// Decimals cross JSON, IndexedDB and postMessage as strings "mantissa e exponent",
// exact both ways (break_infinity's own toString rounds). Parsing refuses NaN and Infinity.
import { Decimal, EXPONENT_LIMIT } from './decimal';

export function encodeDecimal(d: Decimal): string {
	return d.mantissa === 0 ? '0' : `${d.mantissa}e${d.exponent}`;
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

/** Parses what encodeDecimal wrote; null if it is not a finite number. */
export function decodeDecimal(text: unknown): Decimal | null {
	if (typeof text !== 'string' || text.length > 40) return null;
	const at = text.lastIndexOf('e');
	if (at <= 0) {
		if (!DECIMAL_TEXT.test(text)) return null;
		const n = Number(text);
		return Number.isFinite(n) ? new Decimal(n) : null;
	}
	const mantissaText = text.slice(0, at);
	const exponentText = text.slice(at + 1);
	if (!DECIMAL_TEXT.test(mantissaText) || !/^-?\d+$/.test(exponentText)) return null;
	const mantissa = Number(mantissaText);
	const exponent = Number(exponentText);
	if (!Number.isFinite(mantissa) || !(Math.abs(exponent) < EXPONENT_LIMIT)) return null;
	if (mantissa !== 0 && (Math.abs(mantissa) < 1 || Math.abs(mantissa) >= 10)) return null;
	return Decimal.fromMantissaExponent_noNormalize(mantissa, exponent);
}
