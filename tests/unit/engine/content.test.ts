// Content integrity: ids unique and stable-looking, references resolve, prices sensible.
import { describe, expect, it } from 'vitest';
import { CAMPUSES, ERAS, HEADLINES, PRICE_TIERS } from '../../../src/lib/content';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe.each(ERAS.map((e) => [e.id, e] as const))('era %s', (_id, era) => {
	it('has unique kebab-case ids in every catalog', () => {
		const ids = [
			...era.hardware,
			...era.power,
			...era.research,
			...era.rivals,
			...era.runSizes
		].map((x) => x.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(ID);
	});

	it('has at least four hardware tiers, three power contracts and three rivals', () => {
		expect(era.hardware.length).toBeGreaterThanOrEqual(4);
		expect(era.power.length).toBeGreaterThanOrEqual(3);
		expect(era.rivals.length).toBeGreaterThanOrEqual(3);
	});

	it('every reference resolves', () => {
		const research = new Set(era.research.map((r) => r.id));
		for (const r of era.research)
			for (const req of r.requires) expect(research.has(req)).toBe(true);
		const hw = new Set(era.hardware.map((h) => h.id));
		for (const id of Object.keys(era.startHardware)) expect(hw.has(id)).toBe(true);
		const power = new Set(era.power.map((p) => p.id));
		for (const id of era.startPower) expect(power.has(id)).toBe(true);
	});

	it('hardware costs grow geometrically (ratio 1.07–1.15) and tiers get dearer', () => {
		for (const h of era.hardware) {
			expect(h.costRatio).toBeGreaterThanOrEqual(1.07);
			expect(h.costRatio).toBeLessThanOrEqual(1.15);
			for (const v of [h.flops, h.memory, h.watts, h.baseCost]) expect(v).toBeGreaterThan(0);
		}
		const costs = era.hardware.map((h) => h.baseCost);
		expect([...costs].sort((a, b) => a - b)).toEqual(costs);
	});

	it('names no card for renting: every card is bought (playtest 17 read "Rented GPU node" on a Buy)', () => {
		for (const h of era.hardware) expect(`${h.name} ${h.blurb}`).not.toMatch(/\brent|by the hour/i);
	});

	it('power contracts and run sizes grow in order', () => {
		const costs = era.power.map((p) => p.cost);
		expect([...costs].sort((a, b) => a - b)).toEqual(costs);
		const flops = era.runSizes.map((r) => r.flop);
		expect([...flops].sort((a, b) => a - b)).toEqual(flops);
	});

	it('includes at least one efficiency and one scaling project', () => {
		expect(era.research.some((r) => r.track === 'efficiency')).toBe(true);
		expect(era.research.some((r) => r.track === 'scaling')).toBe(true);
	});

	it('research has no cycles and costs more further down a chain', () => {
		const byId = new Map(era.research.map((r) => [r.id, r]));
		for (const r of era.research) {
			for (const req of r.requires) expect(byId.get(req)!.cost).toBeLessThan(r.cost);
		}
	});

	it('is frozen', () => {
		expect(Object.isFrozen(era)).toBe(true);
		expect(Object.isFrozen(era.hardware[0])).toBe(true);
	});
});

describe('headlines and price tiers', () => {
	it('every headline uses only known placeholders', () => {
		for (const h of HEADLINES) {
			expect(h.texts.length).toBeGreaterThan(0);
			for (const t of h.texts)
				expect(t.replace(/\{(lab|model|cap|item)\}/g, '')).not.toMatch(/[{}]/);
		}
	});
	it('every later era has its own headlines, and none of the Garage’s leak into it', () => {
		const kinds = [
			'player-release',
			'rival-release',
			'player-takes-lead',
			'throttled',
			'delivery',
			'power-online',
			'era-goal'
		] as const;
		for (const era of ERAS.slice(1)) {
			for (const kind of kinds) {
				const own = HEADLINES.find((h) => h.kind === kind && h.eras?.includes(era.id));
				expect(own, `${era.id} ${kind}`).toBeDefined();
			}
			// What an era can show: its own texts, else the general ones; never the Garage's.
			for (const h of HEADLINES.filter((h) => !h.eras || h.eras.includes(era.id)))
				for (const t of h.texts) expect(t, era.id).not.toMatch(/garage|driveway|circuit/i);
		}
	});
	it('price tiers trade margin for volume', () => {
		const sorted = [...PRICE_TIERS].sort((a, b) => a.priceMult - b.priceMult);
		for (let i = 1; i < sorted.length; i++)
			expect(sorted[i].demandMult).toBeLessThan(sorted[i - 1].demandMult);
	});
});

describe('display names', () => {
	// Playtest 9 met two things called "Custom silicon": a research project and the Hyperscale
	// Fleet's chip bet. Ids stay (saves name them); the names differ.
	it("names the campus program's chip bet unlike any research project", () => {
		const research = new Set(ERAS.flatMap((e) => e.research.map((r) => r.name.toLowerCase())));
		for (const program of Object.values(CAMPUSES)) {
			expect(program.silicon.name).toMatch(/\S/);
			expect(research.has(program.silicon.name.toLowerCase())).toBe(false);
		}
	});
});
