// Vite build of the explorer and the embed page; the dev server proxies /api to the running Express server.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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
  plugins: [recordInputs(Object.values(pages))],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Two pages: the explorer and the chrome-less /embed view (served by server/src/routes/embed.ts).
    rolldownOptions: { input: pages },
  },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` } },
});
