// The run card's outlook in words (RunOutlook.svelte): why the size is suggested and what a
// shorter run gives (engine/run-suggestion.ts), and how far the era goal is from the next run
// (engine/goal-forecast.ts). Playtest 20: Dyson's goal read out of reach with nothing said of
// what closes the gap, and a 1h 48m run was suggested with no word why.
import {
	POINTS_PER_DECADE,
	type GoalEta,
	type GoalForecast,
	type ResearchPace,
	type RunSuggestion
} from '$lib/engine';
import { formatAbout, formatDuration } from '$lib/format/duration';
import { runSizeName } from './run-size-name';

/** An estimate beside the figure it is weighed against: to a tenth when within a point of it
 * ("about 212" beside 212.4 would read as the same), else whole. */
function about(estimate: number, against: number): string {
	return estimate.toFixed(Math.abs(estimate - against) < 1 ? 1 : 0);
}

/** The goal's capability as the run card's title writes it (a tenth past a rival at it). */
const goalFigure = (need: number) => (Number.isInteger(need) ? `${need}` : need.toFixed(1));

/** `run`: the run the forecast is of, as the screen names it ("this run", "the next Sprint
 * run"). */
export function goalForecastText(f: GoalForecast, run: string): string {
	const research =
		f.behind >= 0.05
			? ` (+${f.behind.toFixed(1)} from research since the run under way began)`
			: '';
	const head = `The goal needs ${goalFigure(f.need)}; ${run} makes about ${about(f.next, f.need)}${research}`;
	if (f.reach) {
		// The run alone, started now: the line says its time already.
		const eta = f.eta && (f.eta.start > 0 || f.eta.research.length) ? etaText(f.eta) : '';
		return `${head}; ${runSizeName(f.reach.size)} makes about ${about(f.reach.expected, f.need)} (${formatDuration(f.reach.time)} at this pace).${eta}`;
	}
	return `${head}, ${f.short.toFixed(f.short < 1 ? 1 : 0)} short.${f.eta ? etaText(f.eta) : farText(f.far)} Each +${POINTS_PER_DECADE} takes ten times the training FLOP (a faster fleet or a longer run) or ten times the capability per FLOP (Research).${researchPaceText(f.research)}`;
}

/** When the goal comes at this pace (playtest 23: the forecast never said "in about N h"). */
function etaText(eta: GoalEta): string {
	const first = eta.research.length
		? `${researchFirst(eta)}, then `
		: eta.start > 0
			? 'after the run under way, '
			: '';
	return ` At this pace, the goal in about ${formatAbout(eta.seconds)}: ${first}the ${runSizeName(eta.size)} run.`;
}

/** The projects the estimate buys first, and those the insight in hand pays for now. Left
 * unbought, the insight piling up makes a plan of more projects the quicker one (goalEta
 * affordable): playtest 44 read "3 research projects first", later "5 … first", nothing bought. */
function researchFirst({ research, affordable: k }: GoalEta): string {
	const n = research.length;
	const head = `${n} research project${n > 1 ? 's' : ''} first`;
	if (k === 0) return head;
	const now =
		k >= n ? (n > 1 ? 'all affordable now' : 'affordable now') : `${k} of them affordable now`;
	return `${head} (${now}; while insight piles up unspent, the quickest plan buys more)`;
}

/** Not within a day: what stands in the way, the run that reaches the goal and its time at this
 * compute, or the biggest run's estimate when none does (playtest 24 read "Not within a day at
 * this pace" in every era past the Garage, with no sense of how far). */
function farText(far: GoalForecast['far']): string {
	const head = ' Not within a day with the fleet as it is:';
	if (!far) return `${head.slice(0, -1)}.`;
	const name = `${runSizeName(far.size)}${far.offered ? '' : ', past the sizes on offer'}`;
	return far.reaches
		? `${head} the run that reaches the goal (${name}) would take ${formatAbout(far.time)} at this compute; more chips or research bring it closer.`
		: `${head} even the biggest run that trains within a month (${name}, ${formatAbout(far.time)} at this compute) makes about ${far.expected.toFixed(0)}; research and more chips must close the rest.`;
}

/** How fast research moves the goal, after the forecast (playtest 22 read the goal as out of
 * reach: "each +10 takes ten times …" said nothing of research's pace). */
function researchPaceText({ hour, next, researching }: ResearchPace): string {
	if (hour >= 0.05)
		return ` Within the hour, research at this pace buys about +${hour.toFixed(1)} for the next run (capability per FLOP, the cheapest projects first).`;
	if (next)
		return ` At this pace, research's next +${next.gain.toFixed(1)} for the next run (${next.name}) is ${formatDuration(next.wait)} away.`;
	return researching
		? ''
		: ' With researchers at work (Research), each capability per FLOP project adds to the next run.';
}

export function runSuggestionText(w: RunSuggestion): string {
	const cap = w.model.capability;
	const model = `${w.model.name} (${cap.toFixed(1)}${w.waiting ? ', waiting at the gate' : ''})`;
	const shorter = `${runSizeName(w.shorter.size)} (${formatDuration(w.shorter.time)}) makes about ${about(w.shorter.expected, cap)}`;
	if (w.why === 'up')
		return `Suggested as one size up from the run that trained ${model}. ${shorter}, above it on average too.`;
	const luck =
		w.shorter.high > cap
			? `it beats ${w.model.name} only with luck`
			: `even its best luck (${w.shorter.high.toFixed(1)}) does not beat ${w.model.name}`;
	return `Suggested as the shortest run expected to beat ${model}. ${shorter}: ${luck}.`;
}
