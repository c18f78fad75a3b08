// Research after the Garage. Each era knows, from its first second, the projects of the eras
// before it (the Garage's first steps, the Cloud's tree, …) on three tracks: efficiency,
// product and operations carry over. Hardware and scaling are learned again for each era's
// chips and scale, and the repeatable frontier restarts at level 0. Each era adds its own.
import type { ResearchDef, ResearchTrack } from './types';

export const LATE_RESEARCH: readonly ResearchDef[] = [
	{
		id: 'mixture-of-experts',
		name: 'Mixture of experts',
		track: 'efficiency',
		blurb: 'Only the experts a token needs wake up.',
		cost: 1500,
		requires: ['speculative-decoding'],
		effects: [
			{ target: 'flopPerToken', op: 'mul', value: 0.5 },
			{ target: 'footprint', op: 'mul', value: 0.7 }
		]
	},
	{
		id: 'synthetic-data',
		name: 'Synthetic data',
		track: 'scaling',
		blurb: 'Models write the textbooks their successors learn from.',
		cost: 1200,
		requires: ['scaling-laws'],
		effects: [{ target: 'algoEfficiency', op: 'mul', value: 3 }]
	},
	{
		id: 'rl-post-training',
		name: 'RL post-training',
		track: 'scaling',
		blurb: 'Reward what works; the model learns to think longer.',
		cost: 4000,
		requires: ['synthetic-data'],
		effects: [{ target: 'algoEfficiency', op: 'mul', value: 2.5 }]
	},
	{
		id: 'custom-silicon',
		name: 'Custom silicon',
		track: 'hardware',
		blurb: 'Chips that do one thing, twice as fast.',
		cost: 2000,
		requires: ['undervolting'],
		effects: [{ target: 'compute', op: 'mul', value: 2 }]
	},
	{
		id: 'liquid-cooling',
		name: 'Liquid cooling',
		track: 'hardware',
		blurb: 'Water where the air used to be: fewer watts for the same FLOP.',
		cost: 900,
		requires: ['undervolting'],
		effects: [{ target: 'watts', op: 'mul', value: 0.7 }]
	},
	{
		id: 'agents',
		name: 'Agents',
		track: 'product',
		blurb: 'Models that do the task, not just talk about it.',
		cost: 1800,
		requires: ['chat-app'],
		effects: [{ target: 'marketSize', op: 'mul', value: 2 }]
	},
	{
		id: 'enterprise',
		name: 'Enterprise contracts',
		track: 'product',
		blurb: 'Procurement forms, and very large invoices.',
		cost: 3000,
		requires: ['agents'],
		effects: [{ target: 'marketSize', op: 'mul', value: 1.8 }]
	},
	{
		id: 'coding-tools',
		name: 'Coding tools',
		track: 'product',
		blurb: 'Developers pay for anything that writes the tests for them.',
		cost: 1200,
		requires: ['public-api'],
		effects: [{ target: 'marketSize', op: 'mul', value: 1.5 }]
	},
	{
		id: 'ops-dashboards',
		name: 'Operations dashboards',
		track: 'operations',
		blurb: 'Every researcher sees every run: less waiting, more thinking.',
		cost: 700,
		requires: ['lab-notebooks'],
		effects: [{ target: 'insightRate', op: 'mul', value: 2 }]
	},
	// Repeatable projects: the tree's frontier, done again and again at a rising price. They
	// keep a long era growing after the tree is finished (and the power is all signed).
	{
		id: 'algorithmic-advances',
		name: 'Algorithmic advances',
		track: 'scaling',
		blurb: 'Every good paper of the quarter, folded into the next run.',
		cost: 8000,
		requires: ['rl-post-training'],
		effects: [{ target: 'algoEfficiency', op: 'mul', value: 1.5 }],
		repeatable: 1.6
	},
	{
		id: 'perf-per-watt',
		name: 'Performance per watt',
		track: 'hardware',
		blurb: 'Another process node, another turn of the cooling loop: more FLOP, fewer watts.',
		cost: 5000,
		requires: ['custom-silicon', 'liquid-cooling'],
		effects: [
			{ target: 'compute', op: 'mul', value: 1.25 },
			{ target: 'watts', op: 'mul', value: 0.85 }
		],
		repeatable: 1.7
	},
	{
		id: 'new-markets',
		name: 'New markets',
		track: 'product',
		blurb: 'Another language, another industry, another country.',
		cost: 6000,
		requires: ['enterprise'],
		effects: [{ target: 'marketSize', op: 'mul', value: 1.4 }],
		repeatable: 1.7
	},
	{
		id: 'research-platform',
		name: 'Research platform',
		track: 'operations',
		blurb: 'Better tools for the people who build the tools.',
		cost: 3000,
		requires: ['ops-dashboards'],
		effects: [{ target: 'insightRate', op: 'mul', value: 1.25 }],
		repeatable: 1.3
	}
];

