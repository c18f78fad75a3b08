// `npm run fuzz [-- --rounds N] [files…]`: the property tests with fresh random draws (npm test
// uses one fixed seed so CI is repeatable). Each round is a new seed; a failing property prints
// its seed and path, and FRONTIER_FC_SEED=<seed> replays it.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
const files = args.length
	? args
	: ['tests/unit/engine', 'tests/unit/save', 'tests/unit/format', 'tests/unit/ui'];
let failed = 0;
for (let i = 1; i <= rounds; i++) {
	console.log(`fuzz round ${i}/${rounds}`);
	const run = spawnSync('npx', ['vitest', 'run', ...files], {
		stdio: 'inherit',
		env: { ...process.env, FRONTIER_FC_SEED: 'random' }
	});
	if (run.status !== 0) failed++;
}
console.log(`fuzz.rounds.failed: ${failed} rounds`);
process.exit(failed ? 1 : 0);
