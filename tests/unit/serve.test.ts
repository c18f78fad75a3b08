// The static server used by `npm start` and the browser tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, listenOnFreePort } from '../../scripts/serve.mjs';

const server = createStaticServer(() => 'static');
let base = '';
beforeAll(async () => {
	base = await listenOnFreePort(server);
});
afterAll(() => server.close());

describe('static server', () => {
	it('serves files with their type', async () => {
		const res = await fetch(`${base}/favicon.svg`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('image/svg+xml');
	});
	it('refuses paths that climb out of the root', async () => {
		const res = await fetch(`${base}/%2e%2e/package.json`);
		expect([403, 404]).toContain(res.status);
		expect(await res.text()).not.toContain('"name": "frontier"');
	});
	it('answers 404 for what is missing', async () => {
		expect((await fetch(`${base}/nope.js`)).status).toBe(404);
	});
});

describe('compression', () => {
	it('gzips text for clients that accept it, and only them', async () => {
		const zipped = await fetch(`${base}/favicon.svg`, { headers: { 'accept-encoding': 'gzip' } });
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(await zipped.text()).toContain('<svg'); // fetch decompresses
		const plain = await fetch(`${base}/icon-192.png`, { headers: { 'accept-encoding': 'gzip' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
	});
});
