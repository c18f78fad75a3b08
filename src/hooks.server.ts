// The page is prerendered (static): this runs once per page at build time.
import type { Handle } from '@sveltejs/kit';

/** The shell's scripts are preloaded at low priority: the first paint (the shell, drawn by the
 * HTML and its inlined styles) does not wait for them, and on a slow connection they do not take
 * its bandwidth (Lighthouse counts high-priority scripts fetched before the first paint as
 * render-blocking). */
export const lowPriorityPreloads = (html: string): string =>
	html.replaceAll('rel="modulepreload">', 'rel="modulepreload" fetchpriority="low">');

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => lowPriorityPreloads(html) });
