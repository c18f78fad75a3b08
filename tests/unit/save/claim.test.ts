import { describe, expect, test } from 'vitest';
import { writtenElsewhere } from '../../../src/lib/save/claim';

describe('a tab without Web Locks never overwrites another tab’s save', () => {
	const claim = { seq: 5, since: 1_000 };
	test('its own save, or an older one, is not another tab’s', () => {
		expect(writtenElsewhere({ seq: 5, savedAt: 1_000 }, claim)).toBe(false);
		expect(writtenElsewhere({ seq: 4, savedAt: 900 }, claim)).toBe(false);
	});
	test('a newer save written after this tab loaded is', () => {
		expect(writtenElsewhere({ seq: 6, savedAt: 1_200 }, claim)).toBe(true);
	});
	test('a newer but damaged save from before this tab loaded (it loaded a backup) is not', () => {
		expect(writtenElsewhere({ seq: 9, savedAt: 800, state: 'cut off' }, claim)).toBe(false);
	});
	test('nothing, or something unreadable, on disk is not', () => {
		for (const disk of [undefined, null, 'junk', { seq: '7', savedAt: 2_000 }, { seq: 7 }])
			expect(writtenElsewhere(disk, claim)).toBe(false);
	});
});
