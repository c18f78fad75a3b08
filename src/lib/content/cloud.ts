// The Cloud era's decision: rent capacity by the hour (instant, no purchase, an hourly bill)
// or buy it (cheaper over time, slower to deliver); and resell idle capacity on a spot market.
import type { RentalDef } from './types';

/** Rentals by era id: only the Cloud rents. */
export const RENTALS: Readonly<Record<string, RentalDef>> = {
	cloud: {
		hardware: 'gpu-pod',
		// A rack's hour costs what a pod costs the lab now over `payback` (engine/cloud-actions.ts
		// rentHourly): renting is cheaper for an active sitting (the era is about an hour of
		// play), buying for racks kept overnight. At 1-4 hours the player who never rents was
		// within noise of the one who does (the probe's cloud.ignore-later, per seed -55..47 %);
		// at 8 its median was 25-31 %, at 12 92 % (quick probe, 2026-12-03).
		payback: 12,
		maxRacks: 1000
	}
};
