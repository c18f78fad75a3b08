// Headlines for the news ticker. Short, dry, fictional. Placeholders: {lab} {model} {cap} {item}.
import type { HeadlineDef, HeadlineKind } from './types';

export const HEADLINES: readonly HeadlineDef[] = [
	{
		kind: 'player-release',
		eras: ['garage'],
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
			'{model} from {lab} climbs a leaderboard nobody had heard of yesterday.'
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
		eras: ['garage'],
		texts: [
			'{model} puts your garage at the top of the leaderboard.',
			'First place: {model} leads every lab. The neighbours want to know what the humming is.'
		]
	},
	{
		kind: 'throttled',
		eras: ['garage'],
		texts: [
			'The lights dim every time you start a run. Power is the limit now.',
			'Breaker trips again: your fleet draws more than the circuit gives.'
		]
	},
	{
		kind: 'broke',
		texts: [
			'The bank account reads $0. The grid powers only what your income pays for, researchers too.',
			'Cash ran out: the utility cuts the chips you cannot pay for. Researchers stay while income pays them.'
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
	{
		kind: 'set-aside',
		texts: [
			'{model} (capability {cap}) is set aside: {item} is better, and waits at the launch gate.'
		]
	},
	{
		kind: 'auto-discard',
		texts: [
			'Auto-start runs set {model} aside: at capability {cap} it was no better than the model you serve.'
		]
	},
	{
		kind: 'delivery',
		eras: ['garage'],
		texts: ['A truck backs into the driveway: {item} delivered.']
	},
	{
		kind: 'power-online',
		eras: ['garage'],
		texts: ['{item} is live. More watts, fewer blown fuses.']
	},
	{ kind: 'delivery', texts: ['{item} delivered and racked.'] },
	{ kind: 'power-online', texts: ['{item} is live: more power for the fleet.'] },
	{ kind: 'research', texts: ['Research breakthrough: {item}.'] },
	{ kind: 'world-event', texts: ['{item}'] },
	{ kind: 'event-default', texts: ['{item}'] },
	{
		kind: 'era-goal',
		eras: ['garage'],
		texts: ['The garage is the frontier. The whole industry is watching what you do next.']
	},
	{ kind: 'player-release', texts: ['{model} is out, and the demand graph goes vertical.'] },
	{ kind: 'player-takes-lead', texts: ['{model} leads every lab. For now.'] },
	{ kind: 'throttled', texts: ['The fleet draws more power than you have: everything slows.'] },
	{ kind: 'era-goal', texts: ['Your lab leads this era. The next one is waiting.'] },
	{ kind: 'rental', texts: ['{item}'] },
	{ kind: 'campus', texts: ['{item}'] },
	{
		kind: 'distilled',
		texts: [
			'{model} is done and distilled: small enough for a phone (capability {cap}).',
			'{model} comes out of distillation fitting in a car’s glovebox (capability {cap}).'
		]
	},
	{
		kind: 'charter',
		eras: ['orbit'],
		texts: [
			'A chartered rocket lifts {item} to orbit. No window, no discount.',
			'Charter launch: {item} reaches orbit ahead of the queue.'
		]
	},
	{
		kind: 'panel',
		eras: ['dyson'],
		texts: [
			'Panel number {item} unfolds around the Sun. Astronomers note the star looks dimmer.',
			'{item} panels now: the star sends no bill. The station-keepers do.'
		]
	},
	{
		kind: 'far-site',
		eras: ['moon-mars'],
		texts: [
			'First Martian farm online: {item}, twenty light-minutes from the nearest customer.',
			'The lab breaks ground on Mars with {item}. It will never answer a chat: it trains, and runs batch jobs.'
		]
	},
	{
		kind: 'radiation',
		eras: ['orbit'],
		texts: [
			'Dawn brings a proton storm: radiation retires {item}.',
			'Cosmic rays flip one bit too many: {item} taken out of service.'
		]
	},
	{
		kind: 'endless-epoch',
		texts: [
			'{item}: your lab passes a mark nobody had a name for.',
			'{item}: the star shines a little more for thinking.'
		]
	},
	...eraVoices()
];

/** Each later era's own voice for the player's news: the same kinds, its own world. */
function eraVoices(): HeadlineDef[] {
	const voices: Record<string, Partial<Record<HeadlineKind, string[]>>> = {
		cloud: {
			'player-release': ['{model} goes live in six regions; the status page stays green, mostly.'],
			'player-takes-lead': [
				'{model} tops the leaderboard. Neoclouds call to rent your spare racks.'
			],
			throttled: ['The colo cage is at its power limit: racks throttle, customers notice.'],
			delivery: ['{item} arrives at the loading dock, shrink-wrapped and already late.'],
			'power-online': ['{item} is energised. The chillers hum a little louder.'],
			'era-goal': ['The cloud is yours. Somewhere, a campus-sized field is for sale.']
		},
		hyperscale: {
			'player-release': ['{model} ships from a campus the size of a small town.'],
			'player-takes-lead': ['{model} puts you in front; the grid operator asks for a meeting.'],
			throttled: ['The substation is maxed out. Power, not chips, is what you are short of.'],
			delivery: ['{item} installed; the cooling loop gurgles approvingly.'],
			'power-online': ['{item} clears its last permit and comes online, at last.'],
			'era-goal': ['You out-built everyone. The next compute is already in people’s pockets.']
		},
		edge: {
			'player-release': [
				'{model} rolls out to a billion devices overnight, one charger at a time.'
			],
			'player-takes-lead': ['{model} leads; half the world’s fridges are quietly serving it.'],
			throttled: ['Too few devices on the charger tonight: the swarm throttles.'],
			delivery: ['{item} joins the swarm, a few million devices at a time.'],
			'power-online': ['{item} pools its watts into the swarm.'],
			'era-goal': ['The swarm is the frontier. Next stop: above the weather.']
		},
		orbit: {
			'player-release': [
				'{model} is beamed down from orbit at the speed of light, minus paperwork.'
			],
			'player-takes-lead': ['{model} leads from 550 km up.'],
			throttled: ['Eclipse season: the constellation runs short of sunlight and throttles.'],
			delivery: ['{item} reaches orbit and unfolds.'],
			'power-online': ['{item} unfurls to the sun.'],
			'era-goal': ['Orbit is crowded with your racks. The Moon has fewer neighbours.']
		},
		'moon-mars': {
			'player-release': ['{model} ships from Tharsis; Earth gets it twenty minutes later.'],
			'player-takes-lead': ['{model} leads on three worlds.'],
			throttled: ['Dust storm on Mars: the solar farms sag and the fleet throttles.'],
			delivery: ['{item} lands in a cloud of regolith, intact.'],
			'power-online': ['{item} comes online on the far side of the terminator.'],
			'era-goal': ['Two worlds run your models. The Sun itself is the last power contract.']
		},
		dyson: {
			'player-release': ['{model} trains on a star’s output and still has a waitlist.'],
			'player-takes-lead': ['{model} leads. The other labs are bidding for the Sun’s leftovers.'],
			throttled: ['Even a star has limits: the swarm draws more than its panels catch.'],
			delivery: ['{item} slots into the swarm, a planet’s worth of mass at a time.'],
			'power-online': ['{item} joins the collectors around the Sun.'],
			'era-goal': ['There is no bigger frontier. The story of your lab is complete.']
		}
	};
	return Object.entries(voices).flatMap(([era, kinds]) =>
		Object.entries(kinds).map(([kind, texts]) => ({
			kind: kind as HeadlineKind,
			eras: [era],
			texts: texts!
		}))
	);
}
