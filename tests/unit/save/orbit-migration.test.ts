// Save format 8 → 9: Orbit counts the rockets chartered since the last launch window. A
// format-8 save has flown none; the migration adds only that and changes nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/lib/engine/state';
import { MIGRATIONS, migrate } from '../../../src/lib/save/migrations';
import { readRecord } from '../../../src/lib/save/record';

describe('save format 8 → 9 (Orbit: rockets since the last window)', () => {
	it('adds rockets 0 to the orbit, keeping its charter switch, and nothing else', () => {
		const before = { schema: 8, cash: '12', orbit: { charter: true } };
		const after = MIGRATIONS[8](before);
		expect(after).toEqual({ ...before, orbit: { charter: true, rockets: 0, flewAt: 0 } });
		expect(migrate(before, 9)).toEqual({ ...after, schema: 9 });
	});

	it('the shipped format-8 save loads with no rockets flown; the format-9 one as it is', () => {
		const v8 = readRecord(JSON.parse(readFileSync('tests/fixtures/saves/v8.json', 'utf8')));
		expect(v8.state.schema).toBe(SCHEMA_VERSION);
		expect(v8.state.orbit).toEqual({ charter: false, rockets: 0, flewAt: 0, lost: 0 });
		const v9 = readRecord(JSON.parse(readFileSync('tests/fixtures/saves/v9.json', 'utf8')));
		expect(v9.state.orbit).toEqual({ charter: false, rockets: 0, flewAt: 0, lost: 0 });
	});
});

describe('save format 17 → 18 (Orbit: units radiation retired this era)', () => {
	it('adds lost 0 to the orbit, keeping the rest, and nothing else', () => {
		const orbit = { charter: true, rockets: 2, flewAt: 90 };
		const before = { schema: 17, cash: '12', orbit };
		expect(MIGRATIONS[17](before)).toEqual({ ...before, orbit: { ...orbit, lost: 0 } });
	});
});
