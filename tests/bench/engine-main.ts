import { benchEngine } from './engine.bench';

benchEngine((name, value, unit) =>
	console.log(`${name}: ${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`)
);
