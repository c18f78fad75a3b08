import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/lib/engine';
import { decodeState, encodeState } from '../../../src/lib/save/codec';
import { decodeDecimal, encodeDecimal } from '../../../src/lib/engine/decimal-codec';
import { stateArb, stateDiff } from '../engine/helpers';

describe('state codec', () => {
	it('decode(encode(s)) = s, exactly', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				const back = decodeState(encodeState(s));
				expect(stateDiff(back, s, 0)).toEqual([]);
				expect(encodeState(back)).toBe(encodeState(s));
			}),
			{ numRuns: 100 }
		);
	});
});

describe('Decimal codec', () => {
	it('round-trips any finite Decimal exactly, including beyond 1e308', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 9.999999, noNaN: true }),
				fc.integer({ min: -9e15 + 1, max: 9e15 - 1 }),
				(m, e) => {
					const d = Decimal.fromMantissaExponent_noNormalize(m, e);
					const back = decodeDecimal(encodeDecimal(d))!;
					expect(back.mantissa).toBe(d.mantissa);
					expect(back.exponent).toBe(d.exponent);
				}
			)
		);
	});

	it('refuses what is not a finite number', () => {
		for (const bad of [
			'NaN',
			'Infinity',
			'-Infinity',
			'hello',
			'',
			'1e',
			'e5',
			'12e1.5',
			'1e400000000000000000',
			null,
			5,
			{}
		]) {
			expect(decodeDecimal(bad)).toBeNull();
		}
		expect(decodeDecimal('0')!.eq(0)).toBe(true);
		expect(decodeDecimal('1.5e400')!.exponent).toBe(400);
	});
});
