// Seeded world events: each asks the player a question with two answers. An answer's effects
// are multipliers that hold while the event lasts (constant between events, so fast-forward
// stays exact), plus one-off consequences taken when the answer is given. The question stays
// open while the event lasts (engine/world-events.ts); until it is answered the default's
// multipliers and delay hold, and one nobody answers is settled as the event ends, so an
// absent player gets exactly the default.
export interface EventOptionDef {
	readonly id: string;
	/** The button. */
	readonly label: string;
	/** What it does, in a few words (under the button). */
	readonly text: string;
	/** Multipliers while the event lasts. */
	readonly demand?: number;
	readonly price?: number;
	readonly hardwareCost?: number;
	readonly insight?: number;
	/** Seconds added to every power contract built while it lasts (and those signed meanwhile). */
	readonly buildDelay?: number;
	/** One-off cost: this many seconds of the lab's revenue (at the moment it is chosen). */
	readonly feeRevenueSeconds?: number;
	/** One-off cost: this many seconds of the lab's payroll. */
	readonly feeSalarySeconds?: number;
	/** One-off: the strongest rival's next model gains this many capability points. */
	readonly rivalGain?: number;
}

export interface WorldEventDef {
	readonly id: string;
	readonly name: string;
	/** The question the card asks. */
	readonly text: string;
	/** Seconds it lasts (the draw adds up to half again). */
	readonly duration: number;
	/** Two answers; `defaultOption` is taken when nobody answers. */
	readonly options: readonly [EventOptionDef, EventOptionDef];
	readonly defaultOption: string;
	/** Eras (by id) where it can happen; all if absent. */
	readonly eras?: readonly string[];
	/** Happens only to a lab with researchers. */
	readonly needsResearchers?: boolean;
	/** Happens only to a lab with a power contract left to sign or being built (playtest 40 met
	 * a regulatory delay in Dyson with every contract online: a question about nothing). */
	readonly needsPowerLeft?: boolean;
	readonly headline: string;
}

export const WORLD_EVENTS: readonly WorldEventDef[] = [
	{
		id: 'viral-moment',
		name: 'Viral moment',
		text: 'Everyone wants to try your model. Serve the crowd, or let it pass?',
		duration: 900,
		options: [
			{
				id: 'ride',
				label: 'Serve the crowd',
				text: 'Demand ×3 while it lasts. Customers you cannot serve leave.',
				demand: 3
			},
			{ id: 'pass', label: 'Let it pass', text: 'Nothing changes.' }
		],
		defaultOption: 'pass',
		headline: 'A video of your model writing a wedding speech has forty million views.'
	},
	{
		id: 'chip-shortage',
		name: 'Chip shortage',
		text: 'Hardware prices double. Pay a broker now, or wait it out?',
		duration: 1200,
		options: [
			{
				id: 'pay',
				label: 'Pay the premium',
				text: 'A minute and a half of sales (before costs) now; hardware at the usual price.',
				feeRevenueSeconds: 90
			},
			{
				id: 'wait',
				label: 'Wait it out',
				text: 'Hardware costs ×2 while it lasts.',
				hardwareCost: 2
			}
		],
		defaultOption: 'wait',
		headline: 'A fab fire in a country nobody can find on a map: chip prices double overnight.'
	},
	{
		id: 'price-war',
		name: 'Price war',
		text: 'A rival slashes prices. Match them, or hold your margin?',
		duration: 1500,
		options: [
			{
				id: 'match',
				label: 'Match their price',
				text: 'Your price ×0.7 while it lasts.',
				price: 0.7
			},
			{
				id: 'hold',
				label: 'Hold your margin',
				text: 'Demand ×0.35 while it lasts: bargain hunters leave.',
				demand: 0.35
			}
		],
		defaultOption: 'hold',
		headline: 'A rival lab cuts prices to "a rounding error". Everyone follows, grumbling.'
	},
	{
		id: 'talent-poaching',
		name: 'Talent poaching',
		text: 'A rival courts your researchers. Counter-offer, or let them go?',
		duration: 1200,
		options: [
			{
				id: 'counter',
				label: 'Counter-offer',
				text: 'A bonus of 7 minutes of payroll; the team stays.',
				feeSalarySeconds: 420
			},
			{
				id: 'let-go',
				label: 'Let them go',
				text: 'Insight ×0.7 while it lasts, and the leading rival gets stronger.',
				insight: 0.7,
				rivalGain: 2
			}
		],
		defaultOption: 'let-go',
		needsResearchers: true,
		headline: 'Recruiters camp outside your lab with espresso carts and signing bonuses.'
	},
	{
		id: 'regulatory-delay',
		name: 'Regulatory delay',
		text: 'Permits are stuck. Pay to expedite, or wait for the paperwork?',
		duration: 1200,
		options: [
			{
				id: 'expedite',
				label: 'Pay to expedite',
				text: 'Two minutes of sales (before costs) now; power gets built on time.',
				feeRevenueSeconds: 120
			},
			{
				id: 'wait',
				label: 'Wait for permits',
				text: 'Power contracts built while it lasts take 15 minutes longer.',
				buildDelay: 900
			}
		],
		defaultOption: 'wait',
		needsPowerLeft: true,
		headline: 'A permit office discovers a form it forgot to ask for. Power projects wait.'
	}
];
