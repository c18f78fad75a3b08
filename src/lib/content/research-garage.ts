// The Garage era's research: the first steps on each track.
import type { ResearchDef } from './types';

export const GARAGE_RESEARCH: readonly ResearchDef[] = [
	{
		id: 'int8-quantization',
		name: 'INT8 quantization',
		track: 'efficiency',
		blurb: 'Half the bytes per weight; the model fits in half the memory.',
		cost: 40,
		requires: [],
		effects: [
			{ target: 'footprint', op: 'mul', value: 0.5 },
			{ target: 'flopPerToken', op: 'mul', value: 0.85 }
		]
	},
	{
		id: 'distillation',
		name: 'Distillation',
		track: 'efficiency',
		blurb: 'A small student serves what the big teacher knows: fewer FLOP per token.',
		cost: 150,
		requires: ['int8-quantization'],
		effects: [{ target: 'flopPerToken', op: 'mul', value: 0.6 }]
	},
	{
		id: 'speculative-decoding',
		name: 'Speculative decoding',
		track: 'efficiency',
		blurb: 'Guess four tokens, check them at once.',
		cost: 600,
		requires: ['distillation'],
		effects: [{ target: 'flopPerToken', op: 'mul', value: 0.7 }]
	},
	{
		id: 'data-curation',
		name: 'Data curation',
		track: 'scaling',
		blurb: 'Fewer cat pictures, more textbooks: twice the capability per FLOP.',
		cost: 60,
		requires: [],
		effects: [{ target: 'algoEfficiency', op: 'mul', value: 2 }]
	},
	{
		id: 'scaling-laws',
		name: 'Scaling laws',
		track: 'scaling',
		blurb: 'Know the right size before you train it.',
		cost: 300,
		requires: ['data-curation'],
		effects: [{ target: 'algoEfficiency', op: 'mul', value: 2.5 }]
	},
	{
		id: 'mixed-precision',
		name: 'Mixed-precision training',
		track: 'scaling',
		blurb: 'Train in half precision; the cards run faster.',
		cost: 120,
		requires: [],
		effects: [{ target: 'trainThroughput', op: 'mul', value: 1.5 }]
	},
	{
		id: 'undervolting',
		name: 'Undervolting',
		track: 'hardware',
		blurb: 'Same FLOP, fewer watts, slightly less smoke.',
		cost: 80,
		requires: [],
		effects: [{ target: 'watts', op: 'mul', value: 0.8 }]
	},
	{
		id: 'public-api',
		name: 'Public API',
		track: 'product',
		blurb: 'Let developers in: a bigger market.',
		cost: 100,
		requires: [],
		effects: [{ target: 'marketSize', op: 'mul', value: 1.6 }]
	},
	{
		id: 'chat-app',
		name: 'Chat app',
		track: 'product',
		blurb: 'A text box for everyone, and launch parties that trend.',
		cost: 400,
		requires: ['public-api'],
		effects: [
			{ target: 'marketSize', op: 'mul', value: 2 },
			{ target: 'hypeSpike', op: 'mul', value: 1.5 }
		]
	},
	{
		id: 'lab-notebooks',
		name: 'Lab notebooks',
		track: 'operations',
		blurb: 'Write things down: researchers stop repeating each other.',
		cost: 50,
		requires: [],
		effects: [{ target: 'insightRate', op: 'mul', value: 1.5 }]
	},
	// Repeatable projects: done again and again at a rising price, so insight always has a use
	// in the Garage once the tree is done (later eras have their own, research-late.ts).
	{
		id: 'hyperparameter-sweeps',
		name: 'Hyperparameter sweeps',
		track: 'scaling',
		blurb: 'Try every learning rate over the weekend: a little more capability per FLOP.',
		cost: 250,
		requires: ['data-curation'],
		effects: [{ target: 'algoEfficiency', op: 'mul', value: 1.3 }],
		repeatable: 1.6
	},
	{
		id: 'kernel-tuning',
		name: 'Kernel tuning',
		track: 'efficiency',
		blurb: 'Hand-written kernels, one matrix shape at a time: fewer FLOP per token.',
		cost: 300,
		requires: ['int8-quantization'],
		effects: [{ target: 'flopPerToken', op: 'mul', value: 0.85 }],
		repeatable: 1.6
	},
	{
		id: 'word-of-mouth',
		name: 'Word of mouth',
		track: 'product',
		blurb: 'Meetups, demos and stickers: a bigger market.',
		cost: 300,
		requires: ['public-api'],
		effects: [{ target: 'marketSize', op: 'mul', value: 1.2 }],
		repeatable: 1.6
	}
];
