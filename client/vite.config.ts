// Vite build of the explorer and the embed page; the dev server proxies /api to the running Express server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Two pages: the explorer and the chrome-less /embed view (served by server/src/routes/embed.ts).
    rolldownOptions: { input: { main: path.join(root, 'index.html'), embed: path.join(root, 'embed.html') } },
  },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` } },
});
