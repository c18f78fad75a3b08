// The away report's lines on the runs: how many finished and what the last one made, and what
// waits at the launch gate. Playtest 23 read "1 training run finished. Tharsis-4 (capability
// 213.2) waits at the launch gate." of a Tharsis-4 that waited before it left: the run had made
// Tharsis-5, which the gate set aside.
import type { AwayReport } from '$lib/engine';
import { formatDuration } from '$lib/format/duration';
import { formatMoney, formatNumber, formatPercent } from '$lib/format/number';
import { formatPercentBelow } from '$lib/format/percent-below';

/** The runs' line and the gate's (null: no run finished; nothing waits). */
export function awayRunLines(
	report: Pick<
		AwayReport,
		'runsFinished' | 'lastMade' | 'waiting' | 'waitedBefore' | 'served' | 'waitingWorse' | 'held'
	>
): { finished: string | null; waiting: string | null } {
	const { runsFinished: n, lastMade, waiting, served } = report;
	let finished: string | null = null;
	if (n > 0) {
		const runs = n === 1 ? '1 training run finished' : `${n} training runs finished`;
		const aside = lastMade?.setAside
			? ', set aside: the launch gate kept the better model'
			: lastMade?.disappointed
				? ', a disappointing run: luck left it below the band its run card showed'
				: '';
		finished = lastMade
			? `${runs}${n === 1 ? ': it made' : '; the last made'} ${lastMade.name}${aside}.`
			: `${runs}.`;
	}
	const model = waiting && `${waiting.name} (capability ${waiting.capability.toFixed(1)})`;
	// A worse one is said so, as the Lab's gate says it (playtest 29 read it as good news).
	const worse = report.waitingWorse
		? `: worse than ${served.name} (${served.capability.toFixed(1)}), which you serve`
		: '';
	return {
		finished,
		waiting:
			model &&
			(report.waitedBefore
				? `${model} still waits at the launch gate${worse || ', as when you left'}.`
				: `${model} waits at the launch gate${worse}.`) + heldText(report.held)
	};
}

/** Why auto-release holds the waiting model (playtest 31 came back to 105 runs finished and
 * nothing said why none was released). */
function heldText(held: AwayReport['held']): string {
	if (!held) return '';
	if (held.reason === 'swarm')
		return ' Auto-release holds it: split across more of your swarm’s devices a copy, it would serve there at under half the speed of the model you serve.';
	const at = held.fit === null ? '' : ` at ${formatPercentBelow(held.fit, held.minFit)} speed`;
	return ` Auto-release holds it: your fleet’s memory would serve it${at}, under the ${formatPercent(held.minFit)} its rule asks (the Memory card on the Fleet says what it would take; the Era tab’s Auto-release sets the speed it asks).`;
}

/** The run still under way: how far it came while away and what it has left at today's pace
 * (null: none, or it is paused, which the report says apart). Playtest 27 came back to a run at
 * 81 % with three days left, and the report had said nothing of it. */
export function awayRunUnderWay(report: Pick<AwayReport, 'run' | 'runPaused'>): string | null {
	const run = report.run;
	if (!run || report.runPaused) return null;
	const left = Number.isFinite(run.left) ? `, ${formatDuration(run.left)} left at this pace` : '';
	return `Your run trained from ${formatPercent(run.before, 1)} to ${formatPercent(run.after, 1)}${left}.`;
}

/** The end of the absence in which nothing trained (engine/away-idle.ts; null: none told).
 * Playtest 44 came back to runs that had finished minutes after it left, and a fleet that then
 * only served for hours. */
export function awayIdleLine(report: Pick<AwayReport, 'idle'>): string | null {
	const idle = report.idle;
	if (!idle) return null;
	const what = idle.finished
		? `Nothing trained for the last ${formatDuration(idle.seconds)}: your run finished and no next one started`
		: 'Nothing trained while you were away: no run was going';
	const how = idle.schedulerOff
		? 'switch the Run scheduler on (Era tab) to start each one for you'
		: 'the Run scheduler (Era tab, for Moat) starts each one for you';
	return `${what}. Start a run before you leave; ${how}.`;
}

/** The rent paid while away, and whether racks are still rented (null: none paid). Playtest 27
 * could not find the bill in the net cash line. */
export function awayRentLine(report: Pick<AwayReport, 'rent'>): string | null {
	const rent = report.rent;
	if (!rent) return null;
	const racks =
		rent.racks === 0
			? 'no racks are rented now'
			: `${rent.racks} ${rent.racks === 1 ? 'rack is' : 'racks are'} still rented`;
	return `Rent paid to the provider while away: ${formatMoney(rent.paid)}; ${racks}.`;
}

/** Orbit's units radiation retired while away (null: none). Playtest 28 found a satellite gone
 * only by counting. */
export function awayRadiationLine(report: Pick<AwayReport, 'radiationLost'>): string | null {
	const n = report.radiationLost;
	if (n <= 0) return null;
	return `Radiation retired ${n} ${n === 1 ? 'unit' : 'units'} while you were away (the Launch window card says what halves it).`;
}

/** Past the last goal, the epochs reached while away and the Moat they paid (null: none).
 * Playtest 42 went from epoch 2 to 6 and 30 to 773 Moat in one absence, told neither. */
export function awayEpochsLine(report: Pick<AwayReport, 'epochs'>): string | null {
	const e = report.epochs;
	if (!e) return null;
	const reached = e.reached === 1 ? 'An epoch was' : `${e.reached} epochs were`;
	return `${reached} reached while you were away (epoch ${e.now} now): +${formatNumber(e.moat)} Moat to spend on the Era tab.`;
}
