// The targets of issue 16, asserted on the decision probe's figures (medians of five seeds).
// One probe run serves every block below: add a block for a new target, not another run.
import { describe, expect, it } from 'vitest';
import { WORLD_EVENTS } from '../../../src/lib/content';
import { runProbe } from '../../../src/lib/sim/probe';

const figures = runProbe({ seeds: [1, 2, 3, 4, 5], eras: 1, constant: false });
const figure = (name: string): number => {
	const f = figures.find((x) => x.name === name);
	if (!f) throw new Error(`the probe printed no ${name}`);
	return f.value;
};

describe('events are decisions', () => {
	it('the first event comes 10 to 30 minutes into a new game', () => {
		expect(figure('era1.first-event')).toBeGreaterThanOrEqual(10);
		expect(figure('era1.first-event')).toBeLessThanOrEqual(30);
	});

	it.each(WORLD_EVENTS.flatMap((e) => e.options.map((o) => [e.id, o.id])))(
		'%s: answering "%s" is the better answer at some sampled moments',
		(kind, option) => {
			expect(figure(`era1.event.${kind}.best.${option}`)).toBeGreaterThan(0);
		}
	);

	it('the scripted player gives the better answer most of the time', () => {
		expect(figure('era1.event.answer.best')).toBeGreaterThanOrEqual(50);
	});
});

describe('rivals', () => {
	it('the lead changes hands at least three times in the Garage', () => {
		expect(figure('era1.lead-changes')).toBeGreaterThanOrEqual(3);
	});
});
