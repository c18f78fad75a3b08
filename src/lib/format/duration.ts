// Durations for players: "45s", "2m 05s", "1h 03m", "3d 4h", "1,200 years". Pure.
import { formatCount } from './number';

export function formatDuration(seconds: number): string {
	if (!Number.isFinite(seconds)) return '∞';
	const s = Math.max(0, Math.round(seconds));
	if (s < 60) return `${s}s`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
	const h = Math.floor(m / 60);
	if (h < 24) return `${h}h ${String(m % 60).padStart(2, '0')}m`;
	const d = Math.floor(h / 24);
	if (d < 365) return `${d}d ${h % 24}h`;
	const y = Math.floor(d / 365);
	// Past a century the days say nothing, and a raw count of years printed "1.41e+21y".
	return y < 100 ? `${y}y ${d % 365}d` : `${formatCount(y)} years`;
}

/** An estimate's duration, no finer than it is known: to 5 minutes under an hour, to half an
 * hour under ten, else to the hour ("25m", "3h 30m", "14h"); at least 5 minutes. */
export function formatAbout(seconds: number): string {
	if (!Number.isFinite(seconds)) return '∞';
	const step = seconds < 3600 ? 300 : seconds < 36_000 ? 1800 : 3600;
	const m = Math.max(5, (Math.round(seconds / step) * step) / 60);
	if (m < 60) return `${m}m`;
	const h = Math.floor(m / 60);
	if (h >= 24) return formatDuration(m * 60);
	return m % 60 ? `${h}h ${m % 60}m` : `${h}h`;
}
