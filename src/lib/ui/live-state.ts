// The running game's own state on the page: it mounts in pieces, each in a task of its own
// (Stages): what shows only on demand (toasts, sheets, prompts) after the shell; once the game
// runs, the live counters, then the lab in five (LabScreen's parts). What opening the lab needs is loaded with it; the rest (`later`) when the browser is
// idle: the other screens, the sheets and the away report.
import { game } from '$lib/runtime/game.svelte';
import { Lazy } from './shell/lazy.svelte';
import { Stages } from './shell/stages.svelte';

export const extras = new Stages(1);
export const lab = new Stages(6);

/** The live counters are on show (until then: the first paint's). */
export const counting = (): boolean => game.ready && lab.reached >= 1;
/** The lab is on show (until then: "Opening the lab"), and how much of it (LabScreen's part). */
export const shown = (): boolean => game.ready && lab.reached >= 2;
export const labPart = (): number => lab.reached - 1;

export const later = {
	fleet: new Lazy(() => import('./fleet/FleetScreen.svelte')),
	research: new Lazy(() => import('./research/ResearchScreen.svelte')),
	market: new Lazy(() => import('./market/MarketScreen.svelte')),
	era: new Lazy(() => import('./era/EraScreen.svelte')),
	settings: new Lazy(() => import('./settings/SettingsContent.svelte')),
	stats: new Lazy(() => import('./stats/StatsSheet.svelte')),
	away: new Lazy(() => import('./away/AwayReport.svelte')),
	install: new Lazy(() => import('./shell/InstallGuide.svelte'))
};
