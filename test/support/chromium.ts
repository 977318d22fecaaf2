// Finds Debian's Chromium and a CJK font for browser tests and benchmarks, installing them with apt when missing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const FONT_PACKAGE = 'fonts-wqy-microhei';
const FONT_FILE = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function missingPackages(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(CHROMIUM_PATH)) missing.push('chromium');
  if (!fs.existsSync(FONT_FILE)) missing.push(FONT_PACKAGE);
  return missing;
}

/**
 * Makes sure /usr/bin/chromium and a CJK font exist; installs them with apt-get when running as root.
 * Throws one readable message (what is missing and the command to run) when that is impossible.
 */
export function ensureChromium(): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`Browser tests need ${missing.join(' and ')}; run as root: ${command}`);
  }
  try {
    execFileSync('apt-get', ['update'], { stdio: 'ignore', timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
      stdio: 'ignore',
      timeout: 900_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (err) {
    throw new Error(`Could not install ${missing.join(' and ')} (${(err as Error).message.split('\n')[0]}); run: ${command}`);
  }
  const still = missingPackages();
  if (still.length > 0) throw new Error(`apt-get finished but ${still.join(' and ')} is still missing; run: ${command}`);
}

/** Launches headless Debian Chromium (installing it first when needed). */
export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}
