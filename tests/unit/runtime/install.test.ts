import { describe, expect, test } from 'vitest';
import {
	installPath,
	isIos,
	isSafari,
	showGuideFirst,
	storageMayBeCleared,
	type BrowserFacts
} from '../../../src/lib/runtime/install';

const UA = {
	iphoneSafari:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
	iphoneChrome:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
	// iPadOS asks for the desktop site: it says Macintosh, and only touch gives it away.
	ipad: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
	android:
		'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
	macChrome:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
	firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'
};

const facts = (userAgent: string, more: Partial<BrowserFacts> = {}): BrowserFacts => ({
	userAgent,
	maxTouchPoints: 0,
	standalone: false,
	canPrompt: false,
	...more
});

describe('how this device installs the game', () => {
	test('iPhone and iPad (every browser there is WebKit): the Add to Home Screen guide', () => {
		expect(installPath(facts(UA.iphoneSafari, { maxTouchPoints: 5 }))).toBe('ios');
		expect(installPath(facts(UA.iphoneChrome, { maxTouchPoints: 5 }))).toBe('ios');
		expect(installPath(facts(UA.ipad, { maxTouchPoints: 5 }))).toBe('ios');
	});
	test('a Mac (no touch) is not an iPad', () => {
		expect(isIos(facts(UA.ipad))).toBe(false);
		expect(isSafari(facts(UA.ipad))).toBe(true);
		expect(installPath(facts(UA.ipad))).toBe('menu');
	});
	test("Android and desktop Chromium: the browser's prompt, once it offered one", () => {
		expect(installPath(facts(UA.android, { canPrompt: true }))).toBe('prompt');
		expect(installPath(facts(UA.android))).toBe('menu');
		expect(installPath(facts(UA.macChrome, { canPrompt: true }))).toBe('prompt');
	});
	test('standalone (opened from the home screen) is installed, whatever the browser', () => {
		for (const ua of Object.values(UA))
			expect(installPath(facts(ua, { standalone: true, canPrompt: true }))).toBe('installed');
	});
	test('the guide shows once, only in Safari on iOS, never when installed', () => {
		expect(showGuideFirst('ios', false)).toBe(true);
		expect(showGuideFirst('ios', true)).toBe(false);
		for (const path of ['installed', 'prompt', 'menu'] as const)
			expect(showGuideFirst(path, false)).toBe(false);
	});
});

describe("Safari's seven-day storage rule", () => {
	test('applies to Safari (iOS, iPadOS, Mac) when not installed', () => {
		expect(storageMayBeCleared(facts(UA.iphoneSafari, { maxTouchPoints: 5 }))).toBe(true);
		expect(storageMayBeCleared(facts(UA.iphoneChrome, { maxTouchPoints: 5 }))).toBe(true);
		expect(storageMayBeCleared(facts(UA.ipad))).toBe(true);
		expect(
			storageMayBeCleared(facts(UA.iphoneSafari, { maxTouchPoints: 5, standalone: true }))
		).toBe(false);
	});
	test('not to Chromium or Firefox', () => {
		for (const ua of [UA.android, UA.macChrome, UA.firefox])
			expect(storageMayBeCleared(facts(ua))).toBe(false);
	});
});
