// The loader against the real Neo4j: idempotent, incremental, retracting, atomic per document, searchable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentInput, ExtractionResult } from '../../graph-seed/src/extract/types';
import { loadCorpus, removeDocuments, type LoadOptions, type LoadSummary } from '../../graph-seed/src/load/load-corpus';
import type { GraphWriter } from '@policygraph/contract/graph-writer';
import { Neo4jGraphRepository } from '../../server/src/db/neo4j-repository';
import { Neo4jGraphWriter } from '../../server/src/db/neo4j-writer';
import { loadSample, testConnection, testDriver, wipe } from '../support/neo4j';
import { SAMPLE_CORPUS_DIR } from '../support/paths';

type Spec = {
  entities: [type: 'Strategy' | 'Project' | 'Place' | 'Organization', id: string, name: string, aliases?: string[]][];
  relations: [type: 'PURSUES' | 'LOCATED_IN' | 'SERVES' | 'PARTICIPATES_IN' | 'PART_OF', from: string, to: string][];
};

/**
 * A hand-made extraction: sentences split at 。, an entity wherever its name occurs, a relation where a
 * sentence names both ends (evidence: the first such sentence) — the shape the real extractor returns.
 */
function handExtraction(input: DocumentInput, spec: Spec): ExtractionResult {
  const sentences: ExtractionResult['document']['sentences'] = [];
  for (const m of input.text.matchAll(/[^。]+。?/g)) {
    if (m[0].trim()) sentences.push({ index: sentences.length, start: m.index, end: m.index + m[0].length, text: m[0], section: null });
  }
  const nameOf = new Map(spec.entities.map(([, id, name]) => [id, name]));
  const entities = spec.entities.map(([type, id, name, aliases = []]) => {
    const mentions = [...input.text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length }));
    // An alias is listed when this text uses it, as the extractor does.
    return {
      id,
      type,
      name,
      aliases: aliases.filter((a) => input.text.includes(a)),
      mentions,
      ...(type === 'Place' ? { code: id.replace('place:', '') } : {}),
    };
  });
  const relations = spec.relations.flatMap(([type, from, to]) => {
    const s = sentences.find((x) => x.text.includes(nameOf.get(from)!) && x.text.includes(nameOf.get(to)!));
    return s ? [{ type, from, to, evidence: [{ start: s.start, end: s.end, sentence: s.text, index: s.index }], source: 'text' as const }] : [];
  });
  return {
    document: { id: input.id, length: input.text.length, sentences, headings: [] },
    entities: entities.filter((e) => e.mentions.length > 0),
    relations,
    warnings: [],
  };
}

const DOCS: Record<string, { text: string; place: { name: string; code: string }; spec: Spec }> = {
  lankao: {
    text: '兰考县坚持乡村振兴战略。兰考县推进兰考县数字产业园建设，服务乡村振兴战略。',
    place: { name: '兰考县', code: '410225' },
    spec: {
      entities: [
        ['Place', 'place:410225', '兰考县'],
        ['Strategy', 'strategy:乡村振兴战略', '乡村振兴战略'],
        ['Project', 'project:兰考县数字产业园', '兰考县数字产业园'],
      ],
      relations: [
        ['PURSUES', 'place:410225', 'strategy:乡村振兴战略'],
        ['LOCATED_IN', 'project:兰考县数字产业园', 'place:410225'],
        ['SERVES', 'project:兰考县数字产业园', 'strategy:乡村振兴战略'],
      ],
    },
  },
  pingqiao: {
    text: '平桥区深入实施乡村振兴战略。平桥区实施十百千万工程。',
    place: { name: '平桥区', code: '411503' },
    spec: {
      entities: [
        ['Place', 'place:411503', '平桥区'],
        ['Strategy', 'strategy:乡村振兴战略', '乡村振兴战略'],
        ['Strategy', 'strategy:十百千万工程', '十百千万工程'],
      ],
      relations: [
        ['PURSUES', 'place:411503', 'strategy:乡村振兴战略'],
        ['PURSUES', 'place:411503', 'strategy:十百千万工程'],
      ],
    },
  },
  nickname: {
    text: '兰考县坚持乡村振兴战略，文件中也称振兴乡村战略。',
    place: { name: '兰考县', code: '410225' },
    spec: {
      entities: [
        ['Place', 'place:410225', '兰考县'],
        ['Strategy', 'strategy:乡村振兴战略', '乡村振兴战略', ['振兴乡村战略']],
      ],
      relations: [['PURSUES', 'place:410225', 'strategy:乡村振兴战略']],
    },
  },
  suzhou: {
    text: '苏州市推进乡村振兴战略。苏州市建设太湖科学城。',
    place: { name: '苏州市', code: '3205' },
    spec: {
      entities: [
        ['Place', 'place:3205', '苏州市'],
        ['Strategy', 'strategy:乡村振兴战略', '乡村振兴战略'],
        ['Project', 'project:太湖科学城', '太湖科学城'],
      ],
      relations: [
        ['PURSUES', 'place:3205', 'strategy:乡村振兴战略'],
        ['LOCATED_IN', 'project:太湖科学城', 'place:3205'],
      ],
    },
  },
};

