// The Cloud era's decision: rent capacity by the hour (instant, no purchase, an hourly bill)
// or buy it (cheaper over time, slower to deliver); and resell idle capacity on a spot market.
import type { RentalDef } from './types';

/** Rentals by era id: only the Cloud rents. */
export const RENTALS: Readonly<Record<string, RentalDef>> = {
	cloud: {
		hardware: 'gpu-pod',
		// A rack's hour costs this share of what its capacity fetches on the spot market over the
		// hour (engine/cloud-actions.ts rentHourly), so it moves with the market (4x dearer when
		// rivals lead than when the lab does) and with the price of a token. At a pod's price over
		// 12 hours, 16 racks cost 3 % of the income after the first release (playtest 8). The
		// player who never rents, fifteen seeds from each one's Cloud start (2026-12-04, the
		// probe's race, the scripted renter unchanged): median 60 % later at the old price; 0.02:
		// within the first eight seeds as before; 0.03: 40 %; 0.05: 14 %; 0.1 and dearer: within
		// noise of the renter (the scripted renter pays for racks that train). With the renter's
		// one-hour cushion (sim/cloud-strategy.ts): 0.03 122 % (blocks of five 120 / 140 / 129),
		// 0.05 55 % (one block 17 %), 0.1 13 %.
		margin: 0.03,
		maxRacks: 1000
	}
};
