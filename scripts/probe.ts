// npm run probe: the decision probe (src/lib/sim/probe), one figure a line as
// `name: value unit`, medians over five seeds (their games shared among the cores). `-- --eras 2`
// probes the first eras only; `-- --quick` skips the race against constant train shares.
import { runProbeParallel } from './probe-parallel';

const args = process.argv.slice(2);
const eras = Number(args[args.indexOf('--eras') + 1]) || 7;
const figures = await runProbeParallel({
	seeds: [1, 2, 3, 4, 5],
	eras,
	constant: !args.includes('--quick')
});
for (const f of figures)
	console.log(
		`${f.name}: ${Number.isFinite(f.value) ? Number(f.value.toFixed(1)) : 'none'} ${f.unit}`
	);
