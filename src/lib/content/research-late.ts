// The rest of the research tree, open from the Cloud era on (the Garage has the first steps).
import type { ResearchDef } from './types';

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
