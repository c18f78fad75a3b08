// Brings the browser tests' saves (tests/fixtures/e2e/*.json) to the current save format, their
// labs unchanged: each is read (and so migrated) and written again with its own time and
// sequence number. For a new save format, after scripts/save-fixture.ts has written its
// tests/fixtures/saves/v<N>.json (that script replays play for the e2e fixtures it writes too,
// and a balance change since moves their labs: run this one after it, on the committed ones):
//   git checkout tests/fixtures/e2e && npx tsx scripts/migrate-fixtures.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { makeRecord, readRecord } from '../src/lib/save/record';

const dir = 'tests/fixtures/e2e';
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
	const raw = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
	const { state } = readRecord(raw);
	const record = makeRecord(state, raw.savedAt, raw.seq) as { version: number };
	writeFileSync(`${dir}/${file}`, JSON.stringify(record));
	console.log(`${file}: format ${raw.version} -> ${record.version}`);
}
