// Shared test helpers: random playable states, and state comparison with a tolerance.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { CAMPUSES, ERAS, eraContent, WORLD_EVENTS } from '../../../src/lib/content';
import {
	activeEvent,
	advance,
	apply,
	buy,
	discardModel,
	buildCampus,
	fundSilicon,
	startEvent,
	hire,
	cloneState,
	rates,
	release,
	rent,
	research,
	setLease,
	setResell,
	LEASES,
	setPriceTier,
	setTrainShare,
	signContract,
	startRun,
	stopRun,
	newGame,
	isFiniteDecimal,
	money,
	type GameState
} from '../../../src/lib/engine';
import { stateToJson } from '../../../src/lib/save/codec';
import { readRecord } from '../../../src/lib/save/record';

export const garage = eraContent('garage');

export { overBilledLab, overBoughtLab, overBoughtRun, pausedLab } from './broke-labs';

/** The lab serving a model twice the size its fleet's memory holds (what it owns now, and on
 * the way: the fit counts orders as landed). */
export function bigModel(s: GameState): GameState {
	const c = eraContent(s.eraId);
	const landed = cloneState(s);
	for (const o of landed.orders)
		landed.hardware[o.hardwareId] = (landed.hardware[o.hardwareId] ?? 0) + o.count;
	const r = rates(landed, c);
	s.model = { ...s.model, params: s.model.params.mul(r.memory.div(r.footprint).mul(2)) };
	return s;
}

/** The state of a browser-test fixture (tests/fixtures/e2e/<name>.json), read as a save. */
export const fixtureState = (name: string): GameState =>
	readRecord(JSON.parse(readFileSync(`tests/fixtures/e2e/${name}.json`, 'utf8'))).state;

/** The Garage fixture with one card, no research and no run: its goal is not within a day, but
 * a run of some days reaches it (the goal forecast's far run). */
export function oneCardGarage(): GameState {
	const s = fixtureState('garage');
	s.hardware = { 'gaming-gpu': 1 };
	s.research = [];
	s.researchers = 0;
	s.run = null;
	return s;
}

/** One thing a player might do, as data so fast-check can shrink it. Catalog entries are
 * picked by index, so the same move works in every era. */
export type Move =
	| { kind: 'buy'; pick: number; amount: number | 'max' }
	| { kind: 'share'; value: number }
	| { kind: 'run'; pick: number }
	| { kind: 'release' }
	| { kind: 'stop' }
	| { kind: 'discard' }
	| { kind: 'rent'; racks: number }
	| { kind: 'resell'; on: boolean }
	| { kind: 'lease'; pick: number }
	| { kind: 'campus'; pick: number }
	| { kind: 'silicon'; insight: boolean }
	| { kind: 'swarm'; blocks: number; distil: boolean }
	| { kind: 'price'; tier: string }
	| { kind: 'hire' }
	| { kind: 'research'; pick: number }
	| { kind: 'sign'; pick: number }
	| { kind: 'wait'; steps: number }
	| { kind: 'cash'; amount: number }
	| { kind: 'hype'; value: number }
	/** A world event starts now (unanswered), or the one under way is answered. */
	| { kind: 'event'; pick: number }
	| { kind: 'answer'; pick: number }
	/** Orbit's launches (chartering on or off, and the cargo flown now); Dyson's panels. */
	| { kind: 'launch'; on: boolean }
	| { kind: 'panel'; count: number }
	/** Moon and Mars: the next purchases built far (they only train) or near. */
	| { kind: 'far'; on: boolean };

const pick = fc.nat({ max: 1000 });

/** Hype as the engine makes it: never -0 (a save writes it as 0, so it would not read back equal). */
const hypeArb = fc.double({ min: -0.99, max: 20, noNaN: true }).map((h) => h + 0);
/** Loyal customers or a launch rush (loyalty.ts), never -0 either. */
const loyalArb = fc.double({ min: 0, max: 5, noNaN: true }).map((h) => h + 0);

