// The away report tells a returning player what the absence cost: customers who left over
// waits, and a lost place on the leaderboard (the playtest: an hour away lost 96 % of the
// customers, and nothing said so).
import { describe, expect, it } from 'vitest';
import { eraContent, PERKS } from '../../../src/lib/content';
import {
	advance,
	apply,
	awayReport,
	buy,
	cloneState,
	labCompute,
	money,
	newGame,
	rates,
	release,
	rentHourly,
	setTrainShare,
	startRun,
	stopRun,
	type GameState
} from '../../../src/lib/engine';
import { runModelName } from '../../../src/lib/engine/models';
import { pushNews } from '../../../src/lib/engine/news';
import { fixtureState, garage, pausedLab } from './helpers';

/** A Garage lab serving a released model, with a long run under way. */
function lab() {
	const s = newGame(3);
	s.cash = money(garage, 1e6);
	buy(s, garage, 'gaming-gpu', 4);
	startRun(s, garage, 'sprint');
	setTrainShare(s, 1);
	advance(s, garage, 3600);
	release(s, garage);
	advance(s, garage, 3600); // the launch spike fades
	startRun(s, garage, 'massive');
	return s;
}

describe('the away report', () => {
	it('says how many customers left when the lab trained everything and served no one', () => {
		const before = lab();
		setTrainShare(before, 1);
		const after = cloneState(before);
		advance(after, garage, 3600);
		const report = awayReport(before, after, garage, [], 0);
		expect(after.hype).toBeLessThan(before.hype);
		expect(report.customersLost).toBeGreaterThan(0.5);
		expect(report.customersLost).toBeLessThanOrEqual(1);
	});

	// Playtest 30: endless.json three hours away went broke with no researchers at all.
	it('says researchers are idle only when there are researchers', () => {
		const away = (before: GameState) => {
			const c = eraContent(before.eraId);
			const after = cloneState(before);
			advance(after, c, 3 * 3600);
			return { after, report: awayReport(before, after, c, [], 0) };
		};
		const none = away(fixtureState('endless'));
		expect(none.after.idle).toBe(true);
		expect(none.after.researchers).toBe(0);
		expect(none.report.researchersIdle).toBe(false);
		const some = away(fixtureState('garage'));
		expect(some.after.idle).toBe(true);
		expect(some.after.researchers).toBeGreaterThan(0);
		expect(some.report.researchersIdle).toBe(true);
	});

	it('says none left when the lab served them', () => {
		const before = lab();
		setTrainShare(before, 0);
		const after = cloneState(before);
		advance(after, garage, 3600);
		expect(awayReport(before, after, garage, [], 0).customersLost).toBe(0);
	});
});

describe('the away report on a paused run', () => {
	it('says the run is paused, how far it came, what it waits for and when (playtest 4)', () => {
		const before = pausedLab(37, 0.2);
		const after = cloneState(before);
		advance(after, garage, 600);
		const paused = awayReport(before, after, garage, [], 0).runPaused;
		expect(paused?.pause.reason).toBe('out-of-cash');
		expect(paused?.progress).toBeGreaterThan(0);
		expect(paused?.progress).toBeLessThan(1);
		const liftsIn = paused?.pause.reason === 'out-of-cash' ? paused.pause.liftsIn : NaN;
		expect(liftsIn).toBeGreaterThan(0);
		expect(liftsIn).toBeLessThan(2 * 3600);
		// Once the cut has lifted, nothing to say.
		advance(after, garage, liftsIn);
		expect(awayReport(before, after, garage, [], 0).runPaused).toBeNull();
	});
});

describe('the away report’s news', () => {
	// Playtest 27 read "Regulatory delay: no answer came" three times in one report.
	it('tells a line told again once, with the times, where it was last told', () => {
		const before = newGame(3);
		const after = cloneState(before);
		// Five world-event lines, as many as the news keeps.
		for (const item of ['Delay.', 'Shortage 0', 'Delay.', 'Delay.', 'Shortage 1']) {
			after.tick += 3600;
			pushNews(after, 'world-event', { item });
		}
		const report = awayReport(before, after, garage, [], 0);
		const told = report.headlines.map((h) => [h.text, h.times]);
		expect(told).toEqual([
			['Shortage 0', 1],
			['Delay.', 3],
			['Shortage 1', 1]
		]);
		// Each kept line is the last of its text: its id and tick are that one's.
		const last = after.news.filter((n) => n.text === 'Delay.').at(-1)!;
		expect(report.headlines[1].id).toBe(last.id);
	});

	it('leaves out news that is no longer true', () => {
		const before = newGame(3);
		const after = cloneState(before);
		after.tick += 8 * 3600;
		pushNews(after, 'run-finished', { model: 'Ember-9' });
		for (let i = 0; i < 2; i++) pushNews(after, 'world-event', { item: `Event ${i}` });
		pushNews(after, 'delivery', { item: 'A rack' });
		const report = awayReport(before, after, garage, [], 0);
		const texts = report.headlines.map((h) => h.text);
		// "…waits at the launch gate" was true when written: the report says what waits now.
		expect(texts.some((t) => t.includes('Ember-9'))).toBe(false);
		expect(texts.filter((t) => t.startsWith('Event '))).toEqual(['Event 0', 'Event 1']);
		expect(texts.some((t) => t.includes('A rack'))).toBe(false);
	});

	it('counts the deliveries once, in their own line, not again as headlines (playtest 22)', () => {
		const before = newGame(3);
		const after = cloneState(before);
		after.tick += 3600;
		pushNews(after, 'delivery', { item: '1 × Gaming GPU' });
		pushNews(after, 'research', { item: 'Quantization' });
		pushNews(after, 'delivery', { item: '1 × Gaming GPU' });
		const report = awayReport(before, after, garage, [], 0);
		expect(report.deliveries).toBe(2);
		expect(report.headlines.map((h) => h.kind)).toEqual(['research']);
	});
});

