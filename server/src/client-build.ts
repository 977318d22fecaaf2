// Builds the Vite client when its output is missing or any source it was built from changed, so `npm start` needs no extra step.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from './config';

export const CLIENT_ROOT = path.join(PROJECT_ROOT, 'client');
export const CLIENT_DIST = path.join(CLIENT_ROOT, 'dist');
/** Written by the build (client/vite.config.ts, recordInputs): every project file it read, with its SHA-256. */
const BUILD_INPUTS = path.join(CLIENT_DIST, '.build-inputs.json');

const BuildInputs = z.object({ files: z.record(z.string(), z.string()) });

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * True when client/dist is missing, was built without its list of inputs, or any file the build read (explorer,
 * contract, styles, pages) is gone or has other content. A file nobody imports cannot change the bundle; a new import
 * changes the file that makes it, so the list the build recorded is all there is to compare.
 */
export function clientBuildStale(): boolean {
  if (!fs.existsSync(path.join(CLIENT_DIST, 'index.html')) || !fs.existsSync(BUILD_INPUTS)) return true;
  const parsed = BuildInputs.safeParse(JSON.parse(fs.readFileSync(BUILD_INPUTS, 'utf8')));
  if (!parsed.success) return true;
  return Object.entries(parsed.data.files).some(([rel, hash]) => {
    const file = path.join(PROJECT_ROOT, rel);
    return !fs.existsSync(file) || sha256(file) !== hash;
  });
}

/** Runs `vite build` for the client in-process. */
export async function buildClient(log: (line: string) => void = () => {}): Promise<void> {
  log('Building the client (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(CLIENT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
