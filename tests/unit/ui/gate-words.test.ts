// The launch gate's verdict (ui/lab/gate-words.ts): playtest 23 read "income ×47" beside
// "99.9 % of customers leave" about one release and could not tell whether to release. The
// verdict is the engine's comparison (releaseOutlook lowersIncome), said first with its reason.
import { describe, expect, it } from 'vitest';
import { eraContent } from '../../../src/lib/content';
import {
	advance,
	apply,
	cloneState,
	rates,
	releaseOutlook,
	runTimeLeft,
	takesGoal,
	type GameState
} from '../../../src/lib/engine';
import { formatPercent } from '../../../src/lib/format/number';
import { holdWords, lowerReason, releaseVerdict } from '../../../src/lib/ui/lab/gate-words';
import { edgeLab } from '../engine/edge-labs';
import { fixtureState } from '../engine/helpers';

/** A fixture's run trained to its end, the model waiting at the gate, with nothing to disturb
 * the lab after: no event, no rival release, no automation. */
function atGate(name: string): GameState {
	const s = fixtureState(name);
	const c = eraContent(s.eraId);
	s.gate = null;
	s.nextEventAt = 1e12;
	for (const rival of s.rivals) rival.nextReleaseAt = 1e12;
	for (const rule of Object.values(s.meta.automation)) rule.on = false;
	expect(s.run).not.toBeNull();
	advance(s, c, Math.ceil(runTimeLeft(s, rates(s, c), c)) + 5);
	expect(s.gate).not.toBeNull();
	return s;
}

/** Cash an hour on, released now or held. */
function hourOn(s: GameState, release: boolean) {
	const t = cloneState(s);
	const c = eraContent(t.eraId);
	if (release) expect(apply(t, c, { type: 'release' }).ok).toBe(true);
	advance(t, c, 3600);
	return t.cash;
}

