// Importing an empty file says the file was empty (playtest 29 was told to paste a save).
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../src/lib/save/transfer';

describe('importing nothing', () => {
	it('an empty file is said to be empty; empty pasted text asks for a save', async () => {
		for (const text of ['', '  \n\t ']) {
			expect(await previewImport(text, 'file')).toEqual({
				ok: false,
				error: 'That file is empty: it holds no save.'
			});
			expect(await previewImport(text)).toEqual({
				ok: false,
				error: 'Paste the text of a Frontier save.'
			});
		}
	});
});
