// Headlines for the news ticker. Short, dry, fictional. Placeholders: {lab} {model} {cap} {item}.
import type { HeadlineDef } from './types';

export const HEADLINES: readonly HeadlineDef[] = [
	{
		kind: 'player-release',
		texts: [
			'{model} is out. Early users call it "surprisingly not terrible".',
			'Your lab ships {model}; a forum thread about it reaches 400 replies.',
			'{model} launches to a waitlist longer than your driveway.'
		]
	},
	{
		kind: 'rival-release',
		texts: [
			'{lab} releases {model}, "our most capable model yet" (capability {cap}).',
			'{lab} drops {model} at 3 a.m. with a blog post and no benchmarks.',
			'{model} from {lab} tops a leaderboard nobody had heard of yesterday.'
		]
	},
	{
		kind: 'rival-takes-lead',
		texts: [
			'{lab} takes the lead with {model}. Analysts: "the race is a peloton".',
			'{model} puts {lab} in front. Their CEO tweets a single emoji.'
		]
	},
	{
		kind: 'player-takes-lead',
		texts: [
			'{model} puts your garage at the top of the leaderboard.',
			'First place: {model} leads every lab. The neighbours want to know what the humming is.'
		]
	},
	{
		kind: 'throttled',
		texts: [
			'The lights dim every time you start a run. Power is the limit now.',
			'Breaker trips again: your fleet draws more than the circuit gives.'
		]
	},
	{
		kind: 'broke',
		texts: [
			'Payroll missed. Your researchers are "working from the coffee shop".',
			'The bank account reads $0. Researchers down tools until you can pay them.'
		]
	},
	// Each later era has its own voice for releases.
	{
		kind: 'rival-release',
		eras: ['cloud'],
		texts: [
			'{lab} ships {model} and a pricing page with eleven tiers (capability {cap}).',
			'{lab} launches {model}; three neoclouds announce capacity for it within the hour.'
		]
	},
	{
		kind: 'rival-release',
		eras: ['hyperscale'],
		texts: [
			'{lab} unveils {model}, trained on "a campus the size of a small town" (capability {cap}).',
			'{model} from {lab}: the utility commission learns of it from the press release.'
		]
	},
	{
		kind: 'rival-release',
		eras: ['edge'],
		texts: [
			'{lab} releases {model}; every phone on the night bus gets a little warmer (capability {cap}).',
			'{model} from {lab} runs on your fridge now. The fridge is not consulted.'
		]
	},
	{
		kind: 'rival-release',
		eras: ['orbit'],
		texts: [
			'{lab} launches {model}, literally: forty satellites and a livestream (capability {cap}).',
			'{model} from {lab} goes up on the morning launch. Astronomers sigh.'
		]
	},
	{
		kind: 'rival-release',
		eras: ['moon-mars'],
		texts: [
			'{lab} releases {model} from Olympus Mons; Earth gets it twenty minutes later (capability {cap}).',
			'{model} from {lab}: trained on the Moon, benchmarked on Mars, argued about on Earth.'
		]
	},
	{
		kind: 'rival-release',
		eras: ['dyson'],
		texts: [
			'{lab} releases {model}. The sun dims by a part in a billion (capability {cap}).',
			'{model} from {lab} is finished training before the light from its launch leaves the swarm.'
		]
	},
	{ kind: 'rehired', texts: ['Payroll is back; the researchers are back at their desks.'] },
	{ kind: 'run-finished', texts: ['Training of {model} is done. It waits at the launch gate.'] },
	{
		kind: 'disappointing-run',
		texts: ['{model} finished training, and… well. An A for effort (capability {cap}).']
	},
	{ kind: 'delivery', texts: ['A truck backs into the driveway: {item} delivered.'] },
	{ kind: 'power-online', texts: ['{item} is live. More watts, fewer blown fuses.'] },
	{ kind: 'research', texts: ['Research breakthrough: {item}.'] },
	{ kind: 'world-event', texts: ['{item}'] },
	{
		kind: 'era-goal',
		texts: ['The garage is the frontier. The whole industry is watching what you do next.']
	}
];