export const moveArb: fc.Arbitrary<Move> = fc.oneof(
	fc.record({
		kind: fc.constant('buy' as const),
		pick,
		amount: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constant('max' as const))
	}),
	fc.record({
		kind: fc.constant('share' as const),
		value: fc.double({ min: 0, max: 1, noNaN: true })
	}),
	fc.record({ kind: fc.constant('run' as const), pick }),
	fc.record({ kind: fc.constant('release' as const) }),
	fc.record({ kind: fc.constant('stop' as const) }),
	fc.record({ kind: fc.constant('discard' as const) }),
	fc.record({
		kind: fc.constant('price' as const),
		tier: fc.constantFrom('cheap', 'standard', 'premium')
	}),
	fc.record({ kind: fc.constant('hire' as const) }),
	fc.record({ kind: fc.constant('research' as const), pick }),
	fc.record({ kind: fc.constant('sign' as const), pick }),
	fc.record({ kind: fc.constant('wait' as const), steps: fc.integer({ min: 1, max: 4000 }) }),
	// The Cloud's racks by the hour and its spot resale (refused in other eras).
	fc.record({ kind: fc.constant('rent' as const), racks: fc.integer({ min: 0, max: 30 }) }),
	fc.record({ kind: fc.constant('resell' as const), on: fc.boolean() }),
	// The rental's lease (its end falls on a bill: advance must end there as steps do).
	fc.record({ kind: fc.constant('lease' as const), pick }),
	// Hyperscale's campuses (at a site) and silicon (refused in other eras).
	fc.record({ kind: fc.constant('campus' as const), pick }),
	fc.record({ kind: fc.constant('silicon' as const), insight: fc.boolean() }),
	fc.record({
		kind: fc.constant('swarm' as const),
		blocks: fc.integer({ min: 0, max: 200 }),
		distil: fc.boolean()
	}),
	// Orbit's charter and Dyson's panels (refused in other eras).
	fc.record({ kind: fc.constant('launch' as const), on: fc.boolean() }),
	fc.record({ kind: fc.constant('panel' as const), count: fc.integer({ min: 1, max: 30 }) }),
	fc.record({ kind: fc.constant('far' as const), on: fc.boolean() }),
	// A windfall (a multiple of the era's starting cash), so random play reaches big purchases.
	fc.record({
		kind: fc.constant('cash' as const),
		amount: fc.double({ min: 0, max: 1e9, noNaN: true })
	}),
	// Hype from customers lost to latency (below 0) to a launch's worth, so both demand regimes
	// and both directions of motion are common.
	fc.record({
		kind: fc.constant('hype' as const),
		value: hypeArb
	}),
	fc.record({ kind: fc.constant('event' as const), pick }),
	fc.record({ kind: fc.constant('answer' as const), pick })
);

export function applyMove(state: GameState, move: Move): void {
	const c = eraContent(state.eraId);
	const at = <T>(list: readonly T[], i: number) => list[i % list.length];
	switch (move.kind) {
		case 'buy':
			buy(state, c, at(c.era.hardware, move.pick).id, move.amount);
			break;
		case 'share':
			setTrainShare(state, move.value);
			break;
		case 'run':
			startRun(state, c, at(c.era.runSizes, move.pick).id);
			break;
		case 'release':
			release(state, c);
			break;
		case 'stop':
			stopRun(state);
			break;
		case 'discard':
			discardModel(state);
			break;
		case 'rent':
			rent(state, c, move.racks);
			break;
		case 'resell':
			setResell(state, move.on);
			break;
		case 'lease':
			setLease(state, c, at(LEASES, move.pick));
			break;
		case 'campus': {
			const sites = CAMPUSES[state.eraId]?.sites ?? [{ id: 'river-valley' }];
			buildCampus(state, c, at(sites, move.pick).id);
			break;
		}
		case 'silicon':
			fundSilicon(state, c, move.insight ? 'insight' : 'cash');
			break;
		case 'swarm':
			// The Edge swarm (engine/edge.ts): any block count is a state the engine accepts.
			if (c.era.id === 'edge') state.edge.blocks = move.blocks;
			apply(state, c, { type: 'distil', on: move.distil });
			break;
		case 'price':
			setPriceTier(state, c, move.tier);
			break;
		case 'hire':
			hire(state, c);
			break;
		case 'research':
			state.insight = state.insight.add(10_000);
			research(state, c, at(c.era.research, move.pick).id);
			break;
		case 'sign':
			signContract(state, c, at(c.era.power, move.pick).id);
			break;
		case 'wait':
			advance(state, c, move.steps);
			break;
		case 'cash':
			state.cash = state.cash.add(money(c, move.amount * c.era.startCash));
			break;
		case 'hype':
			state.hype = move.value;
			break;
		case 'event':
			if (!state.event) startEvent(state, at(WORLD_EVENTS, move.pick));
			break;
		case 'launch':
			apply(state, c, { type: 'chartering', on: move.on });
			if (move.on) apply(state, c, { type: 'charter' });
			break;
		case 'panel':
			// In lots of ten where they fill one (the card's ×10), then one a tap.
			for (let i = 0; i < Math.floor(move.count / 10); i++)
				apply(state, c, { type: 'panel', count: 10 });
			for (let i = 0; i < move.count % 10; i++) apply(state, c, { type: 'panel' });
			break;
		case 'far':
			apply(state, c, { type: 'build-far', on: move.on });
			break;
		case 'answer': {
			const def = activeEvent(state);
			if (def) apply(state, c, { type: 'event-choice', option: at(def.options, move.pick).id });
			break;
		}
	}
}

