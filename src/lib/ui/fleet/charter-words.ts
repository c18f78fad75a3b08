// The Charter switch's line on the Launch window card (OrbitLaunch.svelte): what a purchase does
// now. Playtest 34 read "Every purchase flies now" with Charter on, beside Constellation blocks
// "arriving in 4m 46s": a chartered rocket flies a unit once it is built (engine/orbit.ts
// charterLands), and units booked on a window before the switch stay booked (the cargo).
import type { OrbitView } from '$lib/engine';
import { formatDuration } from '$lib/format/duration';

export function charterLine(
	view: Pick<OrbitView, 'chartering' | 'charterLands' | 'cargoUnits'>
): string {
	if (!view.chartering) return 'Purchases wait for the window, at list price.';
	const built = view.charterLands.filter((t) => t.landsIn > 0);
	const flies =
		built.length === 0
			? 'Every purchase flies now, at the charter price.'
			: `Every purchase flies at the charter price once built: ${built
					.map((t) => `${t.name} lands in ${formatDuration(t.landsIn)}`)
					.join(', ')}${built.length < view.charterLands.length ? ', the rest at once' : ''}.`;
	return view.cargoUnits > 0
		? `${flies} Units booked before still wait for their window (Fly now, below).`
		: flies;
}
