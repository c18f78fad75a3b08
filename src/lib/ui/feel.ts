// Feedback for the moments that matter: a brief animation on what the player touched and a
// haptic tick. Animations use the Web Animations API, so nothing is left behind in the DOM,
// and none run when motion is reduced (the player's setting, or the system's).
import { haptic, reducedMotion } from '$lib/prefs/prefs.svelte';

export type Moment = 'buy' | 'release' | 'era' | 'achievement';

const VIBRATION: Record<Moment, number | number[]> = {
	buy: 8,
	release: [14, 40, 14],
	era: [30, 60, 30, 60, 60],
	achievement: [10, 30, 10]
};

const MOTION: Record<Moment, { frames: Keyframe[]; ms: number }> = {
	buy: {
		frames: [{ transform: 'scale(1)' }, { transform: 'scale(0.94)' }, { transform: 'scale(1)' }],
		ms: 180
	},
	release: {
		frames: [
			{ transform: 'scale(1)', boxShadow: '0 0 0 0 var(--accent)' },
			{ transform: 'scale(1.03)', boxShadow: '0 0 0 6px transparent' },
			{ transform: 'scale(1)', boxShadow: '0 0 0 0 transparent' }
		],
		ms: 420
	},
	era: {
		frames: [
			{ opacity: 0, transform: 'translateY(12px)' },
			{ opacity: 1, transform: 'none' }
		],
		ms: 500
	},
	achievement: {
		// In place and full size (it lies over the header's title and must not leave its box; its ✕
		// keeps 44 px from the first frame).
		frames: [{ opacity: 0 }, { opacity: 1 }],
		ms: 260
	}
};

/** Marks a moment: a haptic tick, and a short animation of `el` unless motion is reduced. */
export function celebrate(moment: Moment, el?: Element | null): void {
	haptic(VIBRATION[moment]);
	const target = el ?? (moment === 'era' ? document.querySelector('main') : null);
	if (!target || reducedMotion() || typeof target.animate !== 'function') return;
	const { frames, ms } = MOTION[moment];
	target.animate(frames, { duration: ms, easing: 'cubic-bezier(.2,.8,.2,1)' });
}
