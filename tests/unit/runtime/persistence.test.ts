import { describe, expect, test } from 'vitest';
import { askPersistence } from '../../../src/lib/runtime/persistence';

describe('asking the browser to keep storage', () => {
	test('no storage manager, or no persist() (WebKitGTK, older Safari): unsupported', async () => {
		expect(await askPersistence(undefined)).toBe('unsupported');
		expect(await askPersistence({})).toBe('unsupported');
	});
	test('granted, refused, or already persistent', async () => {
		expect(await askPersistence({ persist: async () => true })).toBe('granted');
		expect(await askPersistence({ persist: async () => false })).toBe('denied');
		let asked = false;
		const already = {
			persisted: async () => true,
			persist: async () => (asked = true)
		};
		expect(await askPersistence(already)).toBe('granted');
		expect(asked).toBe(false);
	});
	test('a browser that throws (a refused permission, a private window) is a refusal, not a crash', async () => {
		expect(
			await askPersistence({
				persist: () => Promise.reject(new DOMException('denied', 'NotAllowedError'))
			})
		).toBe('denied');
		expect(
			await askPersistence({
				persisted: () => {
					throw new TypeError('Illegal invocation');
				},
				persist: async () => true
			})
		).toBe('granted');
	});
});
