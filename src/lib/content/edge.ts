// The Edge swarm's decision: a model small enough for the swarm's reach, or a big one for the
// datacenter. Idle consumer devices are recruited in blocks: huge and cheap to sign (their
// owners are paid a share of the price of every token their devices serve), but only some
// are up at any time, and each holds little memory: a model that fits one device serves at
// full speed, a bigger one is split across several devices a copy and serves at a fraction of
// that. Distilling a model at the launch gate shrinks it to fit one device, at a cost in
// capability that grows with how much it is shrunk. A swarm that serves the lab's model
// reports back how people use it: research runs faster.

export interface SwarmDef {
	/** The era's hardware tier a block is measured in (its FLOP/s and its price). */
	readonly unit: string;
	/** FLOP/s of a block, in units of that tier (before availability). */
	readonly blockUnits: number;
	/** A block's sign-up price in units of the tier's base price; each block multiplies it. */
	readonly blockPrice: number;
	readonly priceRatio: number;
	/** Share of the recruited devices up at any time (a steady expectation). */
	readonly availability: number;
	/** The memory of one device for the served model, in bytes (before research): a model that
	 * fits it serves at full speed; a bigger one is split across several devices a copy (its
	 * footprint over this, rounded up: engine/edge.ts devicesPerCopy) and serves at a share of
	 * that (splitSpeed). */
	readonly reach: number;
	/** Share of the speed lost per device a copy is split across past the first (each token
	 * waits on one more home uplink): a copy over k devices serves at (1 - splitCost)^(k-1) / k
	 * of the swarm's FLOP/s (2 devices: 48 %). */
	readonly splitCost: number;
	/** Bytes a block's devices give to the served model's copies (before research): devices come
	 * and go, so the swarm keeps the model on many of them. The swarm serves at full speed only
	 * while its blocks together hold the model's footprint; with less, it serves at the share
	 * they hold, as the fleet does with a model bigger than its memory (engine/edge.ts swarmFit):
	 * a bigger model needs more blocks. */
	readonly blockMemory: number;
	/** Capability lost by distilling, per decade the parameters shrink: the market's share
	 * temperature (5 points, engine/formulas.ts), so a copy shrunk tenfold keeps about e^-1 of
	 * its share against a rival as good as the full model, and its price falls with it: serving
	 * the full model on the lab's own fleet is a real alternative (at 2, playtest 4 found that
	 * distilling cost "about 1.5 %" and was always the answer). 6 also held the Edge's targets
	 * but took Dyson's panel to 0 % of moments through the chained eras (quick probe). */
	readonly lossPerDecade: number;
	/** Training FLOP a distilled model costs on top of its run, as a share of the run: the
	 * student learns from the teacher before it is done. */
	readonly pass: number;
	readonly maxBlocks: number;
	/** Insight added per block while the swarm serves the model (usage reports), as a share of
	 * what the researchers make. */
	readonly feedback: number;
	/** What the devices' owners are paid, as a share of the price of every token their devices
	 * serve: the swarm's part of what is sold (engine/power-sources.ts). */
	readonly ownerShare: number;
}

/** The swarm's availability in words, the same on the Era and the Fleet tabs. */
export function swarmOnline(availability: number): string {
	return `about ${Math.round(availability * 100)}% of the devices are online at any time`;
}

/** Swarms by era id: only the Edge recruits one. */
export const SWARMS: Readonly<Record<string, SwarmDef>> = {
	edge: {
		unit: 'phone-fleet',
		blockUnits: 1000,
		blockPrice: 60,
		priceRatio: 1.25,
		availability: 0.5,
		reach: 1e17,
		splitCost: 0.04,
		blockMemory: 1e17 / 180,
		lossPerDecade: 5,
		pass: 0.2,
		maxBlocks: 200,
		feedback: 0.003,
		ownerShare: 0.12
	}
};
