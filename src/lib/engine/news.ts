// The news ticker: headlines drawn from content at events, kept as a short ring.
import { HEADLINES, type HeadlineKind } from '../content';
import { pick, streamOf } from './rng';
import { takeId, type GameState } from './state';

/** Headlines kept: the last 30, and besides them the last 5 world events, which matter
 * longer (an away report tells them first even when a month of releases came after). */
export const NEWS_KEPT = 30;
export const WORLD_NEWS_KEPT = 5;

export interface HeadlineParams {
	lab?: string;
	model?: string;
	cap?: number;
	item?: string;
}

export function fillTemplate(template: string, p: HeadlineParams): string {
	return template
		.replace('{lab}', p.lab ?? '')
		.replace('{model}', p.model ?? '')
		.replace('{cap}', p.cap === undefined ? '' : p.cap.toFixed(1))
		.replace('{item}', p.item ?? '');
}

type Headline = (typeof HEADLINES)[number];
const headlineCache = new Map<string, Map<HeadlineKind, Headline | null>>();

/** The era's own texts for `kind` when it has some, else the common ones (looked up once). */
function headlineFor(kind: HeadlineKind, eraId: string): Headline | null {
	let forEra = headlineCache.get(eraId);
	if (!forEra) headlineCache.set(eraId, (forEra = new Map()));
	let def = forEra.get(kind);
	if (def === undefined) {
		const forKind = HEADLINES.filter((h) => h.kind === kind);
		def = forKind.find((h) => h.eras?.includes(eraId)) ?? forKind.find((h) => !h.eras) ?? null;
		forEra.set(kind, def);
	}
	return def;
}

/** The world's news (an event's headline, its default taken): kept apart from the lab's, so a
 * fast-forward's thousands of rival releases never push them out. */
export const WORLD_KINDS: ReadonlySet<string> = new Set(['world-event', 'event-default']);

export function pushNews(state: GameState, kind: HeadlineKind, params: HeadlineParams = {}): void {
	// Fast-forward makes thousands of headlines (rival releases) and keeps the last 30.
	const def = headlineFor(kind, state.eraId);
	if (!def) return;
	// Headlines draw from their own stream: a choice that writes one more headline must not
	// shift the draws of rivals and runs (the probe compares choices on the same world).
	const text = fillTemplate(pick(streamOf(state, 'newsRng'), def.texts), params);
	state.news.push({ id: takeId(state), tick: state.tick, kind, text });
	const world = WORLD_KINDS.has(kind);
	let same = 0;
	for (const n of state.news) if (WORLD_KINDS.has(n.kind) === world) same++;
	if (same > (world ? WORLD_NEWS_KEPT : NEWS_KEPT)) {
		const oldest = state.news.findIndex((n) => WORLD_KINDS.has(n.kind) === world);
		state.news.splice(oldest, 1);
	}
}
