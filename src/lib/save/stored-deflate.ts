// Deflate without compression, for browsers with no CompressionStream (Safari before 16.4,
// still on older iPhones). A deflate stream of "stored" blocks is valid deflate-raw that any
// inflater reads, so such an export is an ordinary FRONTIER1 save, only longer. The reader
// here reads only stored blocks: enough for saves exported that way.

const MAX_BLOCK = 0xffff;

export function deflateStored(bytes: Uint8Array): Uint8Array {
	const blocks = Math.max(1, Math.ceil(bytes.length / MAX_BLOCK));
	const out = new Uint8Array(bytes.length + blocks * 5);
	let at = 0;
	for (let b = 0; b < blocks; b++) {
		const chunk = bytes.subarray(b * MAX_BLOCK, (b + 1) * MAX_BLOCK);
		const len = chunk.length;
		out[at++] = b === blocks - 1 ? 1 : 0; // BFINAL, BTYPE 00 (stored)
		out[at++] = len & 0xff;
		out[at++] = len >> 8;
		out[at++] = ~len & 0xff;
		out[at++] = (~len >> 8) & 0xff;
		out.set(chunk, at);
		at += len;
	}
	return out;
}

/** The bytes of a deflate-raw stream made only of stored blocks; null for any other. */
export function inflateStored(data: Uint8Array, limit: number): Uint8Array | null {
	const parts: Uint8Array[] = [];
	let at = 0;
	let total = 0;
	for (;;) {
		if (at + 5 > data.length) return null;
		const header = data[at];
		if ((header & 0b110) !== 0) return null; // a compressed block
		const len = data[at + 1] | (data[at + 2] << 8);
		const nlen = data[at + 3] | (data[at + 4] << 8);
		if ((len ^ 0xffff) !== nlen || at + 5 + len > data.length) return null;
		total += len;
		if (total > limit) return null;
		parts.push(data.subarray(at + 5, at + 5 + len));
		at += 5 + len;
		if (header & 1) break;
	}
	if (at !== data.length) return null;
	const out = new Uint8Array(total);
	let o = 0;
	for (const p of parts) {
		out.set(p, o);
		o += p.length;
	}
	return out;
}
