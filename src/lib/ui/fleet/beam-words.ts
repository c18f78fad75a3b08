// The star's beam slider (StarBeam.svelte), end to end: its left end keeps every watt at the
// star, its right end beams every watt to the fleet, and its value is the share beamed, so the
// thumb moves toward the end a nudge button names. Playtest 20 could not tell which end kept and
// which beamed: the slider's value was the share kept, so dragging toward "Beam" kept more.
import type { BeamAdvice } from '$lib/engine';
import { formatPercent } from '$lib/format/number';

/** The slider's value (0…100) for a beam share (0…1): the percent beamed. */
export function beamSliderValue(beam: number): number {
	return Math.round(beam * 100);
}

/** The beam share a slider value sets. */
export function beamFromSlider(value: number): number {
	return Math.min(100, Math.max(0, Math.round(value))) / 100;
}

export interface BeamWords {
	/** The current split, each share with where its watts go. */
	keep: string;
	keepWhere: string;
	beam: string;
	beamWhere: string;
	/** What each end of the slider does, left then right. */
	ends: [string, string];
	/** The slider's value for a screen reader. */
	valueText: string;
}

export function beamWords(beam: number): BeamWords {
	const beamed = beamSliderValue(beam);
	const kept = 100 - beamed;
	return {
		keep: `Keep ${kept}%`,
		keepWhere: 'at the star',
		beam: `Beam ${beamed}%`,
		beamWhere: 'to the fleet',
		ends: ['keep all', 'beam all'],
		valueText: `${beamed}% beamed to the fleet, ${kept}% kept at the star`
	};
}

/** The beam that powers every chip (beamToPower, under 1), as the star card offers it: a whole
 * percent rounded up so that it does power them all, never read as all of it while some is spare
 * (playtest 21 read "The chips want every beamed watt" beside "Earth buys the chips' spare" at
 * 99.5 %). */
export function beamFitsText(beamToPower: number): string {
	const fits = Math.ceil(beamToPower * 100);
	return fits >= 100 ? formatPercent(beamToPower, 1) : `${fits}%`;
}

/** The star card's suggestion (engine/beam-advice.ts) on its button: what a tap does, or, once
 * followed, what the beam does now (the button stays, done, in its spot: playtest 34). "Keep the
 * spare" beams what powers every chip, which from a beam below it is beaming more: said
 * (playtest 41 read "Beam 94%: keep the spare for the run" at keep 50 % as keeping less). */
export function beamAdviceText(advice: BeamAdvice): string {
	const at = beamSliderValue(advice.beam);
	if (advice.spare === 'keep')
		return advice.here
			? `Beaming ${at}%: the spare trains the run`
			: `Beam ${at}%: power every chip, keep the spare for the run`;
	return advice.here ? `Beaming ${at}%: Earth buys the spare` : `Beam ${at}%: sell the spare`;
}
