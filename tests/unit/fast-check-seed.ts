// Property tests draw their random cases from one fixed seed, so `npm test` (and CI) gives the
// same answer for the same code: a clean clone cannot turn red because of the draw. Fresh draws
// are `npm run fuzz` (FRONTIER_FC_SEED=random): run it when the engine's rules change. A failure
// prints its seed, and `FRONTIER_FC_SEED=<seed> npx vitest run <file>` replays it. Draws differ
// in cost: advance.test.ts takes 17-44 s with seeds 1, 42, 2026 and 236 s with 20261202, whose
// draw holds a known slow case (auto-run with release off retraining a one-step run every step:
// 2.5 million runs in 30 days, 47 s of catch-up); hence this seed, and the slow case is recorded
// as work to do, not hidden.
import fc from 'fast-check';

const given = process.env.FRONTIER_FC_SEED;
const seed =
	given === 'random' ? (Date.now() ^ (Math.random() * 2 ** 31)) | 0 : Number(given ?? 2026);
if (!Number.isInteger(seed))
	throw new Error(`FRONTIER_FC_SEED must be an integer or "random", not "${given}"`);
fc.configureGlobal({ seed });
