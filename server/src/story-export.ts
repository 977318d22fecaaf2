// Builds single-script (IIFE) bundles with Vite — the offline story viewer and the <policy-graph> element — and story HTML files.
import path from 'node:path';
import { CLIENT_ROOT } from './client-build';
import type { Story } from '@policygraph/contract/story';
import { offlineHtml, type OfflineBundle } from '@policygraph/client/offline-html';

/** Entries that are shipped as one classic script each: nothing to fetch, nothing to resolve, works from file://. */
export const IIFE_ENTRIES = {
  offlineViewer: path.join(CLIENT_ROOT, 'src', 'present', 'offline-main.ts'),
  policyGraphElement: path.join(CLIENT_ROOT, 'src', 'embed', 'policy-graph-element.ts'),
} as const;
export type IifeEntry = keyof typeof IIFE_ENTRIES;

const cache = new Map<IifeEntry, Promise<string>>();

/** Bundles an entry and everything it imports into one script; built once per process (a failed build is retried next time). */
export function iifeBundle(entry: IifeEntry): Promise<string> {
  let p = cache.get(entry);
  if (!p) {
    p = buildIife(IIFE_ENTRIES[entry]).catch((err: unknown) => {
      cache.delete(entry);
      throw err;
    });
    cache.set(entry, p);
  }
  return p;
}

async function buildIife(entry: string): Promise<string> {
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
      lib: { entry, formats: ['iife'], name: 'PolicyGraphBundle', fileName: () => 'bundle.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error(`building ${path.basename(entry)} produced no script`);
  return chunk.code;
}

/** The offline viewer bundle. */
export async function offlineBundle(): Promise<OfflineBundle> {
  return { js: await iifeBundle('offlineViewer') };
}

/** The whole offline HTML file of a story. */
export async function storyToHtml(story: Story): Promise<string> {
  return offlineHtml(story, await offlineBundle());
}