/** Each era's own projects after the Cloud (whose own are LATE_RESEARCH), by era id. */
export const ERA_RESEARCH: Readonly<Record<string, readonly ResearchDef[]>> = {
	hyperscale: [
		{
			id: 'campus-cooling',
			name: 'Campus cooling',
			track: 'hardware',
			blurb: 'One water loop for a whole campus.',
			cost: 18_000,
			requires: ['liquid-cooling'],
			effects: [{ target: 'watts', op: 'mul', value: 0.8 }]
		},
		{
			id: 'long-context',
			name: 'Long context',
			track: 'product',
			blurb: 'Whole codebases and contracts in one prompt.',
			cost: 24_000,
			requires: ['enterprise'],
			effects: [{ target: 'marketSize', op: 'mul', value: 1.5 }]
		}
	],
	edge: [
		{
			id: 'on-device-models',
			name: 'On-device models',
			track: 'efficiency',
			blurb: 'Small enough for a phone, good enough for its owner.',
			cost: 24_000,
			requires: ['mixture-of-experts'],
			effects: [
				{ target: 'footprint', op: 'mul', value: 0.6 },
				{ target: 'flopPerToken', op: 'mul', value: 0.8 }
			]
		},
		{
			id: 'swarm-scheduler',
			name: 'Swarm scheduler',
			track: 'operations',
			blurb: 'Work goes where the idle devices are.',
			cost: 18_000,
			requires: ['ops-dashboards'],
			effects: [{ target: 'insightRate', op: 'mul', value: 1.5 }]
		}
	],
	orbit: [
		{
			id: 'radiation-hardening',
			name: 'Radiation hardening',
			track: 'hardware',
			blurb: 'Chips that shrug off a solar storm.',
			cost: 30_000,
			requires: ['campus-cooling'],
			// Radiation halved: the one project a player away for a night reads radiation against
			// (playtest 24 saw the name and no effect on it).
			effects: [
				{ target: 'compute', op: 'mul', value: 1.3 },
				{ target: 'radiation', op: 'mul', value: 0.5 }
			]
		},
		{
			id: 'reasoning-models',
			name: 'Reasoning models',
			track: 'scaling',
			blurb: 'Models that check their own work before they answer.',
			cost: 36_000,
			requires: ['rl-post-training'],
			effects: [{ target: 'algoEfficiency', op: 'mul', value: 1.5 }]
		}
	],
	'moon-mars': [
		{
			id: 'delay-tolerant-training',
			name: 'Delay-tolerant training',
			track: 'scaling',
			blurb: 'Gradients that can wait twenty minutes for the next planet.',
			cost: 42_000,
			requires: ['reasoning-models'],
			effects: [{ target: 'trainThroughput', op: 'mul', value: 1.4 }]
		},
		{
			id: 'interplanetary-markets',
			name: 'Interplanetary markets',
			track: 'product',
			blurb: 'Settlers want answers too, and pay in advance.',
			cost: 36_000,
			requires: ['long-context'],
			effects: [{ target: 'marketSize', op: 'mul', value: 1.5 }]
		}
	],
	dyson: [
		{
			id: 'stellar-foundries',
			name: 'Stellar foundries',
			track: 'hardware',
			blurb: 'Chips made where the sunlight is.',
			cost: 48_000,
			requires: ['radiation-hardening'],
			effects: [
				{ target: 'compute', op: 'mul', value: 1.3 },
				{ target: 'watts', op: 'mul', value: 0.8 }
			]
		},
		{
			id: 'self-improving-research',
			name: 'Self-improving research',
			track: 'operations',
			blurb: 'The models write the next research agenda.',
			cost: 48_000,
			requires: ['swarm-scheduler'],
			effects: [{ target: 'insightRate', op: 'mul', value: 1.5 }]
		}
	]
};

/** Tracks whose projects carry over into the next era. Hardware does not (each era's chips
 * are new) and neither does scaling (each era's models are trained afresh at a new scale: the
 * House recipes perk is what keeps training tricks). */
const CARRIED: readonly ResearchTrack[] = ['efficiency', 'product', 'operations'];

/**
 * The research of the later era at `position` in `eraIds` (the Cloud first): every tree up to
 * its own (so every id resolves), and the ids it knows from the start: the earlier trees'
 * projects on the carried tracks, repeatable ones aside.
 */
export function researchOfEra(
	garage: readonly ResearchDef[],
	eraIds: readonly string[],
	position: number
): { research: ResearchDef[]; known: string[]; relearn: string[] } {
	const trees = [garage, LATE_RESEARCH, ...eraIds.slice(1).map((id) => ERA_RESEARCH[id] ?? [])];
	const upTo = trees.slice(0, position + 2);
	const before = upTo.slice(0, -1).flat();
	const known = before.filter((r) => !r.repeatable && CARRIED.includes(r.track)).map((r) => r.id);
	// The earlier eras' hardware and scaling projects: learned again here (one tap: 'relearn').
	const relearn = before
		.filter((r) => !r.repeatable && !CARRIED.includes(r.track))
		.map((r) => r.id);
	return { research: upTo.flat().map((r) => ({ ...r })), known, relearn };
}
