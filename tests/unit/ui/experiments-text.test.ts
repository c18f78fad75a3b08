// The experiments line on the Train ↔ Serve card (ui/lab/experiments-text.ts). Playtest 22 found
// "insight ×0.98 (×0.50 with none of it, ×4.50 with the whole fleet)" hard to read.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	experimentsView,
	market,
	rates,
	setTrainShare,
	type Decimal
} from '../../../src/lib/engine';
import { formatNumber } from '../../../src/lib/format/number';
import {
	experimentsText,
	experimentsUnstaffedText
} from '../../../src/lib/ui/lab/experiments-text';
import { fixtureState } from '../engine/helpers';

/** Hyperscale's lab with researchers at work, ten times its fleet and no hype: compute to spare. */
function spareLab() {
	const s = fixtureState('hyperscale');
	const c = eraContent('hyperscale');
	for (const id in s.hardware) s.hardware[id] *= 10;
	s.hype = 0;
	s.researchers = 5;
	return { s, c };
}

describe('the experiments line in words', () => {
	it('says the free share and how fast it makes research run, beside both ends (playtest 22)', () => {
		const { s, c } = spareLab();
		const view = experimentsView(c, rates(s, c))!;
		expect(view.spare).toBeGreaterThan(0.05);
		const { lead, more } = experimentsText(view, false);
		const percent = Math.round(view.spare * 100);
		expect(lead).toBe(
			`Experiments: ${percent}% of the fleet is free, so research runs at ${Number(view.boost.toPrecision(3))}× (0.5× with none free, up to 4.5× with all of it free).`
		);
		expect(lead).not.toContain('insight ×');
		expect(more).toContain('Free: neither training nor serving your steady customers');
		expect(experimentsText(view, true).lead).toContain(
			'of the fleet is free (the customers left waiting came with the hype), so research runs at'
		);
	});

	it('with none free, says what each tenth of the fleet left free adds', () => {
		const { s, c } = spareLab();
		// A run training with the whole fleet: nothing is free.
		if (!s.run)
			expect(apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id }).ok).toBe(true);
		expect(setTrainShare(s, 1).ok).toBe(true);
		const view = experimentsView(c, rates(s, c))!;
		expect(view.spare).toBe(0);
		expect(experimentsText(view, true, 'scientific').lead).toBe(
			`Experiments: none of the fleet is free, so research runs at 0.5×: your steady customers, those away included, want ${formatNumber(view.steady, 3, 'scientific')} tok/s, and you serve with 0 tok/s. Each 10% left free adds 0.4×, up to 4.5× with all of it free.`
		);
	});

	it('with none free beside spare capacity (customers away), says what the rule weighs (playtest 23)', () => {
		// Playtest 23 read "none of the fleet is free" beside the Demand card's "4.36 Quad tok/s
		// spare": a run under way, customers away, the steady demand taking all the fleet serves.
		const { s, c } = spareLab();
		if (!s.run)
			expect(apply(s, c, { type: 'start-run', size: c.era.runSizes[0].id }).ok).toBe(true);
		const probe = rates(s, c);
		const busy = probe.baseDemand.div(probe.fullCapacity.sub(probe.swarm)).toNumber();
		expect(setTrainShare(s, 1.1 - busy).ok).toBe(true);
		s.hype = -0.5;
		const r = rates(s, c);
		const spare = market(r, s.hype).spare;
		expect(spare.gt(0)).toBe(true);
		const view = experimentsView(c, r)!;
		expect(view.spare).toBe(0);
		const { lead, more } = experimentsText(view, false, 'suffix');
		const tok = (x: Decimal) => `${formatNumber(x, 3, 'suffix')} tok/s`;
		// The two figures: the steady demand, and the own fleet's serving at the split.
		expect(lead).toContain(
			`none of the fleet is free, so research runs at 0.5×: your steady customers, those away included, want ${tok(r.baseDemand)}, and you serve with ${tok(r.capacity)}.`
		);
		expect(r.baseDemand.gt(r.capacity)).toBe(true);
		// What "steady" counts: no launch rush, the customers away included: the spare is theirs.
		expect(more).toContain(
			'Steady customers: all you have without a launch rush, those away and coming back included, so spare capacity now is held for them.'
		);
	});

	it('before the first hire, says how far researchers would speed research', () => {
		expect(experimentsUnstaffedText(4.5)).toBe(
			'Experiments: with researchers at work (Research), compute left free of training and steady customers speeds their research, up to 4.5×.'
		);
	});
});
