// Save format 9 → 10: Dyson's panels are built before they collect. A format-9 save has
// none being built; the migration adds only that and changes nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/lib/engine/state';
import { MIGRATIONS, migrate } from '../../../src/lib/save/migrations';
import { readRecord } from '../../../src/lib/save/record';

describe('save format 9 → 10 (Dyson: panels being built)', () => {
	it('adds an empty building list to the star, keeping its panels, and nothing else', () => {
		const before = { schema: 9, cash: '12', dyson: { panels: 7 } };
		const after = MIGRATIONS[9](before);
		expect(after).toEqual({ ...before, dyson: { panels: 7, building: [] } });
		expect(migrate(before, 10)).toEqual({ ...after, schema: 10 });
	});

	it('the shipped format-9 save loads with nothing being built; the format-10 one as it is', () => {
		const v9 = readRecord(JSON.parse(readFileSync('tests/fixtures/saves/v9.json', 'utf8')));
		expect(v9.state.schema).toBe(SCHEMA_VERSION);
		expect(v9.state.dyson).toEqual({ panels: 0, beam: 1, building: [] });
		const v10 = readRecord(JSON.parse(readFileSync('tests/fixtures/saves/v10.json', 'utf8')));
		expect(v10.state.dyson).toEqual({ panels: 0, beam: 1, building: [] });
	});
});
