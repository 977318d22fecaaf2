// Finds Debian's Chromium and a CJK font for browser tests and benchmarks, installing them with apt when missing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const FONT_PACKAGE = 'fonts-wqy-microhei';
const FONT_FILE = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const PACKAGE_FILES = { chromium: CHROMIUM_PATH, [FONT_PACKAGE]: FONT_FILE } as const;
type Package = keyof typeof PACKAGE_FILES;

function missingPackages(wanted: Package[]): Package[] {
  return wanted.filter((p) => !fs.existsSync(PACKAGE_FILES[p]));
}

/**
 * Makes sure /usr/bin/chromium and a CJK font exist; installs them with apt-get when running as root.
 * Throws one readable message (what is missing and the command to run) when that is impossible.
 */
export function ensureChromium(): void {
  ensurePackages(['chromium', FONT_PACKAGE]);
}

/**
 * Makes sure the CJK font exists. Tests that draw Chinese PDFs need it without a browser; on a fresh machine they may
 * run before any browser test has installed it.
 */
export function ensureCjkFont(): string {
  ensurePackages([FONT_PACKAGE]);
  return FONT_FILE;
}

function ensurePackages(wanted: Package[]): void {
  const missing = missingPackages(wanted);
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
  const still = missingPackages(wanted);
  if (still.length > 0) throw new Error(`apt-get finished but ${still.join(' and ')} is still missing; run: ${command}`);
}

/** Launches headless Debian Chromium (installing it first when needed). */
export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}
