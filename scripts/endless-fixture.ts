// Writes tests/fixtures/e2e/endless-played.json: a lab the scripted player took through every era
// to Dyson's goal (seed 2), brought to a check-in in the endless epochs. endless.json is made by
// hand (Dyson's starter fleet at the goal, no panels, broke) for the tests of a lab in trouble;
// playtest 37 judged the endless mode from it ("a permanent power cut"), where a played lab has
// ~600 panels and reaches an epoch every few hours. Run after a rule or content change, then commit:
//   npx tsx scripts/endless-fixture.ts
import { writeFileSync } from 'node:fs';
import { inEndless } from '../src/lib/engine';
import { makeRecord } from '../src/lib/save/record';
import { playActive } from '../src/lib/sim/players';
import { toCheckIn } from './check-in';

const { state, eraSeconds } = playActive(2, 4 * 86_400, 5, 7);
if (!inEndless(state)) throw new Error(`the scripted player did not finish Dyson (${state.eraId})`);
toCheckIn(state);
const path = 'tests/fixtures/e2e/endless-played.json';
writeFileSync(path, JSON.stringify(makeRecord(state, Date.UTC(2026, 10, 22, 9, 0, 0), 85)) + '\n');
console.log(
	`${path}: ${state.dyson.panels} panels, ${state.gate!.name} at the gate; minutes per era`,
	eraSeconds.map((x) => Math.round(x / 60))
);
