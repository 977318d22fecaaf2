// Builds the offline story viewer (one IIFE script, nothing to fetch) with Vite and writes stories into single HTML files.
import path from 'node:path';
import { CLIENT_ROOT } from './client-build';
import type { Story } from './contract/story';
import { offlineHtml, type OfflineBundle } from '../../client/src/present/offline-html';

let cached: Promise<OfflineBundle> | undefined;

/** Bundles client/src/present/offline-main.ts and everything it imports into one script; built once per process. */
export function offlineBundle(): Promise<OfflineBundle> {
  cached ??= buildBundle().catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}

async function buildBundle(): Promise<OfflineBundle> {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    root: CLIENT_ROOT,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: { entry: path.join(CLIENT_ROOT, 'src', 'present', 'offline-main.ts'), formats: ['iife'], name: 'PolicyGraphOffline', fileName: () => 'viewer.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('offline viewer build produced no script');
  return { js: chunk.code };
}

/** The whole offline HTML file of a story. */
export async function storyToHtml(story: Story): Promise<string> {
  return offlineHtml(story, await offlineBundle());
}
