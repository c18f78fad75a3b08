// The Cloud's scripted renter (src/lib/sim/cloud-strategy.ts): since a rack's hour is priced on the
// spot market, the renter rents once its cash covers one hour of the bill and the rack, not two
// (with two, the player who never rents was 40 % later over fifteen seeds, one block of five 17.5 %;
// with one, 122 %).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	apply,
	cloudView,
	flow,
	rates,
	type Action,
	type GameState
} from '../../../src/lib/engine';
import { decodeState } from '../../../src/lib/save/codec';
import { decideRental } from '../../../src/lib/sim/cloud-strategy';

const c = eraContent('cloud');

/** The Cloud fixture leading its market with a run on: renting a rack for the run pays. */
function lab(): GameState {
	const s = decodeState(JSON.parse(readFileSync('tests/fixtures/e2e/cloud.json', 'utf8')).state);
	for (const rival of s.rivals) rival.capability = s.model.capability - 100;
	s.hardware['gpu-pod'] = 30;
	if (!s.run) apply(s, c, { type: 'start-run', size: c.era.runSizes[2].id });
	return s;
}

describe('the scripted renter', () => {
	/** What the renter does holding the rack's price and `hours` of its bill in cash. */
	function rentsWith(hours: number): Action[] {
		const s = lab();
		const view = cloudView(s, c, rates(s, c), flow(s, rates(s, c)))!;
		s.cash = view.hourly.mul(hours).add(view.oneMore);
		const acts: Action[] = [];
		decideRental(s, c, (a) => {
			acts.push(a);
			return { ok: true };
		});
		return acts;
	}

	it('rents a rack for its run once the cash covers an hour of the bill and the rack', () => {
		expect(rentsWith(1.5)).toEqual([{ type: 'rent', racks: 1 }]);
	});

	it('keeps its cash when it covers less than that', () => {
		expect(rentsWith(0.9)).toEqual([]);
	});
});
