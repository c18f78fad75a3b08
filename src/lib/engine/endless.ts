// After the Dyson goal the lab plays on in epochs: each asks for EPOCH_POINTS more capability
// than the last, is recorded (the lab time it was reached, for the statistics) and grants a share
// of all the Moat the lab has earned, which still buys perks. Epochs change only when a model is released, an
// event of the step itself, so fast-forward stays exact.
import { ERAS, type EraContent } from '../content';
import { Decimal } from './decimal';
import { pushNews } from './news';
import type { GameState } from './state';

/** Capability each epoch asks for beyond the last (×10^0.5 training FLOP). */
export const EPOCH_POINTS = 5;

/** Whether the lab plays on past the end of the road (the last era's goal reached). */
export function inEndless(state: GameState): boolean {
	return state.meta.finished && state.eraId === ERAS[ERAS.length - 1].id;
}

/** The capability a released model needs for epoch `epoch` (the next one by default). */
export function epochTarget(
	state: GameState,
	content: EraContent,
	epoch = state.meta.endless.epoch + 1
): number {
	return content.era.goalCapability + EPOCH_POINTS * epoch;
}

/** The share of all the Moat earned that an epoch grants. A lab at the end of the road has
 * earned ~1300 Moat and its perks' next levels cost 100–250; an epoch that paid its number (1, 2,
 * …) bought one in fifteen epochs (playtest 38: "epochs pay 1–5 Moat vs perks 128–250"). A tenth
 * buys about a level an epoch, and grows as the perks' prices do (×2–2.5 a level over a dozen
 * perks: ~×1.1 a purchase). */
export const EPOCH_MOAT_SHARE = 0.1;

/** Moat the next epoch grants a lab that has earned `earned`: a tenth of it (EPOCH_MOAT_SHARE),
 * rounded up, and at least the epoch's number. */
export function epochMoat(earned: Decimal, epoch: number): Decimal {
	return Decimal.max(earned.mul(EPOCH_MOAT_SHARE).ceil(), epoch);
}

/** Past the end of the road, whether the model waiting at the gate reaches the next epoch's mark:
 * released, it takes at least one epoch. */
export function gateTakesEpoch(state: GameState, content: EraContent): boolean {
	return inEndless(state) && !!state.gate && state.gate.capability >= epochTarget(state, content);
}

/** Called at each release: counts the epochs the served model has passed. */
export function noteEpochs(state: GameState, content: EraContent): void {
	if (!inEndless(state)) return;
	const endless = state.meta.endless;
	while (state.model.capability >= epochTarget(state, content)) {
		endless.epoch += 1;
		endless.records.push(state.tick);
		const gain = epochMoat(state.meta.moatEarned, endless.epoch);
		state.meta.moat = state.meta.moat.add(gain);
		state.meta.moatEarned = state.meta.moatEarned.add(gain);
		pushNews(state, 'endless-epoch', { item: `Epoch ${endless.epoch}` });
	}
}

export interface EpochRecord {
	epoch: number;
	/** Seconds of the last era when it was reached. */
	tick: number;
	/** Seconds since the epoch before (or since the era began, for the first). */
	took: number;
}

export interface EndlessView {
	epoch: number;
	nextTarget: number;
	/** How far the served model is from the last epoch's mark to the next one's, 0…1. */
	progress: number;
	records: EpochRecord[];
	/** The quickest epoch reached by a release of its own, if any: one reached with the epoch
	 * before it, by the same release, took 0 s and is no record (playtest 38 read "Epoch 2 …: 0s
	 * since the last (fastest)"). */
	fastest: EpochRecord | null;
	/** The Moat the next epoch grants (epochMoat). */
	nextMoat: Decimal;
}

export function endlessView(state: GameState, content: EraContent): EndlessView {
	const { epoch, records } = state.meta.endless;
	const from = epochTarget(state, content, epoch);
	const nextTarget = epochTarget(state, content);
	const progress = Math.min(1, Math.max(0, (state.model.capability - from) / EPOCH_POINTS));
	const list = records.map((tick, i) => ({
		epoch: i + 1,
		tick,
		took: tick - (i > 0 ? records[i - 1] : 0)
	}));
	const fastest = list.reduce<EpochRecord | null>(
		(b, r) => (r.took > 0 && (b === null || r.took < b.took) ? r : b),
		null
	);
	return {
		epoch,
		nextTarget,
		progress,
		records: list,
		fastest,
		nextMoat: epochMoat(state.meta.moatEarned, epoch + 1)
	};
}