describe('the away report’s compute', () => {
	it("is the lab's compute the header says, Mars's far sites too (playtest 23)", () => {
		// Playtest 23 read 145 RFLOP/s in the report beside 985 on the header: Mars left out.
		const mm = eraContent('moon-mars');
		const before = newGame(3, 'moon-mars');
		before.cash = before.cash.mul(1e6);
		apply(before, mm, { type: 'build-far', on: true });
		expect(apply(before, mm, { type: 'buy', hardware: 'mars-farm', count: 3 }).ok).toBe(true);
		const after = cloneState(before);
		advance(after, mm, 60);
		const report = awayReport(before, after, mm, [], 0);
		const r = rates(after, mm);
		expect(r.far.gt(0)).toBe(true);
		expect(report.computeAfter.eq(labCompute(r))).toBe(true);
		expect(report.computeAfter.gt(r.compute)).toBe(true);
		expect(report.computeBefore.eq(labCompute(rates(before, mm)))).toBe(true);
	});
});

describe('the away report’s runs', () => {
	/** A Garage lab with a short run under way, and a model at the gate of `waiting` capability
	 * (none: 0). */
	function gateLab(waiting: number) {
		const s = lab();
		stopRun(s);
		startRun(s, garage, 'sprint');
		setTrainShare(s, 1);
		if (waiting > 0) s.gate = { ...s.model, name: 'Ember-99', capability: waiting };
		return s;
	}

	it('names what the finished run made, set aside for the better model waiting (playtest 23)', () => {
		// Playtest 23 read "1 training run finished. Tharsis-4 … waits at the launch gate." of a
		// Tharsis-4 that waited before it left; the run had made Tharsis-5, set aside.
		const before = gateLab(900);
		const after = cloneState(before);
		advance(after, garage, 4 * 3600);
		const report = awayReport(before, after, garage, [], 0);
		expect(report.runsFinished).toBe(1);
		const made = runModelName(garage, after.stats.runsFinished);
		expect(report.lastMade).toEqual({ name: made, setAside: true, disappointed: false });
		expect(report.waiting?.name).toBe('Ember-99');
		expect(report.waitedBefore).toBe(true);
		expect(after.news.some((n) => n.kind === 'set-aside' && n.text.startsWith(made))).toBe(true);
		// The runs' line says it; the headlines do not repeat it (playtest 32 read thirty of them).
		expect(report.headlines.some((n) => n.kind === 'set-aside')).toBe(false);
	});

	it('names the model the run made when it is the one that waits', () => {
		const before = gateLab(0);
		const after = cloneState(before);
		advance(after, garage, 4 * 3600);
		const report = awayReport(before, after, garage, [], 0);
		expect(report.lastMade).toMatchObject({ name: after.gate!.name, setAside: false });
		expect(report.waitedBefore).toBe(false);
	});

	it('a better run replaces the model that waited: not set aside, and the gate’s is new', () => {
		const before = gateLab(1);
		const after = cloneState(before);
		advance(after, garage, 4 * 3600);
		const report = awayReport(before, after, garage, [], 0);
		expect(report.lastMade).toMatchObject({ name: after.gate!.name, setAside: false });
		expect(after.gate!.name).not.toBe('Ember-99');
		expect(report.waitedBefore).toBe(false);
	});

	it('says whether the model waiting is worse than the one served (playtest 29)', () => {
		const better = gateLab(900);
		const report = awayReport(better, cloneState(better), garage, [], 0);
		expect(report.waitingWorse).toBe(false);
		expect(report.served.name).toBe(better.model.name);
		const worse = gateLab(0.5);
		expect(worse.gate!.capability).toBeLessThan(worse.model.capability);
		const after = cloneState(worse);
		advance(after, garage, 1);
		const r = awayReport(worse, after, garage, [], 0);
		expect(r.waiting?.name).toBe('Ember-99');
		expect(r.waitingWorse).toBe(true);
	});

	it('says whether luck let the last run down (playtest 31: "it made Ember-5", 37.2 of about 50)', () => {
		for (const [outcome, disappointed] of [
			[0.7, true],
			[1.0, false]
		] as const) {
			const before = gateLab(0);
			before.run!.outcome = outcome;
			const after = cloneState(before);
			advance(after, garage, 4 * 3600);
			const report = awayReport(before, after, garage, [], 0);
			expect(report.runsFinished).toBe(1);
			expect(report.lastMade).toEqual({ name: after.gate!.name, setAside: false, disappointed });
		}
	});

	it('says nothing of a run when none finished', () => {
		const before = gateLab(900);
		const after = cloneState(before);
		advance(after, garage, 1);
		const report = awayReport(before, after, garage, [], 0);
		expect(report.lastMade).toBeNull();
		expect(report.waitedBefore).toBe(true);
	});
});

