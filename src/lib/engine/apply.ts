// Actions as data: everything a player (or automation, or a scripted player) can do is a
// plain value, applied by one function. A session's actions can be logged, replayed from a
// save, and shared by the UI, automation and the scripted players.
import type { EraContent } from '../content';
import {
	buy,
	discardModel,
	hire,
	letGo,
	release,
	research,
	setPriceTier,
	setTrainShare,
	signContract,
	startRun,
	stopRun,
	type ActionResult,
	type Amount
} from './actions';
import { relearn } from './relearn';
import { researchMax } from './research-max';
import { setAutomation, type AutomationKind, type AutomationPatch } from './automation-settings';
import { chooseEvent } from './event-choice';
import { setStandingAnswer } from './standing-answer';
import { buyPerk, startNewEra } from './prestige';
import { rent, setLease, setResell } from './cloud-actions';
import { buildCampus, fundSilicon } from './hyperscale-actions';
import { recruit, releaseBlocks, setDistil } from './edge-actions';
import { charter, setCharter } from './orbit-actions';
import { buyPanel, setBeam } from './dyson-actions';
import { setBuildFar } from './moon-mars-actions';
import type { GameState } from './state';
import { changing } from './rates-kept';
import type { HireAmount } from './hiring';

export type Action =
	| { type: 'buy'; hardware: string; count: Amount }
	| { type: 'train-share'; share: number }
	| { type: 'price-tier'; tier: string }
	| { type: 'start-run'; size: string }
	/** Abandons the training run under way (its compute is lost). */
	| { type: 'stop-run' }
	| { type: 'release' }
	/** Throws the model at the launch gate away. */
	| { type: 'discard' }
	| { type: 'hire'; count?: HireAmount }
	/** One researcher leaves (salaries the lab cannot pay). */
	| { type: 'let-go' }
	| { type: 'research'; project: string }
	/** As many levels of a repeatable project as the insight pays for, one after another. */
	| { type: 'research-max'; project: string }
	| { type: 'relearn' }
	| { type: 'sign'; contract: string }
	| { type: 'buy-perk'; perk: string }
	| { type: 'automation'; kind: AutomationKind; patch: AutomationPatch }
	/** Answers the world event under way (its choice card, lab/EventBanner.svelte). */
	| { type: 'event-choice'; option: string }
	/** Sets (or, with null, clears) the answer taken as each event of a kind starts. */
	| { type: 'standing-answer'; event: string; option: string | null }
	/** The Cloud: racks rented by the hour, and spot resale of spare capacity. */
	| { type: 'rent'; racks: number }
	| { type: 'resell'; on: boolean }
	/** The Cloud: the paid hours a rental runs before its racks go back (0: until given back). */
	| { type: 'lease'; hours: number }
	/** Hyperscale: start a campus at a site; fund the next generation of custom silicon. */
	| { type: 'build-campus'; site: string }
	| { type: 'fund-silicon'; pay: 'cash' | 'insight' }
	/** The Edge swarm: sign up device blocks; distil the models that finish to fit them. */
	| { type: 'recruit'; count: number | 'max' }
	/** The Edge swarm: let device blocks go (no refund), the way out of a swarm too big. */
	| { type: 'release-blocks'; count: number }
	| { type: 'distil'; on: boolean }
	/** Orbit: launch the cargo now rather than at the next scheduled launch. */
	| { type: 'charter' }
	/** Orbit: every purchase flies on a chartered rocket (dearer) or waits for the next scheduled launch. */
	| { type: 'chartering'; on: boolean }
	/** Dyson: more panels collecting the star's power (one, or a lot of ten). */
	| { type: 'panel'; count?: number }
	/** Dyson: the share of the panels' watts beamed to the fleet (the rest trains at the star). */
	| { type: 'beam'; share: number }
	/** Moon and Mars: the next purchases are built far (they only train) or near (they serve). */
	| { type: 'build-far'; on: boolean }
	/** Moves the lab into the next era; the state is replaced in place. */
	| { type: 'new-era' };

/** Applies one action to the state (in place). A refused action changes nothing. */
export function apply(state: GameState, content: EraContent, action: Action): ActionResult {
	return changing(() => applyAction(state, content, action));
}

function applyAction(state: GameState, content: EraContent, action: Action): ActionResult {
	switch (action.type) {
		case 'buy':
			return buy(state, content, action.hardware, action.count);
		case 'train-share':
			return setTrainShare(state, action.share);
		case 'price-tier':
			return setPriceTier(state, content, action.tier);
		case 'start-run':
			return startRun(state, content, action.size);
		case 'stop-run':
			return stopRun(state);
		case 'release':
			return release(state, content);
		case 'discard':
			return discardModel(state);
		case 'hire':
			return hire(state, content, action.count);
		case 'let-go':
			return letGo(state);
		case 'research-max':
			return researchMax(state, content, action.project);
		case 'research':
			return research(state, content, action.project);
		case 'relearn':
			return relearn(state, content);
		case 'sign':
			return signContract(state, content, action.contract);
		case 'buy-perk':
			return buyPerk(state, action.perk);
		case 'automation':
			return setAutomation(state, action.kind, action.patch);
		case 'event-choice':
			return chooseEvent(state, content, action.option);
		case 'standing-answer':
			return setStandingAnswer(state, action.event, action.option);
		case 'rent':
			return rent(state, content, action.racks);
		case 'resell':
			return setResell(state, action.on);
		case 'lease':
			return setLease(state, content, action.hours);
		case 'build-campus':
			return buildCampus(state, content, action.site);
		case 'fund-silicon':
			return fundSilicon(state, content, action.pay);
		case 'recruit':
			return recruit(state, content, action.count);
		case 'release-blocks':
			return releaseBlocks(state, content, action.count);
		case 'distil':
			return setDistil(state, content, action.on);
		case 'charter':
			return charter(state, content);
		case 'chartering':
			return setCharter(state, content, action.on);
		case 'panel':
			return buyPanel(state, content, action.count);
		case 'beam':
			return setBeam(state, content, action.share);
		case 'build-far':
			return setBuildFar(state, content, action.on);
		case 'new-era': {
			const next = startNewEra(state);
			if (!next.ok) return next;
			// The next era's state shares nothing with this one: take over its fields.
			Object.assign(state, next.state);
			return { ok: true };
		}
	}
}

/** An action and the tick it was issued at: one line of a session's log. */
export interface LoggedAction {
	/** The era's tick when it was applied (a new era starts again at 0). */
	tick: number;
	action: Action;
}
