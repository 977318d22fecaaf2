// Schemathesis for the contract test: a Python venv made on first use from the project's own pinned requirements.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/src/config';

const REQUIREMENTS = path.join(PROJECT_ROOT, 'test', 'support', 'schemathesis-requirements.txt');
/** Its configuration: the one documented exception to the checks. */
const CONFIG = path.join(PROJECT_ROOT, 'test', 'support', 'schemathesis.toml');
/** Pinned version, read from the requirements file so the two cannot disagree. */
export const SCHEMATHESIS_VERSION = /schemathesis==([\d.]+)/.exec(fs.readFileSync(REQUIREMENTS, 'utf8'))![1]!;
/** Under node_modules (gitignored, and where JS tools keep their caches): a fresh clone's `npm install` makes room for it. */
const VENV = path.join(PROJECT_ROOT, 'node_modules', '.cache', `schemathesis-${SCHEMATHESIS_VERSION}`);
const PYTHON_IN_VENV = path.join(VENV, 'bin', 'python');
/** Written last: a venv without it is an interrupted install and is made again. */
const COMPLETE = path.join(VENV, '.installed');

function findPython(): string {
  for (const candidate of [process.env.PYTHON, 'python3', 'python'].filter(Boolean) as string[]) {
    try {
      const version = execFileSync(candidate, ['-c', 'import sys, venv; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim();
      const [major, minor] = version.split('.').map(Number);
      if (major === 3 && minor! >= 9) return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(
    'The contract test runs Schemathesis, which needs Python 3.9+ with the venv module (and pip access to install ' +
      `schemathesis==${SCHEMATHESIS_VERSION} once). Install it (Debian: apt-get install python3 python3-venv) or set PYTHON=/path/to/python3.`,
  );
}

/** The venv's python with the pinned Schemathesis, installing it first when it is not there yet. */
export function schemathesis(log: (line: string) => void = () => {}): string {
  if (fs.existsSync(COMPLETE)) return PYTHON_IN_VENV;
  const python = findPython();
  log(`Installing schemathesis==${SCHEMATHESIS_VERSION} into ${path.relative(PROJECT_ROOT, VENV)} (first run only)…`);
  fs.rmSync(VENV, { recursive: true, force: true });
  execFileSync(python, ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(PYTHON_IN_VENV, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS], { stdio: 'inherit' });
  fs.writeFileSync(COMPLETE, `schemathesis==${SCHEMATHESIS_VERSION}\n`);
  return PYTHON_IN_VENV;
}

export interface RunResult {
  readonly code: number;
  readonly output: string;
}

/** Runs `st run` with these arguments through the venv's python; resolves with its exit code and everything it printed. */
export function runSchemathesis(python: string, args: readonly string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['-m', 'schemathesis.cli', '--config-file', CONFIG, 'run', ...args], {
      cwd: VENV,
      env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false', PYTHONIOENCODING: 'utf-8' },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
