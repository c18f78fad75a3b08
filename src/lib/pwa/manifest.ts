// The web app manifest. Kept in one place so tests can check the served copy against it.
export const THEME_COLOR = '#0b1020';
export const BACKGROUND_COLOR = '#0b1020';

export const manifest = {
	id: '/',
	name: 'Frontier — an AI lab idle game',
	short_name: 'Frontier',
	description:
		'Run an AI lab from a garage GPU to a Dyson swarm. Train or serve, race the rival labs, and keep progressing offline.',
	start_url: '/',
	scope: '/',
	display: 'standalone' as const,
	orientation: 'portrait' as const,
	theme_color: THEME_COLOR,
	background_color: BACKGROUND_COLOR,
	categories: ['games', 'simulation'],
	icons: [
		{ src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	],
	screenshots: [
		{
			src: '/screenshot-narrow.png',
			sizes: '390x844',
			type: 'image/png',
			form_factor: 'narrow' as const,
			label: 'The Lab screen: compute, tokens and cash, and the Train ↔ Serve control'
		}
	]
};