describe("the launch gate's verdict", () => {
	it('says release now when the release raises the income, customers lost at launch or not', () => {
		// The Garage's next model: income up several times, and most of the rush unserved.
		const s = atGate('garage');
		const c = eraContent(s.eraId);
		const o = releaseOutlook(s, c)!;
		expect(o.worse).toBe(false);
		expect(o.lowersIncome).toBe(false);
		expect(o.warnsLeave).toBe(true);
		expect(o.leave).toBeGreaterThan(0.5);
		const v = releaseVerdict(o, s.gate!.name, s.model.name, s.gate!.params.gt(s.model.params));
		expect(v.release).toBe(!o.lowersIncome);
		expect(v.text).toMatch(/^Release now: /);
		expect(v.text).toContain(`${s.gate!.name} earns more than ${s.model.name}`);
		// The customers lost are put in context: the release is still worth it.
		expect(v.worthIt).toBe(
			'Still worth it: each token you serve earns more, so income rises all the same.'
		);
		expect(v.fact).toBeNull(); // nothing falls to explain
		// And it is: an hour on, the lab that released holds more cash than the one that held.
		expect(hourOn(s, true).gt(hourOn(s, false))).toBe(true);
	});

	it('says hold, with the reason, when the release lowers the income', () => {
		// The Edge's next model is better but far too big for the swarm's memory.
		const s = atGate('edge');
		const c = eraContent(s.eraId);
		const o = releaseOutlook(s, c)!;
		expect(o.worse).toBe(false);
		expect(o.gain).toBeGreaterThan(0);
		expect(o.lowersIncome).toBe(true);
		const v = releaseVerdict(o, s.gate!.name, s.model.name, s.gate!.params.gt(s.model.params));
		expect(v.release).toBe(!o.lowersIncome);
		expect(o.fitAfter).toBeLessThan(1);
		expect(v.text).toBe(
			`Hold: keep serving ${s.model.name}. Released, ${s.gate!.name} would earn less (your fleet's memory would serve it at ${formatPercent(o.fitAfter)} speed).`
		);
		expect(v.worthIt).toBeNull();
		// With Advice off the gate says the reason as a fact, without the verdict (playtest 26).
		expect(v.fact).toBe(
			`Released, ${s.gate!.name} earns less: your fleet's memory would serve it at ${formatPercent(o.fitAfter)} speed.`
		);
		expect(v.fact).not.toMatch(/Hold|Release now/);
		expect(hourOn(s, false).gt(hourOn(s, true))).toBe(true);
	});

	it('says release, never hold, of a model that takes the era goal, even one memory serves slowly (playtest 29)', () => {
		// The Garage's next model, made to pass the era goal and every rival, and ten times as big:
		// the fleet's memory would serve it slowly, so it earns less than the served one.
		const s = atGate('garage');
		const c = eraContent(s.eraId);
		const top = Math.max(c.era.goalCapability, ...s.rivals.map((r) => r.capability)) + 1;
		s.gate = { ...s.gate!, capability: top, params: s.gate!.params.mul(10) };
		const o = releaseOutlook(s, c)!;
		expect(o.fitAfter).toBeLessThan(1);
		expect(o.lowersIncome).toBe(true);
		expect(o.takesGoal).toBe(true);
		expect(o.takesGoal).toBe(takesGoal(s, c, s.gate.capability));
		const v = releaseVerdict(o, s.gate.name, s.model.name, true);
		expect(v.release).toBe(true);
		expect(v.text).toMatch(/^Release now: it takes the era goal/);
		expect(v.text).not.toMatch(/Hold/);
		expect(v.text).toContain(formatPercent(o.fitAfter));
		// Released, the goal is met: the next era opens.
		const t = cloneState(s);
		expect(apply(t, c, { type: 'release' }).ok).toBe(true);
		expect(t.goalReached).toBe(true);
		// Under the goal, the same slow model is held.
		s.gate = { ...s.gate, capability: c.era.goalCapability - 0.1 };
		const held = releaseOutlook(s, c)!;
		expect(held.takesGoal).toBe(false);
		expect(releaseVerdict(held, s.gate.name, s.model.name, true).release).toBe(!held.lowersIncome);
	});

	it("just after a launch, weighs holding against the served model's income as its hype fades too (playtest 34)", () => {
		// The Edge, the swarm serving its first distilled model, its launch's hype on; the next one
		// waits, as big and better. The playtest read "Release now: once today's hype fades, it earns
		// more … $1.10e64/s → $1.07e65/s at launch, $9.67e63/s as hype fades … Holding costs nothing
		// now": today's figure rode the last launch's hype, and holding was weighed against it.
		const s = edgeLab(120, true);
		const c = eraContent(s.eraId);
		s.gate = { ...s.model, name: 'Swarm-2 Mini', capability: s.model.capability + 13.3 };
		const o = releaseOutlook(s, c)!;
		const kept = o.incomeSettled ?? o.incomeAfter;
		// The playtest's figures: released, the faded income is under today's, over the held one.
		expect(kept.lt(o.incomeNow)).toBe(true);
		expect(o.heldFades).toBe(true);
		expect(kept.gt(o.incomeHeld)).toBe(true);
		const v = releaseVerdict(o, s.gate.name, s.model.name, false);
		expect(v.release).toBe(true);
		expect(v.text).toContain("once today's hype fades");
		// Holding forgoes what the verdict weighs: the released model's faded income over the held.
		expect(o.holdForgoes.gt(0)).toBe(true);
		expect(o.holdForgoes.div(kept.sub(o.incomeHeld)).toNumber()).toBeCloseTo(1, 9);
		// Here the income rises at launch: nothing to square, the line stays short.
		const money = (x: typeof kept) => `$${x.toExponential(2)}/s`;
		expect(o.incomeAfter.gt(o.incomeNow)).toBe(true);
		expect(holdWords(o, money)).toBe(`Holding forgoes ${money(o.holdForgoes)}.`);
		// Where the income line shows a fall at launch, said with the held income's fall, so
		// "forgoes" does not read against it (playtest 43: $8.28/s → $6.82/s at launch).
		const falls = { ...o, incomeAfter: o.incomeNow.mul(0.8) };
		expect(holdWords(falls, money)).toBe(
			`Holding forgoes ${money(o.holdForgoes)} once today's hype fades: held, your income falls to ${money(o.incomeHeld)}.`
		);
		expect(holdWords({ ...falls, heldFades: false }, money)).toBe(
			`Holding forgoes ${money(o.holdForgoes)}.`
		);
		expect(holdWords({ ...o, takesGoal: true }, money)).toBe('Holding puts off the era goal.');
		expect(holdWords({ ...o, holdForgoes: o.holdForgoes.mul(0) }, money)).toBe(
			'Holding costs nothing now.'
		);
		// And releasing does earn more: an hour on, the lab that released holds more cash.
		expect(hourOn(s, true).gt(hourOn(s, false))).toBe(true);
	});

	it('gives the reason a release lowers the income, the first that holds', () => {
		expect(lowerReason({ fitAfter: 0.5, powerDearer: 3 }, true)).toBe(
			"your fleet's memory would serve it at 50% speed"
		);
		expect(lowerReason({ fitAfter: 1, powerDearer: 3 }, true)).toBe('power gets 3× dearer with it');
		expect(lowerReason({ fitAfter: 1, powerDearer: null }, true)).toBe(
			'it is bigger, so each token takes more of your compute'
		);
		expect(lowerReason({ fitAfter: 1, powerDearer: null }, false)).toBeNull();
	});
});
