// The five screens of the bottom tab bar (GAME.md, "Screens").
export const TABS = [
	{ id: 'lab', label: 'Lab', icon: 'M4 20h16M7 20V9l5-5 5 5v11M10 14h4' },
	{ id: 'fleet', label: 'Fleet', icon: 'M5 5h14v14H5zM9 9h6v6H9zM9 2v3M15 2v3M9 19v3M15 19v3' },
	{
		id: 'research',
		label: 'Research',
		icon: 'M9 3h6M10 3v6l-5 9a2 2 0 0 0 2 3h10a2 2 0 0 0 2-3l-5-9V3'
	},
	{ id: 'market', label: 'Market', icon: 'M4 20V4M4 20h16M8 16l4-5 3 3 5-7' },
	{ id: 'era', label: 'Era', icon: 'M12 3a9 9 0 1 0 9 9M12 7v5l3 3M16 3h5v5' }
] as const;

export type TabId = (typeof TABS)[number]['id'];

export function isTabId(value: string): value is TabId {
	return TABS.some((t) => t.id === value);
}
