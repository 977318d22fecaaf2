// A corpus mixing good and bad files: good ones load, each bad one is named with its reason, the old graph is intact.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/src/config';
import { SAMPLE_CORPUS_DIR } from '../support/paths';
import { loadSample, testConnection, testDriver, wipe } from '../support/neo4j';

/** Counts and one relation's evidence per document: what "the graph is intact" means to a user. */
async function snapshot(driver: Driver) {
  const session = driver.session({ database: testConnection().database });
  try {
    const counts = await session.run(
      `MATCH (n) WITH count(n) AS nodes
       MATCH ()-[r]->() WITH nodes, count(r) AS rels
       MATCH (d:Document) RETURN nodes, rels, collect(d.id) AS docs`,
    );
    const evidence = await session.run(
      `MATCH (d:Document)-[:MENTIONS]->(e)
       WITH d, count(e) AS mentioned ORDER BY d.id
       OPTIONAL MATCH (s:Sentence {documentId: d.id})
       RETURN d.id AS id, mentioned, count(s) AS sentences, sum(s.end - s.start) AS chars`,
    );
    const rec = counts.records[0]!;
    return {
      nodes: Number(rec.get('nodes')),
      rels: Number(rec.get('rels')),
      docs: (rec.get('docs') as string[]).sort(),
      perDocument: evidence.records.map((r) => ({
        id: r.get('id') as string,
        mentioned: Number(r.get('mentioned')),
        sentences: Number(r.get('sentences')),
        chars: Number(r.get('chars')),
      })),
    };
  } finally {
    await session.close();
  }
}

describe('loading a corpus with bad files among good ones', () => {
  let driver: Driver;
  let dir: string;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let run: { status: number | null; output: string };

  beforeAll(async () => {
    driver = testDriver();
    await wipe(driver);
    await loadSample(driver);
    before = await snapshot(driver);

    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-faulty-corpus-'));
    const sample = fs.readFileSync(path.join(SAMPLE_CORPUS_DIR, '001_4b96525c5c6cf7dc.txt'), 'utf8');
    // A GBK file is not bad: it must be detected and loaded like UTF-8.
    fs.writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode(sample.slice(0, 3000), 'gbk'));
    fs.writeFileSync(path.join(dir, 'good.txt'), sample.slice(3000, 6000));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
    // 50 MB of plausible text: too large for one document.
    const line = '全面实施乡村振兴战略，坚持项目为王，推进重点项目建设。\n';
    fs.writeFileSync(path.join(dir, 'huge.txt'), line.repeat(Math.ceil((50 * 2 ** 20) / Buffer.byteLength(line))));
    const entry = (id: string, file: string) => ({ id, file, title: id, kind: 'test', date: '2024', place: { name: '平桥区', code: '411503' } });
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        version: 1,
        documents: [
          entry('fault_gbk', 'gbk.txt'),
          entry('fault_good', 'good.txt'),
          entry('fault_empty', 'empty.txt'),
          entry('fault_binary', 'binary.txt'),
          entry('fault_huge', 'huge.txt'),
          entry('fault_missing', 'no-such-file.txt'),
        ],
      }),
    );

    const conn = testConnection();
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/seed.ts', '--corpus', dir], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database, CI: 'true' },
      encoding: 'utf8',
      timeout: 170_000,
    });
    run = { status: res.status, output: `${res.stdout}\n${res.stderr}` };
  }, 180_000);

  afterAll(async () => {
    await driver?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exits non-zero and names every bad file with its reason', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/empty\.txt[^\n]*empty/);
    expect(run.output).toMatch(/binary\.txt[^\n]*(binary|not a text)/);
    expect(run.output).toMatch(/huge\.txt[^\n]*(large|MB|size)/i);
    expect(run.output).toMatch(/no-such-file\.txt[^\n]*(not found|no such|missing|cannot|does not exist)/i);
    expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('loads the good files, the GBK one included', async () => {
    const after = await snapshot(driver);
    expect(after.docs).toEqual(expect.arrayContaining(['fault_gbk', 'fault_good']));
    expect(after.docs).not.toEqual(expect.arrayContaining(['fault_empty']));
    const gbk = after.perDocument.find((d) => d.id === 'fault_gbk');
    expect(gbk?.mentioned).toBeGreaterThan(0);
    const session = driver.session({ database: testConnection().database });
    try {
      const text = (await session.run(`MATCH (d:Document {id: 'fault_gbk'}) RETURN d.text AS t`)).records[0]?.get('t') as string;
      expect(text.slice(0, 40)).toBe(fs.readFileSync(path.join(SAMPLE_CORPUS_DIR, '001_4b96525c5c6cf7dc.txt'), 'utf8').slice(0, 40));
    } finally {
      await session.close();
    }
  });

  it('keeps every document that was loaded before, with the same mentions and evidence sentences', async () => {
    const after = await snapshot(driver);
    for (const doc of before.perDocument) {
      expect(after.perDocument.find((d) => d.id === doc.id)).toEqual(doc);
    }
    expect(after.docs.filter((d) => !d.startsWith('fault_'))).toEqual(before.docs);
  });
});
