// The era's own power source, in the Power card's words (engine/power-sources.ts sourceBillLine);
// the Edge swarm's owners are paid, not a power bill: their words only say what of.
export const sourceWords = {
	downlink: "the ground stations' downlink fee",
	relay: "the Earth relay's fee",
	panels: "the panels' station-keeping",
	peak: "the Metro campuses' peak premium"
};
export const sourceOf = {
	owners: 'of the price of every token the swarm serves',
	downlink: 'of the price of every token you send down',
	relay: 'of what every token you send to Earth sells for',
	// The Power card says it with the upkeep's rate and the draw they carry (stationKeeping).
	panels: 'of what you sell, for the power they carry',
	peak: 'of what you sell, for the compute they carry'
};
