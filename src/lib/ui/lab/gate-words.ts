// The launch gate's verdict in words (LaunchGate.svelte): release now or hold, first, with the
// reason that decides it, from the engine's own comparison (market-outlook.ts releaseOutlook:
// a release that lowers the income is held). Playtest 23 read "income ×47" beside "99.9 % of
// customers leave" about the same release and could not tell whether to release.
import { MIN_RELEASE_FIT, type ReleaseOutlook } from '$lib/engine';
import { formatPercentBelow } from '$lib/format/percent-below';
import { formatCount } from '$lib/format/number';

/** Why a release lowers the income, the first that holds (playtest 15: no reason given).
 * `bigger`: the waiting model has more parameters than the served one. */
export function lowerReason(
	o: Pick<ReleaseOutlook, 'fitAfter' | 'powerDearer'>,
	bigger: boolean
): string | null {
	if (o.fitAfter < 1)
		return `your fleet's memory would serve it at ${formatPercentBelow(o.fitAfter, MIN_RELEASE_FIT)} speed`;
	if (o.powerDearer) return `power gets ${formatCount(o.powerDearer)}× dearer with it`;
	if (bigger) return 'it is bigger, so each token takes more of your compute';
	return null;
}

export interface ReleaseVerdict {
	/** Release now (the release does not lower the income), or hold. */
	release: boolean;
	/** The verdict first ("Release now", "Hold"), then the reason that decides it. */
	text: string;
	/** Why the release lowers the income, as a fact without the verdict (null when it does not,
	 * or no reason holds): what the gate says with Advice off (playtest 26 read "demand 12×
	 * capacity" as a demand problem, the memory's share said only in the verdict). */
	fact: string | null;
	/** Released with customers lost at launch (`warnsLeave`: the fleet cannot serve the rush), why
	 * it is still worth it; else null. */
	worthIt: string | null;
}

/** The gate's verdict on a better model waiting (`o` not worse): `gate` and `served` name the
 * waiting and the served model. One that takes the era goal is always released. */
export function releaseVerdict(
	o: ReleaseOutlook,
	gate: string,
	served: string,
	bigger: boolean
): ReleaseVerdict {
	const reason = lowerReason(o, bigger);
	if (o.takesGoal && o.lowersIncome)
		// The era goal outweighs the income (playtest 29 read "takes the era goal" over "Hold").
		return {
			release: true,
			text: `Release now: it takes the era goal, though ${gate} earns less than ${served}${reason ? ` (${reason})` : ''}.`,
			fact: reason ? `Released, ${gate} earns less: ${reason}.` : null,
			// The verdict has said why it is worth it.
			worthIt: null
		};
	if (!o.lowersIncome) {
		const why = o.heldFades
			? `once today's hype fades, ${gate} earns more than ${served} would`
			: `${gate} earns more than ${served}${o.incomeSettled ? ', even once its launch rush fades' : ''}`;
		return {
			release: true,
			text: `Release now: ${why}.`,
			fact: null,
			// Playtest 31 read "Income $1.11/s → $1.01/s at launch … income rises all the same".
			// Playtest 41 read "income rises" beside "99.9 % of customers leave" as a contradiction:
			// the lab serves fewer tokens (warnsLeave), each of which earns more.
			worthIt: !o.warnsLeave
				? null
				: o.incomeAfter.gte(o.incomeNow)
					? 'Still worth it: each token you serve earns more, so income rises all the same.'
					: 'Still worth it: once the launch settles, it earns more than holding would.'
		};
	}
	const when = o.heldFades
		? "once today's hype fades"
		: o.incomeSettled
			? 'once its launch rush fades'
			: '';
	return {
		release: false,
		text: `Hold: keep serving ${served}. Released, ${gate} would earn less${when ? ` ${when}` : ''}${reason ? ` (${reason})` : ''}.`,
		fact: reason ? `Released, ${gate} earns less: ${reason}.` : null,
		worthIt: null
	};
}

/** What holding the waiting model does, as the gate's last line: puts off the era goal, forgoes
 * the released model's faded income over the held one's (`money`: a figure a second in the
 * gate's notation), or nothing. Where the income line shows a fall at launch and today's income
 * rides the last launch's hype, it says the held income falls too: playtest 43 read "Income
 * $8.28/s → $6.82/s at launch … Holding forgoes $2.80/s" and could not see how holding forgoes
 * what releasing lowers. Only then: at 360×640 a longer gate pushes the run's Start out of the
 * first viewport (thumb-reach.spec). */
export function holdWords(
	o: Pick<
		ReleaseOutlook,
		'takesGoal' | 'holdForgoes' | 'heldFades' | 'incomeHeld' | 'incomeNow' | 'incomeAfter'
	>,
	money: (x: ReleaseOutlook['incomeHeld']) => string
): string {
	if (o.takesGoal) return 'Holding puts off the era goal.';
	if (!o.holdForgoes.gt(0)) return 'Holding costs nothing now.';
	const fades =
		o.heldFades && o.incomeAfter.lt(o.incomeNow)
			? ` once today's hype fades: held, your income falls to ${money(o.incomeHeld)}`
			: '';
	return `Holding forgoes ${money(o.holdForgoes)}${fades}.`;
}
