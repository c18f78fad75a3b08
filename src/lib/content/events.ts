// Seeded world events: they change the board for a while. Effects are multipliers that hold
// for the event's length (constant between events, so fast-forward stays exact).
export interface WorldEventDef {
	readonly id: string;
	readonly name: string;
	/** What the player sees while it lasts. */
	readonly text: string;
	/** Seconds it lasts (the draw adds up to half again). */
	readonly duration: number;
	readonly demand?: number;
	readonly price?: number;
	readonly hardwareCost?: number;
	readonly insight?: number;
	/** Seconds added to every contract still being built when it starts. */
	readonly buildDelay?: number;
	/** Eras (by id) where it can happen; all if absent. */
	readonly eras?: readonly string[];
	readonly headline: string;
}

export const WORLD_EVENTS: readonly WorldEventDef[] = [
	{
		id: 'chip-shortage',
		name: 'Chip shortage',
		text: 'Hardware costs double while the fabs catch up.',
		duration: 1800,
		hardwareCost: 2,
		headline: 'A fab fire in a country nobody can find on a map: chip prices double overnight.'
	},
	{
		id: 'viral-moment',
		name: 'Viral moment',
		text: 'Demand ×3: can you serve it?',
		duration: 900,
		demand: 3,
		headline: 'A video of your model writing a wedding speech has forty million views.'
	},
	{
		id: 'price-war',
		name: 'Price war',
		text: 'A rival slashes prices: yours buy 30% less.',
		duration: 2400,
		price: 0.7,
		headline: 'A rival lab cuts prices to "a rounding error". Everyone follows, grumbling.'
	},
	{
		id: 'talent-poaching',
		name: 'Talent poaching',
		text: 'Your best researchers are being courted: insight halved.',
		duration: 1800,
		insight: 0.5,
		headline: 'Recruiters camp outside your lab with espresso carts and signing bonuses.'
	},
	{
		id: 'regulatory-delay',
		name: 'Regulatory delay',
		text: 'Permits are stuck: power contracts being built take longer.',
		duration: 1200,
		buildDelay: 1800,
		eras: ['hyperscale', 'orbit', 'moon-mars', 'dyson'],
		headline: 'A permit office discovers a form it forgot to ask for. Power projects wait.'
	}
];
