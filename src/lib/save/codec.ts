// The game state as plain JSON and back. Which fields are Decimals is listed here once.
import type { Decimal } from '../engine/decimal';
import type { GameState, Meta, Model, Run } from '../engine/state';
import { decodeDecimal, encodeDecimal } from './decimal-codec';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const modelToJson = (m: Model): Json => ({
	name: m.name,
	capability: m.capability,
	flop: encodeDecimal(m.flop),
	params: encodeDecimal(m.params)
});
const runToJson = (r: Run): Json => ({
	sizeId: r.sizeId,
	target: encodeDecimal(r.target),
	progress: encodeDecimal(r.progress),
	outcome: r.outcome
});

/**
 * The state as a JSON-safe object (Decimals as exact strings). Fields that are not listed
 * here are plain data already; they are shared with the state, not copied: do not mutate.
 */
export function stateToJson(s: GameState): { [key: string]: Json } {
	const { cash, tokens, insight, run, gate, model, meta, series, ...plain } = s;
	const { moat, moatEarned, lifetimeTokens, ...plainMeta } = meta;
	return {
		...(plain as unknown as { [key: string]: Json }),
		cash: encodeDecimal(cash),
		tokens: encodeDecimal(tokens),
		insight: encodeDecimal(insight),
		run: run ? runToJson(run) : null,
		gate: gate ? modelToJson(gate) : null,
		model: modelToJson(model),
		series: series.map((p) => ({ tick: p.tick, cashPerSec: encodeDecimal(p.cashPerSec) })),
		meta: {
			...(plainMeta as unknown as { [key: string]: Json }),
			moat: encodeDecimal(moat),
			moatEarned: encodeDecimal(moatEarned),
			lifetimeTokens: encodeDecimal(lifetimeTokens)
		}
	};
}

export function encodeState(s: GameState): string {
	return JSON.stringify(stateToJson(s));
}

/** Throws only for fields that should be Decimals and are not; validation (validate.ts) runs first. */
function dec(value: unknown, path: string): Decimal {
	const d = decodeDecimal(value);
	if (!d) throw new Error(`${path} is not a number`);
	return d;
}

function modelFromJson(m: Record<string, unknown>, path: string): Model {
	return {
		name: m.name as string,
		capability: m.capability as number,
		flop: dec(m.flop, `${path}.flop`),
		params: dec(m.params, `${path}.params`)
	};
}

/** Revives Decimals in an object produced by stateToJson. The structure is trusted. */
export function stateFromJson(o: Record<string, unknown>): GameState {
	const run = o.run as Record<string, unknown> | null;
	return {
		...(o as unknown as GameState),
		cash: dec(o.cash, 'cash'),
		tokens: dec(o.tokens, 'tokens'),
		insight: dec(o.insight, 'insight'),
		run: run
			? {
					sizeId: run.sizeId as string,
					target: dec(run.target, 'run.target'),
					progress: dec(run.progress, 'run.progress'),
					outcome: run.outcome as number
				}
			: null,
		gate: o.gate ? modelFromJson(o.gate as Record<string, unknown>, 'gate') : null,
		model: modelFromJson(o.model as Record<string, unknown>, 'model'),
		series: (o.series as Record<string, unknown>[]).map((p, i) => ({
			tick: p.tick as number,
			cashPerSec: dec(p.cashPerSec, `series[${i}].cashPerSec`)
		})),
		meta: metaFromJson(o.meta as Record<string, unknown>)
	};
}

function metaFromJson(m: Record<string, unknown>): Meta {
	return {
		...(m as unknown as Meta),
		moat: dec(m.moat, 'meta.moat'),
		moatEarned: dec(m.moatEarned, 'meta.moatEarned'),
		lifetimeTokens: dec(m.lifetimeTokens, 'meta.lifetimeTokens')
	};
}

export function decodeState(text: string): GameState {
	return stateFromJson(JSON.parse(text));
}
