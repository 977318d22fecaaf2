// Builds the Vite client when its output is missing or older than its sources, so `npm start` needs no extra step.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config';

export const CLIENT_ROOT = path.join(PROJECT_ROOT, 'client');
export const CLIENT_DIST = path.join(CLIENT_ROOT, 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'dist' && entry.name !== 'node_modules') newest = Math.max(newest, newestMtime(full));
    } else {
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** True when client/dist is missing or any client or contract source is newer than it. */
export function clientBuildStale(): boolean {
  const index = path.join(CLIENT_DIST, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  const contract = path.join(PROJECT_ROOT, 'server', 'contract', 'src');
  return newestMtime(CLIENT_ROOT) > built || newestMtime(contract) > built;
}

/** Runs `vite build` for the client in-process. */
export async function buildClient(log: (line: string) => void = () => {}): Promise<void> {
  log('Building the client (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(CLIENT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
