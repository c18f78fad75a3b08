// The Charter switch's line (ui/fleet/charter-words.ts) says what chartering does. Playtest 34
// turned Charter on, read "Every purchase flies now", and saw Constellation blocks "arriving in
// 4m 46s": a chartered rocket flies a unit once it is built (its lead time), and units booked on
// a window before the switch stay booked.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply, orbitView } from '../../../src/lib/engine';
import { formatDuration } from '../../../src/lib/format/duration';
import { formatPercent } from '../../../src/lib/format/number';
import {
	charterLine,
	charterThrottleLine,
	noGainWords
} from '../../../src/lib/ui/fleet/charter-words';
import { fixtureState } from '../engine/helpers';

const c = eraContent('orbit');

describe('the Charter line (playtest 34)', () => {
	it('names the purchases that wait to be built, as long as their orders then wait', () => {
		const s = fixtureState('orbit');
		s.cash = s.cash.mul(1e6);
		expect(apply(s, c, { type: 'chartering', on: true }).ok).toBe(true);
		const line = charterLine(orbitView(s, c)!);
		// A Constellation block bought now waits: its order's arrival is what the line says.
		const orders = s.orders.length;
		expect(apply(s, c, { type: 'buy', hardware: 'constellation', count: 1 }).ok).toBe(true);
		expect(s.orders.length).toBe(orders + 1);
		const wait = s.orders.at(-1)!.arrivesAt - s.tick;
		expect(wait).toBeGreaterThan(0);
		expect(line).not.toContain('Every purchase flies now');
		expect(line).toContain(`Constellation block lands in ${formatDuration(wait)}`);
		// A Compute satellite flies at once: the line says the rest do.
		const held = s.hardware['sat-node'] ?? 0;
		expect(apply(s, c, { type: 'buy', hardware: 'sat-node', count: 1 }).ok).toBe(true);
		expect(s.hardware['sat-node']).toBe(held + 1);
		expect(line).not.toContain('Compute satellite');
		expect(line).toContain('the rest at once');
		expect(line).toContain('at the charter price');
	});

	it('says that units booked on a window before stay booked', () => {
		const s = fixtureState('orbit-manifest');
		const booked = orbitView(s, c)!.cargoUnits;
		expect(booked).toBeGreaterThan(0);
		apply(s, c, { type: 'chartering', on: true });
		// Chartering on leaves them on their window (Fly now charters them).
		expect(orbitView(s, c)!.cargoUnits).toBe(booked);
		expect(charterLine(orbitView(s, c)!)).toContain(
			'Units booked before still wait for their window (Fly now, below).'
		);
	});

	it('off: purchases wait for the window, at list price', () => {
		expect(charterLine(orbitView(fixtureState('orbit'), c)!)).toBe(
			'Purchases wait for the window, at list price.'
		);
	});
});

describe('the launch card on power (playtest 44: "sign power" while a contract was being built)', () => {
	it('names each reason the engine gives for cargo that adds no income; the power on its way, with when', () => {
		expect(noGainWords('run-takes-all', null)).toBe('the run takes all of the compute');
		expect(noGainWords('power', null)).toBe('your power runs no more chips: sign power first');
		expect(noGainWords('power-building', { in: 900, throttle: 1 })).toBe(
			`your power runs no more chips until the contract being built comes online in ${formatDuration(900)}`
		);
		expect(noGainWords('demand-met', null)).toBe('the lab already sells all it can');
		expect(noGainWords('memory', null)).toContain("your fleet's memory holds so little");
		expect(noGainWords('costs', null)).toContain('costs more than it sells for');
	});

	it('the throttle line says when the contract being built lifts it, or what it leaves', () => {
		const now = `On today's power, with all of it up there the fleet runs at ${formatPercent(0.4)}`;
		expect(charterThrottleLine({ throttle: 0.4, powerLands: null })).toBe(
			`${now}: sign more power (Power, below) for the rest.`
		);
		expect(charterThrottleLine({ throttle: 0.4, powerLands: { in: 300, throttle: 1 } })).toBe(
			`${now} until the contract being built comes online in ${formatDuration(300)}.`
		);
		expect(charterThrottleLine({ throttle: 0.4, powerLands: { in: 300, throttle: 0.7 } })).toBe(
			`${now}, and ${formatPercent(0.7)} once the contract being built comes online in ${formatDuration(300)}: sign more power (Power, below) for the rest.`
		);
	});
});