// Playtest 27 left a Cloud lab with three racks on an 8-hour lease and a run under way, came back
// ten hours later to a net cash line, a run at 81 % and a lease's end below a dozen rival
// releases: the report says the rent, the run and the lease.
describe('a night away from the Cloud', () => {
	const cloud = eraContent('cloud');

	it('says the rent paid, the run still under way and that the lease gave the racks back', () => {
		const before = newGame(4, 'cloud');
		before.cash = rentHourly(before, cloud).mul(1000);
		apply(before, cloud, { type: 'lease', hours: 8 });
		apply(before, cloud, { type: 'rent', racks: 3 });
		expect(
			apply(before, cloud, { type: 'start-run', size: cloud.era.runSizes.at(-1)!.id }).ok
		).toBe(true);
		advance(before, cloud, 600);
		const after = cloneState(before);
		advance(after, cloud, 10 * 3600);
		const report = awayReport(before, after, cloud, [], 0);
		// Seven bills after the one paid before leaving: what the cash paid, counted.
		expect(after.rental.racks).toBe(0);
		expect(report.rent!.racks).toBe(0);
		expect(report.rent!.paid.div(rentHourly(before, cloud).mul(3 * 7)).toNumber()).toBeGreaterThan(
			0.5
		);
		expect(report.rent!.paid.eq(after.rental.billed.sub(before.rental.billed))).toBe(true);
		expect(report.headlines.some((n) => n.text.startsWith('The lease ran its 8 hours'))).toBe(true);
		// The same run, further on, with time left.
		expect(after.stats.runsFinished).toBe(before.stats.runsFinished);
		expect(report.run!.after).toBeGreaterThan(report.run!.before);
		expect(report.run!.left).toBeGreaterThan(0);
	});

	it('says no rent where none was paid, and no run where none trains', () => {
		const before = newGame(4, 'cloud');
		const after = cloneState(before);
		advance(after, cloud, 3600);
		const report = awayReport(before, after, cloud, [], 0);
		expect(report.rent).toBeNull();
		expect(report.run).toBeNull();
	});
});

// Playtest 29 came back to Hyperscale after two hours to three rival releases in the report and
// neither its campus opening nor its first silicon: the lab's own news is told before the rivals'.
describe('two hours away from Hyperscale', () => {
	it("tells the campus that opened and the chips that shipped before the rivals' releases", () => {
		const before = fixtureState('hyperscale');
		const hyper = eraContent(before.eraId);
		before.cash = before.cash.mul(1e6);
		expect(apply(before, hyper, { type: 'build-campus', site: 'river-valley' }).ok).toBe(true);
		expect(apply(before, hyper, { type: 'fund-silicon', pay: 'cash' }).ok).toBe(true);
		const after = cloneState(before);
		advance(after, hyper, 2 * 3600);
		const fresh = after.news.filter((n) => n.tick > before.tick);
		// More news than the report tells, rivals' among the latest.
		expect(fresh.filter((n) => n.kind.startsWith('rival-')).length).toBeGreaterThan(5);
		const told = awayReport(before, after, hyper, [], 0).headlines.map((n) => n.text);
		expect(told.some((t) => /River valley campus is open/.test(t))).toBe(true);
		expect(told.some((t) => /Generation 1 of your own chips ships/.test(t))).toBe(true);
	});

	// Playtest 42 went from epoch 2 to 6 and 30 to 773 Moat in one absence past the last goal, and
	// the report said neither.
	it('past the last goal, says the epochs reached while away and the Moat they paid', () => {
		const s = fixtureState('endless-played');
		const c = eraContent(s.eraId);
		for (const kind of ['release', 'run'] as const) s.meta.automation[kind].on = true;
		s.meta.perks[PERKS.find((p) => p.unlocks === 'research')!.id] = 1;
		s.meta.automation.research.on = true;
		const before = cloneState(s);
		advance(s, c, 86_400 * 2);
		const report = awayReport(before, s, c, [], 0);
		expect(s.meta.endless.epoch).toBeGreaterThan(before.meta.endless.epoch);
		expect(report.epochs).toEqual({
			reached: s.meta.endless.epoch - before.meta.endless.epoch,
			now: s.meta.endless.epoch,
			moat: s.meta.moatEarned.sub(before.meta.moatEarned)
		});
		expect(report.epochs!.moat.gt(0)).toBe(true);
		// None reached: nothing said.
		expect(awayReport(s, s, c, [], 0).epochs).toBeNull();
	});
});
