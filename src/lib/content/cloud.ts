// The Cloud era's decision: rent capacity by the hour (instant, no purchase, an hourly bill)
// or buy it (cheaper over time, slower to deliver); and resell idle capacity on a spot market.
import type { RentalDef } from './types';

/** Rentals by era id: only the Cloud rents. */
export const RENTALS: Readonly<Record<string, RentalDef>> = {
	cloud: {
		hardware: 'gpu-pod',
		// A pod by the hour at 6 % of its list price: buying pays off after about 17 hours.
		hourly: 0.06,
		maxRacks: 1000
	}
};
