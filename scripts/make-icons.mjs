// Draws Frontier's icons as PNGs with no dependencies (run: node scripts/make-icons.mjs).
// A chip with a rising capability curve; the maskable icon keeps the art inside the 80% safe zone.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(td));
	return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) {
			const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size, 1 / size);
			const o = y * (size * 4 + 1) + 1 + x * 4;
			raw[o] = r;
			raw[o + 1] = g;
			raw[o + 2] = b;
			raw[o + 3] = a;
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8;
	ihdr[9] = 6;
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const clamp = (v) => Math.max(0, Math.min(1, v));
const BG = [11, 16, 32];
const CHIP = [28, 40, 74];
const ACCENT = [94, 234, 212];
const WARM = [251, 191, 36];

// scale < 1 shrinks the art toward the centre (maskable safe zone).
function art(scale, rounded) {
	return (u, v, px) => {
		const x = (u - 0.5) / scale + 0.5;
		const y = (v - 0.5) / scale + 0.5;
		const aa = px / scale;
		let c = mix(BG, [20, 30, 60], clamp(1 - Math.hypot(u - 0.5, v - 0.35) * 1.6));
		// chip body: rounded square
		const d = Math.max(Math.abs(x - 0.5), Math.abs(y - 0.5)) - 0.27;
		c = mix(c, CHIP, clamp(0.5 - d / aa));
		// pins
		for (let i = 0; i < 4; i++) {
			const p = 0.32 + i * 0.12;
			const pin =
				(Math.abs(x - p) < 0.02 && Math.abs(Math.abs(y - 0.5) - 0.31) < 0.04) ||
				(Math.abs(y - p) < 0.02 && Math.abs(Math.abs(x - 0.5) - 0.31) < 0.04);
			if (pin) c = mix(c, [120, 140, 180], 0.9);
		}
		// rising curve y = 0.68 - 0.36 * ((x-0.3)/0.4)^2 inside the chip
		if (x > 0.3 && x < 0.72) {
			const t = (x - 0.3) / 0.42;
			const cy = 0.66 - 0.34 * t * t;
			const dist = Math.abs(y - cy) - 0.022;
			c = mix(c, mix(ACCENT, WARM, t), clamp(0.5 - dist / aa));
		}
		const dot = Math.hypot(x - 0.72, y - 0.32) - 0.045;
		c = mix(c, WARM, clamp(0.5 - dot / aa));
		let a = 255;
		if (rounded) {
			const r = 0.18;
			const qx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
			const qy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
			a = Math.round(255 * clamp(0.5 - (Math.hypot(qx, qy) - r) / px));
		}
		return [...c.map(Math.round), a];
	};
}

writeFileSync('static/icon-192.png', png(192, art(1, true)));
writeFileSync('static/icon-512.png', png(512, art(1, true)));
writeFileSync('static/icon-maskable-512.png', png(512, art(0.78, false)));
writeFileSync('static/apple-touch-icon.png', png(180, art(0.9, false)));
console.log('icons written to static/');
