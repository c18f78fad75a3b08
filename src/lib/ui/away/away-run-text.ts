// The away report's lines on the runs: how many finished and what the last one made, and what
// waits at the launch gate. Playtest 23 read "1 training run finished. Tharsis-4 (capability
// 213.2) waits at the launch gate." of a Tharsis-4 that waited before it left: the run had made
// Tharsis-5, which the gate set aside.
import type { AwayReport } from '$lib/engine';

/** The runs' line and the gate's (null: no run finished; nothing waits). */
export function awayRunLines(
	report: Pick<AwayReport, 'runsFinished' | 'lastMade' | 'waiting' | 'waitedBefore'>
): { finished: string | null; waiting: string | null } {
	const { runsFinished: n, lastMade, waiting } = report;
	let finished: string | null = null;
	if (n > 0) {
		const runs = n === 1 ? '1 training run finished' : `${n} training runs finished`;
		const aside = lastMade?.setAside ? ', set aside: the launch gate kept the better model' : '';
		finished = lastMade
			? `${runs}${n === 1 ? ': it made' : '; the last made'} ${lastMade.name}${aside}.`
			: `${runs}.`;
	}
	const model = waiting && `${waiting.name} (capability ${waiting.capability.toFixed(1)})`;
	return {
		finished,
		waiting:
			model &&
			(report.waitedBefore
				? `${model} still waits at the launch gate, as when you left.`
				: `${model} waits at the launch gate.`)
	};
}
