// A small static server for the production build (npm start, browser tests, benchmarks).
// Usage: node scripts/serve.mjs [dir=build] [port=4173]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|txt)$/;
/** @type {Map<string, Buffer>} */
const gzipCache = new Map();

/**
 * The request handler that serves files from getRoot() (a function, so a test can swap
 * versions under a running server).
 * @param {() => string} getRoot
 * @returns {import('node:http').RequestListener}
 */
export function staticHandler(getRoot) {
	return async (req, res) => {
		try {
			const root = resolve(getRoot());
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			let file = normalize(join(root, path));
			if (!file.startsWith(root)) {
				res.writeHead(403).end();
				return;
			}
			const info = await stat(file).catch(() => null);
			if (info?.isDirectory()) file = join(file, 'index.html');
			else if (!info && !extname(file)) file = `${file}.html`;
			/** @type {Buffer} */
			let body = await readFile(file);
			const immutable = path.startsWith('/_app/immutable/');
			/** @type {Record<string, string>} */
			const headers = {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
				vary: 'accept-encoding'
			};
			// Compress as any real host would (gzip, cached per file version).
			if (COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
				const key = `${file}:${body.length}:${(await stat(file)).mtimeMs}`;
				let zipped = gzipCache.get(key);
				if (!zipped) gzipCache.set(key, (zipped = gzipSync(body)));
				body = zipped;
				headers['content-encoding'] = 'gzip';
			}
			res.writeHead(200, headers);
			res.end(body);
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		}
	};
}

/** @param {() => string} getRoot */
export function createStaticServer(getRoot) {
	return createServer(staticHandler(getRoot));
}

/**
 * Starts `server` on a free port and gives its address, e.g. "http://localhost:39123".
 * @param {import('node:http').Server} server
 * @returns {Promise<string>}
 */
export async function listenOnFreePort(server) {
	await new Promise((r) => server.listen(0, () => r(undefined)));
	const address = server.address();
	return `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
	createStaticServer(() => dir).listen(port, () => {
		console.log(`Frontier is served at http://localhost:${port} (from ${dir}/)`);
	});
}
