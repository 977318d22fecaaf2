// `npm run seed` as a user runs it: a child process against the real Neo4j, exit codes and messages.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/src/config';
import { makeImageOnlyPdf, makePdf } from '../support/make-documents';
import { testConnection, testDriver, wipe } from '../support/neo4j';

const SEED = path.join(PROJECT_ROOT, 'server', 'src', 'cli', 'seed.ts');

/** Where `seed --add` keeps originals in these tests (UPLOADS_DIR), so the project's own data folder is not touched. */
const UPLOADS = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-seed-uploads-'));

function seed(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const conn = testConnection();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SEED, ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        UPLOADS_DIR: UPLOADS,
        ...env,
        NEO4J_URI: conn.uri,
        NEO4J_USER: conn.user,
        NEO4J_PASSWORD: conn.password,
        NEO4J_DATABASE: conn.database,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run seed', () => {
  let driver: Driver;
  let dir: string;
  const documentIds = async () => {
    const session = driver.session({ database: testConnection().database });
    try {
      return (await session.run('MATCH (d:Document) RETURN d.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);
    } finally {
      await session.close();
    }
  };

  const manifestIds = () =>
    fs.existsSync(path.join(UPLOADS, 'manifest.json'))
      ? (JSON.parse(fs.readFileSync(path.join(UPLOADS, 'manifest.json'), 'utf8')) as { documents: { id: string }[] }).documents.map((d) => d.id)
      : [];

  beforeAll(async () => {
    driver = testDriver();
    await wipe(driver);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-seed-cli-'));
    fs.writeFileSync(path.join(dir, 'good.txt'), '兰考县坚持乡村振兴战略，推进县域经济高质量发展。');
    fs.writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]));
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({
        version: 1,
        documents: [
          { id: 'good', file: 'good.txt', title: '兰考县报告', kind: 'work-report', date: '2023', place: { name: '兰考县', code: '410225' } },
          { id: 'photo', file: 'photo.txt', title: '误放的图片', kind: 'work-report' },
        ],
      }),
    );
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('loads the good documents, names the bad one with its reason and exits non-zero with a summary', async () => {
    const res = await seed(['--corpus', dir]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/✗ photo \(photo\.txt\): .*binary/);
    expect(res.stdout).toMatch(/1 documents loaded, 0 unchanged, 1 failed/);
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(await documentIds()).toEqual(['good']);
  });

  it('a second run of an unchanged corpus writes nothing and says so', async () => {
    fs.rmSync(path.join(dir, 'photo.txt'));
    fs.writeFileSync(path.join(dir, 'photo.txt'), '郑州市和开封市共同推进郑开同城化。');
    const res = await seed(['--corpus', dir]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/1 documents loaded, 1 unchanged, 0 failed/);
    // Two cities named alike and no place in the manifest: the loader names the document instead of guessing.
    expect(res.stdout).toMatch(/1 without a known place \(photo\)/);
  });

  it('adds one file with its place given by name, then removes it by id', async () => {
    const file = path.join(dir, 'extra-report.txt');
    fs.writeFileSync(file, '平桥区2023年政府工作报告\n平桥区实施十百千万工程。');
    const added = await seed(['--add', file, '--place', '平桥区', '--date', '2023-02-26']);
    expect(added.code).toBe(0);
    expect(await documentIds()).toEqual(['extra-report', 'good', 'photo']);

    const removed = await seed(['--remove', 'extra-report']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/1 documents removed/);
    expect(await documentIds()).toEqual(['good', 'photo']);
  });

  it('--prune removes a document the manifest no longer lists and names it; --prune with --add is refused', async () => {
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { documents: { id: string }[] };
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, documents: manifest.documents.filter((d) => d.id !== 'photo') }));
    const plain = await seed(['--corpus', dir]);
    expect(plain.code).toBe(0);
    expect(await documentIds()).toEqual(['good', 'photo']);

    const pruned = await seed(['--corpus', dir, '--prune']);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toMatch(/− photo \(误放的图片\): no longer in the corpus, removed/);
    expect(pruned.stdout).toMatch(/0 documents loaded, 1 unchanged, 0 failed, 1 removed/);
    expect(await documentIds()).toEqual(['good']);

    const refused = await seed(['--add', path.join(dir, 'good.txt'), '--prune']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--prune goes with a corpus load/);
  });

  it('adds a PDF with --place: its title from the PDF, its text layer searchable, its sentences quoting the PDF text', async () => {
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, await makePdf([[{ text: '兰考县坚持乡村振兴战略，建设现代农业产业园项目。', x: 72, y: 700 }]], { title: '兰考县工作报告（PDF）' }));
    const added = await seed(['--add', file, '--place', '兰考县', '--date', '2024']);
    expect(added.code, added.stderr).toBe(0);
    const session = driver.session({ database: testConnection().database });
    try {
      const row = (
        await session.run(
          "MATCH (d:Document {id: 'report'})-[:ABOUT]->(p:Place) OPTIONAL MATCH (d)-[:MENTIONS]->(s:Strategy) RETURN d.title AS title, d.encoding AS enc, p.name AS place, collect(s.name) AS strategies",
        )
      ).records[0]!;
      expect(row.toObject()).toEqual({ title: '兰考县工作报告（PDF）', enc: 'pdf', place: '兰考县', strategies: ['乡村振兴战略'] });
    } finally {
      await session.close();
    }
    expect((await seed(['--remove', 'report'])).code).toBe(0);
  });

  it('refuses a scanned PDF by name and loads nothing', async () => {
    const file = path.join(dir, 'scan.pdf');
    fs.writeFileSync(file, await makeImageOnlyPdf());
    const res = await seed(['--add', file, '--place', '兰考县']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/✗ scan .*no text layer/);
    expect(await documentIds()).toEqual(['good']);
  });

  it('keeps an added file like an upload: the graph is rebuilt from it, and --remove forgets it for good', async () => {
    const file = path.join(dir, 'kept-report.txt');
    const text = '平桥区2024年政府工作报告\n平桥区实施十百千万工程。';
    fs.writeFileSync(file, text);
    const added = await seed(['--add', file, '--place', '平桥区', '--date', '2024']);
    expect(added.code, added.stderr).toBe(0);
    const manifest = () =>
      JSON.parse(fs.readFileSync(path.join(UPLOADS, 'manifest.json'), 'utf8')) as { documents: { id: string; file: string; sha256: string }[] };
    const entry = manifest().documents.find((d) => d.id === 'kept-report');
    expect(entry?.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(fs.readFileSync(path.join(UPLOADS, entry!.file), 'utf8')).toBe(text);

    // The graph is lost and the original moved away: a plain `seed` rebuilds the document from the kept copy.
    fs.rmSync(file);
    await wipe(driver);
    const rebuilt = await seed([], { CORPUS_DIR: dir });
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(await documentIds()).toEqual(['good', 'kept-report']);

    const removed = await seed(['--remove', 'kept-report']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(manifest().documents.map((d) => d.id)).not.toContain('kept-report');
    expect(fs.existsSync(path.join(UPLOADS, entry!.file))).toBe(false);
    const again = await seed([], { CORPUS_DIR: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(await documentIds()).toEqual(['good']);
  });

  it('refuses to add a document under an id the corpus folder already lists, and changes nothing', async () => {
    const res = await seed(['--add', path.join(dir, 'good.txt'), '--id', 'good'], { CORPUS_DIR: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--id good: the corpus folder .* already lists a document of this id/);
    expect(manifestIds()).not.toContain('good');
  });

  it('refuses an ambiguous place name and lists the codes to choose from', async () => {
    const res = await seed(['--add', path.join(dir, 'good.txt'), '--place', '鼓楼区']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/鼓楼区 is ambiguous: \d{6}, \d{6}/);
  });
});