const extract = (input: DocumentInput) => {
  if (input.text.includes('【解析失败】')) throw new Error('extractor crashed on this text');
  return handExtraction(input, DOCS[input.id]?.spec ?? { entities: [], relations: [] });
};

/** Writes a corpus folder with the named documents (and any extra manifest entries and files). */
function corpus(ids: string[], extra: { entries?: unknown[]; files?: Record<string, string | Buffer>; text?: Record<string, string> } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-loader-'));
  const documents: unknown[] = ids.map((id) => {
    fs.writeFileSync(path.join(dir, `${id}.txt`), extra.text?.[id] ?? DOCS[id]!.text);
    return { id, file: `${id}.txt`, title: `${DOCS[id]!.place.name}报告`, kind: 'work-report', date: '2023', place: DOCS[id]!.place };
  });
  documents.push(...(extra.entries ?? []));
  for (const [name, content] of Object.entries(extra.files ?? {})) fs.writeFileSync(path.join(dir, name), content);
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ version: 1, documents }));
  return dir;
}

interface GraphCounts {
  nodes: number;
  relationships: number;
  nodeProperties: number;
  relationshipProperties: number;
  labels: Record<string, number>;
}

let driver: Driver;
let writer: GraphWriter;
const options: LoadOptions = { extract };

