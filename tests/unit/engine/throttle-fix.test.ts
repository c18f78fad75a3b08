// What lifts the throttle, cheapest first (engine/throttle-fix.ts). Playtest 22: new chips landed
// in Dyson with watts kept at the star, and the Power card said "Order a panel, or sign more power
// below" when beaming the kept watts powered the chips at once.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	beamToPower,
	keptFromChips,
	powerSource,
	rates,
	starView,
	throttleFix
} from '../../../src/lib/engine';
import { fixtureState } from './helpers';

const dyson = eraContent('dyson');

/** The Dyson fixture with `panels` collecting (20: past those cheaper than the next ring's watts),
 * `statites` clusters, `beam` of the star's watts beamed to the fleet (the rest kept at the star)
 * and its largest run started (between runs every watt is beamed: dyson.ts beamShare). */
function lab(statites: number, beam: number, panels = 20) {
	const s = fixtureState('dyson');
	expect(apply(s, dyson, { type: 'start-run', size: dyson.era.runSizes.at(-1)!.id }).ok).toBe(true);
	s.dyson.panels = panels;
	s.hardware.statite = statites;
	s.dyson.beam = beam;
	return s;
}

const throttleAt = (statites: number, beam: number) => rates(lab(statites, beam), dyson).throttle;

describe('the throttle fix', () => {
	it('with watts kept at the star, names the beam first, at the share that powers every chip', () => {
		const s = lab(190, 0.5);
		const r = rates(s, dyson);
		expect(r.throttle).toBeLessThan(1);
		const fix = throttleFix(s, dyson, r)!;
		expect(fix.steps[0]).toBe('beam');
		// Then the ring: at 20 panels its watts cost less than the next panel's.
		expect(fix.steps.slice(1)).toEqual(['sign', 'panel']);
		expect(fix.beamTo).toBe(beamToPower(s, dyson, r));
		// The fix is the engine's: that beam powers every chip, a little less does not.
		expect(throttleAt(190, fix.beamTo!)).toBe(1);
		expect(throttleAt(190, fix.beamTo! - 0.01)).toBeLessThan(1);
	});

	it('when even beaming every watt falls short, says beam, then a panel or a ring', () => {
		const s = lab(400, 0.5);
		const fix = throttleFix(s, dyson, rates(s, dyson))!;
		expect(fix).toEqual({ steps: ['beam', 'sign', 'panel'], beamTo: null });
		expect(throttleAt(400, 1)).toBeLessThan(1);
	});

	it('with every watt beamed, a panel first while panels are the cheaper watts, else the ring', () => {
		const s = lab(40, 1, 2);
		const r = rates(s, dyson);
		expect(r.throttle).toBeLessThan(1);
		expect(starView(s, dyson, r)!.ring!.panelsLeft).toBeGreaterThan(0);
		expect(throttleFix(s, dyson, r)).toEqual({ steps: ['panel', 'sign'], beamTo: null });
		// Past the panels that cost less than the ring's watts: the ring first.
		const later = lab(400, 1);
		const rl = rates(later, dyson);
		expect(rl.throttle).toBeLessThan(1);
		expect(starView(later, dyson, rl)!.ring!.panelsLeft).toBe(0);
		expect(throttleFix(later, dyson, rl)!.steps).toEqual(['sign', 'panel']);
		// Every ring signed: panels alone bring more.
		later.power = Object.fromEntries(dyson.era.power.map((p) => [p.id, 0]));
		later.hardware.statite = 600;
		const all = rates(later, dyson);
		expect(all.throttle).toBeLessThan(1);
		expect(starView(later, dyson, all)!.ring).toBeNull();
		expect(throttleFix(later, dyson, all)!.steps).toEqual(['panel']);
	});

	it('elsewhere says sign power; with power to spare, nothing', () => {
		const mid = eraContent('hyperscale');
		const s = fixtureState('mid-game');
		expect(throttleFix(s, mid, rates(s, mid))).toBeNull();
		s.power = {};
		const r = rates(s, mid);
		expect(r.throttle).toBeLessThan(1);
		expect(throttleFix(s, mid, r)).toEqual({ steps: ['sign'], beamTo: null });
		expect(throttleFix(lab(10, 1), dyson, rates(lab(10, 1), dyson))).toBeNull();
	});

	it('says where more power comes from: the kept watts, a contract to sign, else the star, else nothing bought (playtests 39, 40)', () => {
		const moon = eraContent('moon-mars');
		const s = fixtureState('moon');
		expect(powerSource(s, moon, rates(s, moon))).toBe('sign');
		for (const p of moon.era.power) s.power[p.id] ??= 0;
		expect(powerSource(s, moon, rates(s, moon))).toBe('none');
		const star = fixtureState('endless-played');
		for (const p of dyson.era.power) star.power[p.id] ??= 0;
		star.dyson.beam = 1;
		expect(powerSource(star, dyson, rates(star, dyson))).toBe('panel');
		// Every watt kept at the star (while a run trains): beaming them is the free way, first.
		apply(star, dyson, { type: 'start-run', size: dyson.era.runSizes[0].id });
		star.dyson.beam = 0;
		expect(keptFromChips(rates(star, dyson)).gt(0)).toBe(true);
		expect(powerSource(star, dyson, rates(star, dyson))).toBe('beam');
	});
});
