// npm run probe: the decision probe (src/lib/sim/probe), one figure a line as
// `name: value unit`, medians over five seeds. `-- --eras 2` probes the first eras only;
// `-- --quick` skips the race against constant train shares.
import { runProbe } from '../src/lib/sim/probe';

const args = process.argv.slice(2);
const eras = Number(args[args.indexOf('--eras') + 1]) || 7;
const figures = runProbe({ seeds: [1, 2, 3, 4, 5], eras, constant: !args.includes('--quick') });
for (const f of figures)
	console.log(
		`${f.name}: ${Number.isFinite(f.value) ? Number(f.value.toFixed(1)) : 'none'} ${f.unit}`
	);
