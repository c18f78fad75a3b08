import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PREFS,
	parsePrefs,
	resolveMotion,
	resolveTheme
} from '../../../src/lib/prefs/prefs';

describe('preferences', () => {
	it('a missing or damaged entry gives the defaults, never an error', () => {
		for (const text of [null, '', '{', 'null', '[1,2]', '"dark"', '42'])
			expect(parsePrefs(text)).toEqual(DEFAULT_PREFS);
	});

	it('keeps every valid field and replaces only the invalid ones', () => {
		const p = parsePrefs(
			JSON.stringify({
				notation: 'engineering',
				theme: 'purple',
				motion: 'reduced',
				haptics: 'yes',
				autosaveSeconds: 30,
				confirmations: false,
				advice: false,
				hintsDone: ['train', 7, 'gate']
			})
		);
		expect(p).toEqual({
			...DEFAULT_PREFS,
			notation: 'engineering',
			motion: 'reduced',
			autosaveSeconds: 30,
			confirmations: false,
			advice: false,
			hintsDone: ['train', 'gate']
		});
		// Advice is on unless the player turned it off (an older entry has none).
		expect(DEFAULT_PREFS.advice).toBe(true);
		expect(parsePrefs(JSON.stringify({ advice: 'off' })).advice).toBe(true);
		expect(parsePrefs(JSON.stringify({ autosaveSeconds: 0.001 })).autosaveSeconds).toBe(10);
	});

	it('"system" follows the device; a choice overrides it', () => {
		expect(resolveTheme('system', true)).toBe('light');
		expect(resolveTheme('system', false)).toBe('dark');
		expect(resolveTheme('dark', true)).toBe('dark');
		expect(resolveMotion('system', true)).toBe(true);
		expect(resolveMotion('full', true)).toBe(false);
		expect(resolveMotion('reduced', false)).toBe(true);
	});
});
