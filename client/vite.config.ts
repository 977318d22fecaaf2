// Vite build of the explorer and the embed page; the dev server proxies /api to the running Express server.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { inlineIcon, leanCytoscape, precompress, shortZodMessages, withoutJsonSchema } from './build-plugins.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.dirname(root);

/** Where the build lists the source files it read, with their hashes (server/src/client-build.ts reads it). */
export const BUILD_INPUTS_FILE = '.build-inputs.json';

/**
 * Records every project file the bundler read (explorer, contract, styles, HTML), hashed, so that `npm start` rebuilds
 * exactly when one of them changed: the build itself says what it depends on, instead of a list of folders to watch.
 */
function recordInputs(pages: readonly string[]): Plugin {
  const seen = new Set<string>(pages);
  return {
    name: 'policygraph-record-inputs',
    apply: 'build',
    // Every module the bundler transforms passes here (TypeScript, CSS, the contract); the pages are the entries.
    transform(_code, id) {
      seen.add(id.split('?')[0]!);
      return null;
    },
    generateBundle() {
      for (const id of this.getModuleIds()) seen.add(id.split('?')[0]!);
      const files: Record<string, string> = {};
      for (const file of [...seen].sort()) {
        if (!path.isAbsolute(file) || file.includes(`${path.sep}node_modules${path.sep}`) || !file.startsWith(projectRoot) || !fs.existsSync(file)) continue;
        files[path.relative(projectRoot, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      }
      this.emitFile({ type: 'asset', fileName: BUILD_INPUTS_FILE, source: `${JSON.stringify({ files }, null, 1)}\n` });
    },
  };
}

const pages = { main: path.join(root, 'index.html'), embed: path.join(root, 'embed.html') };

export default defineConfig({
  root,
  base: '/',
  plugins: [recordInputs(Object.values(pages)), inlineIcon(path.join(root, 'public')), withoutJsonSchema(), shortZodMessages(), leanCytoscape(), precompress()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Every browser the explorer supports preloads modules natively; the polyfill would be first-view bytes for none.
    modulePreload: { polyfill: false },
    // Two pages: the explorer and the chrome-less /embed view (served by server/src/routes/embed.ts).
    rolldownOptions: {
      input: pages,
      output: {
        // Named chunks instead of rolldown's split into many small ones (each costs a request and ~300 bytes of
        // headers, and compresses worse alone):
        // - contract: the zod-free half of the contract (model, endpoints, problems) with the strings and DOM helpers.
        // - schemas: zod and the read answers' schemas (api.ts, graph-model.ts), which the first view parses its answers
        //   with (client/src/api.ts imports them at once, in parallel with the first request).
        // - graph: Cytoscape with the graph store, style, layouts and the permalink replay.
        // The story, write and curation schemas are left to the lazy chunks that use them (stories, the write side,
        // offline and embed pages): in the first chunk they were ~3 KB of a first view that never parses them. zod's
        // CSP setting lives in the contract's own zod.ts, which every schema imports, so chunking cannot reorder it.
        codeSplitting: {
          groups: [
            {
              name: 'contract',
              test: /[\\/]client[\\/]src[\\/](?:i18n[\\/](?:index|zh-CN)\.ts|ui[\\/]dom\.ts)$|[\\/]server[\\/]contract[\\/]src[\\/](?:model|endpoints|problems|place-levels)\.ts$/,
            },
            {
              name: 'schemas',
              test: /node_modules[\\/]zod[\\/]|[\\/]server[\\/]contract[\\/]src[\\/](?:zod|api|graph-model)\.ts$|[\\/]client[\\/]src[\\/]answers\.ts$/,
            },
            {
              name: 'graph',
              test: /node_modules[\\/]cytoscape[\\/]|[\\/]client[\\/]src[\\/](?:graph[\\/](?:style|graph-store|layouts|view-replay|rollup-fold|readable-labels)|state[\\/]view-state|api)\.ts$/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` } },
});
