// Serves the built client: precompressed .br/.gz files when the browser takes them, hashed assets cached for good.
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import path from 'node:path';
import expressStaticGzip from 'express-static-gzip';

/** A year, the longest a cache honours: a file under /assets/ has its content hash in its name and never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache policy by file: hashed assets forever, HTML (which names them) revalidated each time, the rest for an hour. */
export function cacheControlFor(file: string): string {
  const plain = file.replace(/\.(?:br|gz)$/, '');
  if (plain.endsWith('.html')) return 'no-cache';
  if (/[\\/]assets[\\/]/.test(plain)) return IMMUTABLE;
  return 'public, max-age=3600';
}

/**
 * Static files of the client. The build writes .br and .gz beside each text file (client/precompress.ts);
 * express-static-gzip picks one from Accept-Encoding (brotli first), sets Content-Encoding, the original
 * Content-Type and Vary: Accept-Encoding, and falls back to the plain file for a client that takes neither.
 */
export function staticClient(clientDir: string): RequestHandler {
  return expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: 'index.html',
    serveStatic: {
      setHeaders: (res: ServerResponse, file: string) => {
        res.setHeader('Cache-Control', cacheControlFor(file));
      },
    },
  });
}

/**
 * /assets/ ahead of the security headers: a script or stylesheet is never a document, so CSP, COOP, Referrer-Policy
 * and the legacy X- headers do nothing on it (the page's own policy governs what it may load) and cost ~600 bytes on
 * each of the first view's files. What does apply to a subresource stays: nosniff and the same-site CORP.
 * ETag and Last-Modified go too: an immutable file is never revalidated.
 */
export function staticAssets(clientDir: string): RequestHandler {
  return expressStaticGzip(path.join(clientDir, 'assets'), {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      etag: false,
      lastModified: false,
      setHeaders: (res: ServerResponse) => {
        res.setHeader('Cache-Control', IMMUTABLE);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
      },
    },
  });
}
