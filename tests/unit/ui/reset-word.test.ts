// Erase is armed by RESET in any case, spaces around it ignored (playtest 29).
import { describe, expect, it } from 'vitest';
import { resetConfirmed } from '../../../src/lib/ui/settings/reset-word';

describe('the word that arms Erase', () => {
	it('takes RESET in any case and with spaces around it, and nothing else', () => {
		for (const typed of ['RESET', 'reset', 'Reset', '  ReSeT ', 'reset\n'])
			expect(resetConfirmed(typed), typed).toBe(true);
		for (const typed of ['', 'RESE', 'RESETS', 're set', 'erase'])
			expect(resetConfirmed(typed), typed).toBe(false);
	});
});