const query = async (cypher: string, params: Record<string, unknown> = {}) => {
  const session = driver.session({ database: testConnection().database });
  try {
    return (await session.run(cypher, params)).records.map((r) => r.toObject() as Record<string, unknown>);
  } finally {
    await session.close();
  }
};
const num = (v: unknown) => Number(v);
const counts = async (): Promise<GraphCounts> => {
  const [n] = await query('MATCH (n) RETURN count(n) AS c, sum(size(keys(n))) AS p');
  const [r] = await query('MATCH ()-[r]->() RETURN count(r) AS c, sum(size(keys(r))) AS p');
  const labels = await query('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  return {
    nodes: num(n!.c),
    relationships: num(r!.c),
    nodeProperties: num(n!.p ?? 0),
    relationshipProperties: num(r!.p ?? 0),
    labels: Object.fromEntries(labels.map((x) => [x.l as string, num(x.c)])),
  };
};
const ids = async (label: string) => (await query(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`)).map((r) => r.id as string);
const version = async () => (await query("MATCH (m:Meta {id: 'graph'}) RETURN m.version AS v"))[0]?.v;

beforeAll(() => {
  driver = testDriver();
  writer = new Neo4jGraphWriter(driver, testConnection().database, { batchSize: 2 });
});
afterAll(async () => {
  await driver?.close();
});

// The sample corpus goes through the real extractor, the slow part of a load: loaded once for the tests that need
// it, which leave the graph as they found it (reloads unchanged or forced, a prune that removes nothing).
describe('the loader on the sample corpus, against the real Neo4j', () => {
  let summary: LoadSummary;
  beforeAll(async () => {
    await wipe(driver);
    summary = await loadSample(driver);
  });

  it('loads the sample corpus: five documents, each about its place, every sentence stored with offsets', async () => {
    expect(summary.failed).toEqual([]);
    expect(summary.loaded).toHaveLength(5);
    const c = await counts();
    expect(c.labels.Document).toBe(5);
    expect(c.labels.Meta).toBe(1);
    const [about] = await query('MATCH (:Document)-[r:ABOUT]->(:Place) RETURN count(r) AS c');
    expect(num(about!.c)).toBe(5);
    const sentences = await query(
      'MATCH (d:Document) OPTIONAL MATCH (s:Sentence {documentId: d.id}) RETURN d.id AS id, d.sentenceCount AS expected, count(s) AS stored',
    );
    for (const row of sentences) expect(num(row.stored)).toBe(num(row.expected));
    const [bad] = await query(
      'MATCH (s:Sentence), (d:Document {id: s.documentId}) WHERE substring(d.text, s.start, s.end - s.start) <> s.text RETURN count(s) AS c',
    );
    expect(num(bad!.c)).toBe(0);
    // Every text relationship rests on stored sentences of the documents it names.
    const [orphanEvidence] = await query(`
      MATCH ()-[r:PURSUES|LOCATED_IN|SERVES|PARTICIPATES_IN]->()
      UNWIND r.evidence AS sid
      OPTIONAL MATCH (s:Sentence {id: sid})
      WITH r, s WHERE s IS NULL OR NOT s.documentId IN r.documents
      RETURN count(*) AS c`);
    expect(num(orphanEvidence!.c)).toBe(0);
  });

  it('re-loading the sample corpus, unchanged or forced, leaves identical node, relationship and property counts', async () => {
    const before = await counts();
    const again = await loadSample(driver);
    expect(again.unchanged).toHaveLength(5);
    expect(await counts()).toEqual(before);
    const forced = await loadCorpus(SAMPLE_CORPUS_DIR, writer, { force: true });
    expect(forced.loaded).toHaveLength(5);
    expect(await counts()).toEqual(before);
  });

  it('--prune with a manifest that lists nothing removes nothing and says why', async () => {
    const before = await counts();
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-prune-empty-'));
    fs.writeFileSync(path.join(empty, 'manifest.json'), JSON.stringify({ version: 1, documents: [] }));
    const res = await loadCorpus(empty, writer, { prune: true });
    expect(res.removed).toEqual([]);
    expect(res.failed).toHaveLength(1);
    expect(res.failed[0]!.reason).toMatch(/lists no documents.*nothing removed/);
    expect(await counts()).toEqual(before);
  });
});

describe('the loader against the real Neo4j', () => {
  beforeEach(async () => {
    await wipe(driver);
  });

  it('loading the same corpus twice leaves identical node, relationship and property counts', async () => {
    const dir = corpus(['lankao', 'pingqiao', 'suzhou']);
    const first = await loadCorpus(dir, writer, options);
    expect(first.loaded).toHaveLength(3);
    const before = await counts();
    const v1 = await version();

    const second = await loadCorpus(dir, writer, options);
    expect(second.unchanged).toHaveLength(3);
    expect(second.loaded).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(await version()).toBe(v1);

    // Forcing a rewrite retracts and writes every document again: still the same graph.
    const forced = await loadCorpus(dir, writer, { ...options, force: true });
    expect(forced.loaded).toHaveLength(3);
    expect(await counts()).toEqual(before);
    expect(await version()).not.toBe(v1);
  });

  it('stores a relationship once with evidence from every document that states it', async () => {
    await loadCorpus(corpus(['lankao', 'pingqiao']), writer, options);
    const rows = await query(`
      MATCH (s:Strategy {id: 'strategy:乡村振兴战略'})<-[r:PURSUES]-(p:Place)
      RETURN p.name AS place, r.documents AS documents, r.evidence AS evidence, r.confidence AS confidence ORDER BY place`);
    expect(rows.map((r) => r.place)).toEqual(['兰考县', '平桥区']);
    expect(rows[0]).toMatchObject({ documents: ['lankao'], evidence: ['lankao#0'], confidence: 1 });
    const [sentence] = await query("MATCH (s:Sentence {id: 'lankao#0'}) RETURN s.text AS text, s.start AS start, s.end AS end");
    expect(sentence).toMatchObject({ text: '兰考县坚持乡村振兴战略。' });
    expect(num(sentence!.start)).toBe(0);
    const [mention] = await query(
      "MATCH (:Document {id: 'lankao'})-[m:MENTIONS]->(:Strategy {id: 'strategy:乡村振兴战略'}) RETURN m.spans AS spans, m.count AS count",
    );
    expect((mention!.spans as unknown[]).map(num)).toEqual([5, 11, 30, 36]);
  });

  it('a relationship a later load states again gains that evidence once, beside the earlier one', async () => {
    await loadCorpus(corpus(['lankao']), writer, options);
    const both = corpus(['lankao', 'nickname']);
    await loadCorpus(both, writer, options);
    const pursues = async () =>
      (
        await query(
          "MATCH (:Place {id: 'place:410225'})-[r:PURSUES]->(:Strategy {id: 'strategy:乡村振兴战略'}) RETURN r.documents AS d, r.evidence AS e, r.evidenceConfidence AS c, r.confidence AS max",
        )
      )[0];
    const merged = await pursues();
    expect(merged).toEqual({ d: ['lankao', 'nickname'], e: ['lankao#0', 'nickname#0'], c: [1, 1], max: 1 });
    await loadCorpus(both, writer, { ...options, force: true });
    expect(await pursues()).toEqual(merged);
  });

  it('adding one document touches only what it mentions', async () => {
    await loadCorpus(corpus(['lankao', 'pingqiao']), writer, options);
    const before = await counts();
    const lankaoBefore = await query("MATCH (d:Document {id: 'lankao'})-[r]-() RETURN count(r) AS c");

    const added = await loadCorpus(corpus(['lankao', 'pingqiao', 'suzhou']), writer, options);
    expect(added.loaded).toEqual(['suzhou']);
    expect(added.unchanged).toEqual(['lankao', 'pingqiao']);
    const after = await counts();
    // 苏州市 brings its province 江苏省, the project 太湖科学城, one document and its sentences; 乡村振兴战略 is shared.
    expect(after.labels.Strategy).toBe(before.labels.Strategy);
    expect(after.labels.Project).toBe(before.labels.Project! + 1);
    expect(after.labels.Place).toBe(before.labels.Place! + 2);
    expect(await query("MATCH (d:Document {id: 'lankao'})-[r]-() RETURN count(r) AS c")).toEqual(lankaoBefore);
    const [shared] = await query("MATCH (:Place {id: 'place:3205'})-[r:PURSUES]->(:Strategy {id: 'strategy:乡村振兴战略'}) RETURN r.documents AS d");
    expect(shared!.d).toEqual(['suzhou']);
  });

  it('removing a document removes its evidence and every entity or place left without it', async () => {
    await loadCorpus(corpus(['lankao', 'pingqiao', 'suzhou']), writer, options);
    const res = await removeDocuments(['suzhou', 'no-such-doc'], writer);
    expect(res.removed).toEqual(['suzhou']);
    expect(res.unknown).toEqual(['no-such-doc']);

    expect(await ids('Document')).toEqual(['lankao', 'pingqiao']);
    expect(await ids('Project')).toEqual(['project:兰考县数字产业园']);
    // 苏州市 and 江苏省 are gone; the Henan places that other documents are about stay with their hierarchy.
    expect(await ids('Place')).toEqual(['place:41', 'place:4102', 'place:410225', 'place:4115', 'place:411503']);
    expect(await ids('Strategy')).toEqual(['strategy:乡村振兴战略', 'strategy:十百千万工程']);
    const [sentences] = await query("MATCH (s:Sentence {documentId: 'suzhou'}) RETURN count(s) AS c");
    expect(num(sentences!.c)).toBe(0);

    // Same graph as if suzhou had never been loaded.
    const removedState = await counts();
    await wipe(driver);
    await loadCorpus(corpus(['lankao', 'pingqiao']), writer, options);
    const fresh = await counts();
    expect({ ...removedState, labels: { ...removedState.labels, Meta: 0 } }).toEqual({ ...fresh, labels: { ...fresh.labels, Meta: 0 } });
  });

  it('--prune retracts a document the corpus no longer lists, with its orphans; without it nothing is removed', async () => {
    await loadCorpus(corpus(['lankao', 'pingqiao', 'suzhou']), writer, options);
    // Only suzhou names 苏州市 (which brings 江苏省) and 太湖科学城: its removal must show.
    const onlyIn = ['place:3205', 'project:太湖科学城'];
    expect(await ids('Project')).toContain('project:太湖科学城');
    const partial = corpus(['lankao', 'pingqiao']);
    const full = await counts();

    const kept = await loadCorpus(partial, writer, options);
    expect(kept.removed).toEqual([]);
    expect(kept.unchanged).toHaveLength(2);
    expect(await counts()).toEqual(full);

    const v = await version();
    const pruned = await loadCorpus(partial, writer, { ...options, prune: true });
    expect(pruned.removed).toEqual([{ id: 'suzhou', title: '苏州市报告' }]);
    expect(pruned.unchanged).toHaveLength(2);
    expect(await version()).not.toBe(v);
    expect(await ids('Document')).not.toContain('suzhou');
    const [left] = await query(
      `OPTIONAL MATCH (s:Sentence {documentId: $d}) WITH count(s) AS sentences
       OPTIONAL MATCH ()-[r]->() WHERE $d IN r.documents WITH sentences, count(r) AS relations
       OPTIONAL MATCH (e) WHERE e.id IN $only RETURN sentences, relations, count(e) AS entities`,
      { d: 'suzhou', only: onlyIn },
    );
    expect([num(left!.sentences), num(left!.relations), num(left!.entities)]).toEqual([0, 0, 0]);

    // The rest equals a graph that never held the dropped document.
    const prunedState = await counts();
    const prunedEntities = await query('MATCH (e) WHERE NOT e:Sentence AND NOT e:Meta RETURN e.id AS id, e.aliases AS aliases ORDER BY id');
    await wipe(driver);
    await loadCorpus(partial, writer, options);
    expect(await counts()).toEqual(prunedState);
    const sortAliases = (rows: Record<string, unknown>[]) => rows.map((r) => ({ id: r.id, aliases: [...((r.aliases as string[] | null) ?? [])].sort() }));
    expect(sortAliases(await query('MATCH (e) WHERE NOT e:Sentence AND NOT e:Meta RETURN e.id AS id, e.aliases AS aliases ORDER BY id'))).toEqual(
      sortAliases(prunedEntities),
    );
  });

  it('an alias only a removed or rewritten document used stops finding the entity, which stays', async () => {
    const repo = new Neo4jGraphRepository(driver, { database: testConnection().database, queryTimeoutMs: 10_000 });
    const found = async (q: string) => (await repo.searchEntities({ query: { q, limit: 20 } })).hits.map((h) => h.id);
    const strategy = 'strategy:乡村振兴战略';
    // The alias shares no two-character run with the name, so only the alias can make it match.
    await loadCorpus(corpus(['pingqiao', 'nickname']), writer, options);
    expect(await found('振兴乡村战略')).toContain(strategy);

    await removeDocuments(['nickname'], writer);
    expect(await found('振兴乡村战略')).not.toContain(strategy);
    expect(await found('乡村振兴战略')).toContain(strategy);

    await loadCorpus(corpus(['pingqiao', 'nickname']), writer, options);
    expect(await found('振兴乡村战略')).toContain(strategy);
    // The same document rewritten without the alias: still about 兰考县 and the strategy, no longer the alias.
    const rewritten = await loadCorpus(corpus(['pingqiao', 'nickname'], { text: { nickname: '兰考县坚持乡村振兴战略。' } }), writer, options);
    expect(rewritten.loaded).toEqual(['nickname']);
    expect(await found('振兴乡村战略')).not.toContain(strategy);
    const [entity] = await query('MATCH (s:Strategy {id: $id}) RETURN s.aliases AS aliases, s.searchText AS searchText', { id: strategy });
    expect(entity).toEqual({ aliases: [], searchText: '乡村振兴战略' });
  });

  it('replacing a changed document drops what it no longer says and keeps what others say', async () => {
    await loadCorpus(corpus(['lankao', 'pingqiao']), writer, options);
    const changed = corpus(['lankao', 'pingqiao'], { text: { pingqiao: '平桥区实施十百千万工程。' } });
    const res = await loadCorpus(changed, writer, options);
    expect(res.loaded).toEqual(['pingqiao']);
    const pursued = await query("MATCH (:Place {id: 'place:411503'})-[:PURSUES]->(s) RETURN s.id AS id");
    expect(pursued.map((r) => r.id)).toEqual(['strategy:十百千万工程']);
    // 乡村振兴战略 stays: 兰考县 still pursues it.
    expect(await ids('Strategy')).toEqual(['strategy:乡村振兴战略', 'strategy:十百千万工程']);
    const [evidence] = await query("MATCH (:Place {id: 'place:411503'})-[r:PURSUES]->() RETURN r.evidence AS e");
    expect(evidence!.e).toEqual(['pingqiao#0']);
  });

  it('a bad document among good ones is reported by name, the others load and the graph keeps what it had', async () => {
    await loadCorpus(corpus(['lankao', 'pingqiao']), writer, options);
    const before = await query("MATCH (d:Document {id: 'pingqiao'}) RETURN d.contentHash AS h, d.text AS t");

    const dir = corpus(['lankao', 'pingqiao', 'suzhou'], {
      text: { pingqiao: '平桥区【解析失败】。' },
      entries: [
        { id: 'binary', file: 'binary.txt', title: '二进制', kind: 'x' },
        { id: 'empty', file: 'empty.txt', title: '空文件', kind: 'x' },
        { id: 'missing', file: 'missing.txt', title: '不存在', kind: 'x' },
        { id: 'bad-date', file: 'empty.txt', title: '日期错', kind: 'x', date: '2023年' },
      ],
      files: { 'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), 'empty.txt': '  \n' },
    });
    const summary = await loadCorpus(dir, writer, options);
    expect(summary.loaded).toEqual(['suzhou']);
    expect(summary.unchanged).toEqual(['lankao']);
    const reasons = Object.fromEntries(summary.failed.map((f) => [f.documentId, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['bad-date', 'binary', 'empty', 'missing', 'pingqiao']);
    expect(reasons.pingqiao).toMatch(/extractor crashed/);
    expect(reasons.binary).toMatch(/binary/);
    expect(reasons.empty).toMatch(/empty/);
    expect(reasons.missing).toMatch(/no such file/);
    expect(reasons['bad-date']).toMatch(/date/);
    // The failed replacement left the old pingqiao untouched.
    expect(await query("MATCH (d:Document {id: 'pingqiao'}) RETURN d.contentHash AS h, d.text AS t")).toEqual(before);
    expect(await ids('Document')).toEqual(['lankao', 'pingqiao', 'suzhou']);
  });

  it('a document the database refuses fails alone; the rest of its transaction group still loads', async () => {
    // Neo4j refuses a property over its size limit; stand-in: a writer that rejects any batch holding "pingqiao".
    const refusing: GraphWriter = {
      ...writer,
      ensureSchema: () => writer.ensureSchema(),
      documentHashes: () => writer.documentHashes(),
      bumpVersion: () => writer.bumpVersion(),
      documentCount: () => writer.documentCount(),
      removeDocuments: (x) => writer.removeDocuments(x),
      writeBatch: async (batch) => {
        if (batch.documents.some((d) => d.id === 'pingqiao')) throw new Error('Neo.ClientError.Statement.ArgumentError: refused');
        return writer.writeBatch(batch);
      },
    };
    const summary = await loadCorpus(corpus(['lankao', 'pingqiao', 'suzhou']), refusing, { ...options, transactionRows: 100_000 });
    expect(summary.loaded.sort()).toEqual(['lankao', 'suzhou']);
    expect(summary.failed).toEqual([{ documentId: 'pingqiao', file: 'pingqiao.txt', reason: expect.stringMatching(/Neo4j refused it: .*refused/) }]);
    expect(await ids('Document')).toEqual(['lankao', 'suzhou']);
  });

  it('a document another loader wrote after this load began still loads, once', async () => {
    const dir = corpus(['lankao', 'pingqiao']);
    await loadCorpus(dir, writer, options);
    const before = await counts();
    // This loader's snapshot misses both documents, as if another loader had written them meanwhile.
    const stale: GraphWriter = {
      ...writer,
      ensureSchema: () => writer.ensureSchema(),
      documentHashes: async () => new Map(),
      writeBatch: (b) => writer.writeBatch(b),
      bumpVersion: () => writer.bumpVersion(),
      removeDocuments: (x) => writer.removeDocuments(x),
      documentCount: () => writer.documentCount(),
    };
    const again = await loadCorpus(dir, stale, options);
    expect(again.failed).toEqual([]);
    expect(again.loaded.sort()).toEqual(['lankao', 'pingqiao']);
    expect(await counts()).toEqual(before);
  });

  it('the full-text index finds a Chinese name from a two-character query', async () => {
    await loadCorpus(corpus(['lankao', 'pingqiao', 'suzhou']), writer, options);
    const [analyzer] = await query(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_search' RETURN options.indexConfig['fulltext.analyzer'] AS a",
    );
    expect(analyzer!.a).toBe('cjk');
    const search = async (q: string) =>
      (await query("CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.name AS name", { q })).map((r) => r.name);
    expect(await search('振兴')).toContain('乡村振兴战略');
    expect(await search('科学')).toContain('太湖科学城');
    expect(await search('兰考')).toEqual(expect.arrayContaining(['兰考县', '兰考县数字产业园']));
  });
});
