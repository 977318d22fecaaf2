// The contract cannot drift: Schemathesis (pinned, fixed seed, every check) against the real server on the real Neo4j, and a lint of the OpenAPI document.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/src/config';
import { useSampleServer } from '../support/sample-server';
import { runSchemathesis, SCHEMATHESIS_VERSION, schemathesis } from '../support/schemathesis';

// The answer cache on, as in production: repeated questions are what a fuzzer mostly sends. A generous query
// timeout: on a busy machine a read can take seconds, and a 503 there would be the machine, not the contract.
// The write side on, as `npm start` runs it, so the write operations the document lists answer as documented
// (401 without the editor token, which the fuzzer does not have: it can write nothing).
const world = useSampleServer({
  answerCacheBytes: 16 * 2 ** 20,
  queryTimeoutMs: 120_000,
  writes: { uploadsDir: fs.mkdtempSync(path.join(os.tmpdir(), 'pg-schemathesis-uploads-')), token: 'schemathesis-has-no-editor-token' },
});

describe('the OpenAPI document', () => {
  it('passes Redocly lint (recommended rules) with no error', async () => {
    const doc = await (await fetch(`${world.server.baseUrl}/api/openapi.json`)).text();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-openapi-')), 'openapi.json');
    fs.writeFileSync(file, doc);
    const redocly = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'redocly');
    const run = spawnSync(redocly, ['lint', file, '--format', 'stylish', '--config', path.join(PROJECT_ROOT, 'redocly.yaml')], {
      encoding: 'utf8',
      // No network from the test: no telemetry, no update check.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
    expect(run.status, output).toBe(0);
    expect(output).toMatch(/Your API description is valid/);
  }, 120_000);
});

describe(`Schemathesis ${SCHEMATHESIS_VERSION} against the real server`, () => {
  let python: string;
  beforeAll(() => {
    python = schemathesis((line) => console.log(`[schemathesis] ${line}`));
  }, 600_000);

  it('finds no failure with every check on every operation (fixed seed, bounded examples)', async () => {
    const base = world.server.baseUrl;
    const { code, output } = await runSchemathesis(python, [
      `${base}/api/openapi.json`,
      '--url',
      base,
      '--checks',
      'all',
      '--seed',
      '20261201',
      '--max-examples',
      '25',
      // One worker: with two, Hypothesis's lambda descriptions (ast.parse in threads) hit a CPython 3.11 race
      // ("AST constructor recursion depth mismatch") and the run reports a runtime error that is not ours.
      '--workers',
      '1',
      '--phases',
      'examples,coverage,fuzzing',
      '--no-shrink',
      '--request-timeout',
      '150',
      // Schemathesis fails answers slower than 10 s by default: a timing assertion, which a shared machine
      // breaks. Speed is the benchmarks' business; this only catches a request that hangs.
      '--max-response-time',
      '120',
      '--warnings',
      'off',
    ]);
    // The summary names each failing check with a reproducing curl; kept in the assertion message.
    expect(code, output).toBe(0);
    // Every operation of the document was tested, however many there are now.
    const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as { paths: Record<string, object> };
    const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(output).toContain(`${operations} selected / ${operations} total`);
  }, 600_000);
});