/** A state of any era reached by a seed and a list of moves, sometimes right after a launch (hype). */
export const stateArb: fc.Arbitrary<GameState> = fc
	.tuple(
		fc.integer({ min: 0, max: 2 ** 32 - 1 }),
		fc.array(moveArb, { maxLength: 25 }),
		fc.option(hypeArb, { freq: 2 }),
		fc.constantFrom(...ERAS.map((e) => e.id)),
		fc.boolean(),
		fc.option(fc.tuple(loyalArb, loyalArb), { freq: 2 })
	)
	.map(([seed, moves, hype, eraId, automated, loyalty]) => {
		const s = newGame(seed, eraId);
		// Half the states own every automation perk, so automation runs inside the laws too; Follow
		// demand (off in a new game) on, at a floor of 0, 30 or 60 % (by the seed).
		if (automated) {
			for (const id of [
				'release-manager',
				'run-scheduler',
				'procurement',
				'energy-desk',
				'capacity-planner'
			])
				s.meta.perks[id] = 1;
			s.meta.automation.match = { on: true, floor: (seed % 3) * 0.3 };
		}
		for (const m of moves) applyMove(s, m);
		if (hype !== null) s.hype = hype;
		// Customers won or still to win by launches (loyalty.ts), as many launches would leave.
		if (loyalty) s.loyalty = { loyal: loyalty[0], rush: loyalty[1] };
		return s;
	});

type Json = unknown;

/** Differences between two states: numbers within `tol` relative, everything else exact. */
/**
 * Fields that differ between two states beyond rounding. `scale` gives a field (by its last
 * key) the size of what flowed through it: cash that fell from $25 to $0.19 by thousands of
 * small steps keeps the rounding of $25-sized sums, so its error is measured against $25.
 */
export function stateDiff(
	a: GameState,
	b: GameState,
	tol = 1e-9,
	scale: Record<string, number> = {}
): string[] {
	const out: string[] = [];
	let key = '';
	// The flowed size in the units of x and y (0 where either is beyond a double).
	const widen = (unit: number) => {
		const s = (scale[key] ?? 0) / unit;
		return Number.isFinite(s) ? s : 0;
	};
	// `unit`: what 1 means for x and y (Decimals are compared by mantissa at one exponent).
	const close = (x: number, y: number, unit = 1) =>
		x === y || Math.abs(x - y) <= tol * Math.max(Math.abs(x), Math.abs(y), 1e-6, widen(unit));
	const walk = (x: Json, y: Json, path: string) => {
		if (out.length > 10) return;
		key = path.slice(path.lastIndexOf('.') + 1);
		if (typeof x === 'number' && typeof y === 'number') {
			const exact =
				Number.isInteger(x) &&
				Number.isInteger(y) &&
				/tick|At|count|version|rng|researchers|models|runs|hardware/.test(path);
			if (exact ? x !== y : !close(x, y)) out.push(`${path}: ${x} vs ${y}`);
		} else if (
			typeof x === 'string' &&
			typeof y === 'string' &&
			/^-?[\d.]+(e-?\d+)?$/.test(x) &&
			/^-?[\d.]+(e-?\d+)?$/.test(y)
		) {
			const [mx, ex] = x.split('e').map(Number);
			const [my, ey] = y.split('e').map(Number);
			const vx = mx * Math.pow(10, (ex || 0) - (ey || 0));
			if (!close(vx, my, Math.pow(10, ey || 0))) out.push(`${path}: ${x} vs ${y}`);
		} else if (Array.isArray(x) && Array.isArray(y)) {
			if (x.length !== y.length) out.push(`${path}.length: ${x.length} vs ${y.length}`);
			else x.forEach((v, i) => walk(v, y[i], `${path}[${i}]`));
		} else if (x && y && typeof x === 'object' && typeof y === 'object') {
			const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
			for (const k of keys)
				walk((x as Record<string, Json>)[k], (y as Record<string, Json>)[k], `${path}.${k}`);
		} else if (x !== y) out.push(`${path}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
	};
	walk(stateToJson(a), stateToJson(b), '');
	return out;
}

/** Every number in the state is finite and every stock non-negative. */
export function badNumbers(s: GameState): string[] {
	const out: string[] = [];
	const walk = (x: Json, path: string) => {
		if (typeof x === 'number' && !Number.isFinite(x)) out.push(`${path} = ${x}`);
		else if (typeof x === 'string' && /^-?[\d.]+e-?\d+$|^-?[\d.]+$/.test(x)) {
			if (x.startsWith('-')) out.push(`${path} = ${x} (negative)`);
		} else if (typeof x === 'string' && /NaN|Infinity/.test(x) && !path.endsWith('text'))
			out.push(`${path} = ${x}`);
		else if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${path}[${i}]`));
		else if (x && typeof x === 'object')
			for (const [k, v] of Object.entries(x)) walk(v, `${path}.${k}`);
	};
	for (const d of [s.cash, s.tokens, s.insight]) {
		if (!isFiniteDecimal(d)) out.push(`decimal ${d.mantissa}e${d.exponent}`);
		if (d.lt(0)) out.push(`negative stock ${d.toString()}`);
	}
	if (!(s.hype >= -1)) out.push(`hype ${s.hype}`);
	walk(stateToJson(s), '');
	return out;
}
