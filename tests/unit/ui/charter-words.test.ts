// The Charter switch's line (ui/fleet/charter-words.ts) says what chartering does. Playtest 34
// turned Charter on, read "Every purchase flies now", and saw Constellation blocks "arriving in
// 4m 46s": a chartered rocket flies a unit once it is built (its lead time), and units booked on
// a window before the switch stay booked.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import { apply, orbitView } from '../../../src/lib/engine';
import { formatDuration } from '../../../src/lib/format/duration';
import { charterLine } from '../../../src/lib/ui/fleet/charter-words';
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
