// Save format 7 → 8: Moon and Mars's far sites. A format-7 save builds near (on the Moon) with
// no far units; the migration adds only that and changes nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../src/lib/save/migrations';
import { readRecord } from '../../../src/lib/save/record';
import { SCHEMA_VERSION } from '../../../src/lib/engine/state';

describe('save format 7 → 8 (Moon and Mars)', () => {
	const v7 = JSON.parse(readFileSync('tests/fixtures/saves/v7.json', 'utf8'));

	it('adds moonMars, building near with no far units, and nothing else', () => {
		const before = { schema: 7, cash: '12', hardware: { 'gaming-gpu': 3 } };
		const after = MIGRATIONS[7](before);
		expect(after).toEqual({ ...before, moonMars: { far: false, units: {} } });
		expect(migrate(before, 8)).toEqual({ ...after, schema: 8 });
	});

	it('the shipped format-7 save loads with the Moon as the building site', () => {
		const read = readRecord(v7);
		expect(read.state.schema).toBe(SCHEMA_VERSION);
		expect(read.state.moonMars).toEqual({ far: false, units: {} });
	});
});
