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

export function pushNews(state: GameState, kind: HeadlineKind, params: HeadlineParams = {}): void {
	// The era's own texts when it has some, else the common ones.
	const forKind = HEADLINES.filter((h) => h.kind === kind);
	const def = forKind.find((h) => h.eras?.includes(state.eraId)) ?? forKind.find((h) => !h.eras);
	if (!def) return;
	state.news.push({ tick: state.tick, kind, text: fillTemplate(pick(state, def.texts), params) });
	if (state.news.length > NEWS_KEPT) state.news.splice(0, state.news.length - NEWS_KEPT);
}
