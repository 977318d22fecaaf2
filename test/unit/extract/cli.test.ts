// The extract command-line contract other tools depend on: one JSON object on stdout, or one line on stderr and a failure code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'graph-seed/src/cli/extract.ts');

function extract(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('npm run extract', () => {
  it('should print one JSON object with document, entities, relations and warnings', { timeout: 120_000 }, () => {
    // Source: graph-seed/corpus/004_92b96156f557c987.txt (兰考, Traditional, damaged bytes), the whole sample.
    const r = extract(path.join(ROOT, 'graph-seed/corpus/004_92b96156f557c987.txt'), '--place', '410225');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(Object.keys(out).sort()).toEqual(['document', 'entities', 'relations', 'warnings']);
    expect(out.document.id).toBe('004_92b96156f557c987');
    for (const e of out.entities) {
      expect(['Strategy', 'Project', 'Place', 'Organization']).toContain(e.type);
      expect(e).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), aliases: expect.any(Array), mentions: expect.any(Array) }));
      for (const m of e.mentions) expect(m).toEqual(expect.objectContaining({ start: expect.any(Number), end: expect.any(Number) }));
    }
    const ids = new Set(out.entities.map((e: { id: string }) => e.id));
    for (const rel of out.relations) {
      expect(ids.has(rel.from) && ids.has(rel.to)).toBe(true);
      for (const ev of rel.evidence)
        expect(ev).toEqual(expect.objectContaining({ sentence: expect.any(String), start: expect.any(Number), end: expect.any(Number) }));
    }
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('damaged-bytes');
  });

  it('should exit non-zero with one line on stderr for an empty or binary file', { timeout: 120_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cli-'));
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const binary = path.join(dir, 'blob.bin');
    fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    for (const f of [empty, binary]) {
      const r = extract(f);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
