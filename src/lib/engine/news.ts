// The news ticker: headlines drawn from content at events, kept as a short ring.
import { HEADLINES, type HeadlineKind } from '../content';
import { pick } from './rng';
import type { GameState } from './state';

export const NEWS_KEPT = 30;

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
const headlineCache = new Map<string, Headline | null>();

/** The era's own texts for `kind` when it has some, else the common ones (looked up once). */
function headlineFor(kind: HeadlineKind, eraId: string): Headline | null {
	const key = `${kind}|${eraId}`;
	let def = headlineCache.get(key);
	if (def === undefined) {
		const forKind = HEADLINES.filter((h) => h.kind === kind);
		def = forKind.find((h) => h.eras?.includes(eraId)) ?? forKind.find((h) => !h.eras) ?? null;
		headlineCache.set(key, def);
	}
	return def;
}

export function pushNews(state: GameState, kind: HeadlineKind, params: HeadlineParams = {}): void {
	// Fast-forward makes thousands of headlines (rival releases) and keeps the last 30.
	const def = headlineFor(kind, state.eraId);
	if (!def) return;
	state.news.push({ tick: state.tick, kind, text: fillTemplate(pick(state, def.texts), params) });
	if (state.news.length > NEWS_KEPT) state.news.splice(0, state.news.length - NEWS_KEPT);
}
