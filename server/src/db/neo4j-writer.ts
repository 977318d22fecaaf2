// GraphWriter over Neo4j: schema, batched UNWIND/MERGE writes and retraction, one executeWrite transaction per batch.
import { edgeId } from '@policygraph/contract/model';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, type EntityType } from '@policygraph/contract/graph-model';
import type { GraphWriter, RemovedDocument, ReuseRow, StoredSentence, WriteBatch, WriteStats } from '@policygraph/contract/graph-writer';
import { SCHEMA, WRITE } from './cypher/write';
import { refreshPinyin } from './pinyin-refresh';
import { toNumber } from './records';
import { WriteSession } from './write-session';

export interface WriterOptions {
  /** Most rows sent in one UNWIND statement. */
  readonly batchSize?: number;
}

const emptyStats = (): WriteStats => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });

function groupBy<T, K extends string>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** What a rewrite MERGEs again, as Cypher map parameters keyed like the retraction queries test them. */
interface RewriteKeys {
  relations: Record<string, true>;
  links: Record<string, true>;
  sentences: Record<string, true>;
}

const NO_KEYS: RewriteKeys = { relations: {}, links: {}, sentences: {} };

/** What retracting documents left to check, by label. */
interface Retracted {
  orphans: Map<EntityType, Set<string>>;
  aliased: Map<EntityType, Set<string>>;
}

/** The keys of everything a batch writes that retraction could otherwise delete first. */
export function rewriteKeys(batch: WriteBatch): RewriteKeys {
  const keys: RewriteKeys = { relations: {}, links: {}, sentences: {} };
  for (const r of batch.relations) keys.relations[edgeId(r.pattern.split(':')[0]!, r.from, r.to)] = true;
  for (const m of batch.mentions) keys.links[edgeId('MENTIONS', m.documentId, m.entityId)] = true;
  for (const a of batch.about) keys.links[edgeId('ABOUT', a.documentId, a.placeId)] = true;
  for (const s of batch.sentences) keys.sentences[s.id] = true;
  return keys;
}

/** Runs statements inside one transaction, chunking rows and adding up the database's counters. */
class TxRunner {
  readonly stats = emptyStats();
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly batchSize: number,
  ) {}

  async run(query: string, params: Record<string, unknown> = {}) {
    const res = await this.tx.run(query, params);
    const c = res.summary.counters.updates();
    this.stats.nodesCreated += c.nodesCreated;
    this.stats.nodesDeleted += c.nodesDeleted;
    this.stats.relationshipsCreated += c.relationshipsCreated;
    this.stats.relationshipsDeleted += c.relationshipsDeleted;
    return res;
  }

  async rows(query: string, rows: unknown[]): Promise<void> {
    for (let i = 0; i < rows.length; i += this.batchSize) await this.run(query, { rows: rows.slice(i, i + this.batchSize) });
  }

  /**
   * Takes documents `ids` out of the graph except the Document nodes, sparing what `keep` says the rewrite
   * writes again (so readers never see it missing); returns the entities they pointed at (`orphans`: to check
   * for deletion) and those they gave aliases to (`aliased`: to recompute).
   */
  async retract(ids: string[], keep: RewriteKeys = NO_KEYS): Promise<Retracted> {
    const byLabel = () => new Map<EntityType, Set<string>>(ENTITY_TYPES.map((l) => [l, new Set<string>()]));
    const out: Retracted = { orphans: byLabel(), aliased: byLabel() };
    if (ids.length === 0) return out;
    await this.run(WRITE.retractRelations, { ids, keep: keep.relations });
    const linked = await this.run(WRITE.retractLinks, { ids, labels: ENTITY_TYPES, keep: keep.links });
    for (const rec of linked.records) {
      const label = rec.get('label') as EntityType | null;
      if (!label) continue;
      if (rec.get('orphaned') === true) out.orphans.get(label)!.add(rec.get('id') as string);
      if (rec.get('aliased') === true) out.aliased.get(label)!.add(rec.get('id') as string);
    }
    await this.run(WRITE.retractSentences, { ids, keep: keep.sentences });
    return out;
  }

  /** Recomputes the aliases of entities from the MENTIONS left (a retracted document may have been their support). */
  async refreshAliases(entities: Map<EntityType, Set<string>>): Promise<void> {
    for (const [label, ids] of entities) if (ids.size > 0) await this.run(WRITE.refreshAliases[label], { ids: [...ids] });
  }

  /** Recomputes the scope of strategies from the MENTIONS left (the document that decided it may be gone). */
  async refreshScope(ids: Iterable<string>): Promise<void> {
    const list = [...new Set(ids)];
    for (let i = 0; i < list.length; i += this.batchSize) await this.run(WRITE.refreshScope, { ids: list.slice(i, i + this.batchSize) });
  }

  /** Deletes candidates nothing refers to any more; places bottom-up so an emptied parent goes too. */
  async deleteOrphans(candidates: Map<EntityType, Set<string>>): Promise<void> {
    for (const [label, ids] of candidates) {
      if (label === 'Place' || ids.size === 0) continue;
      await this.run(WRITE.deleteOrphanEntities[label], { ids: [...ids] });
    }
    let places = [...candidates.get('Place')!];
    // The hierarchy is at most six levels deep (country → village); the bound guards against a PART_OF cycle.
    for (let depth = 0; places.length > 0 && depth < 8; depth++) {
      const res = await this.run(WRITE.deleteOrphanPlaces, { ids: places });
      places = [...new Set(res.records.flatMap((r) => r.get('parents') as string[]))];
    }
  }
}

export class Neo4jGraphWriter implements GraphWriter {
  private readonly batchSize: number;
  private readonly session: WriteSession;

  constructor(driver: Driver, database: string, options: WriterOptions = {}) {
    this.batchSize = Math.max(1, options.batchSize ?? 1000);
    this.session = new WriteSession(driver, database);
  }

  async ensureSchema(): Promise<void> {
    await this.session.statements([...SCHEMA, 'CALL db.awaitIndexes(300)']);
  }

  /** Pinyin keys for entities whose names changed, or for all on a graph loaded before pinyin search (at start-up). */
  async refreshSearchKeys(): Promise<number> {
    return refreshPinyin(this.session);
  }

  async documentHashes(): Promise<Map<string, string>> {
    const res = await this.session.read((tx) => tx.run(WRITE.documentHashes));
    return new Map(res.records.map((r) => [r.get('id') as string, (r.get('hash') as string | null) ?? '']));
  }

  async writeBatch(batch: WriteBatch): Promise<WriteStats> {
    return this.session.write(async (tx) => {
      const t = new TxRunner(tx, this.batchSize);
      const retracted = await t.retract(batch.documentIds, batch.documentIds.length > 0 ? rewriteKeys(batch) : NO_KEYS);
      // Rows of documents the graph does not hold are created; those of stored (rewritten) documents merged.
      const stored = new Set(batch.documentIds);
      const fresh = <T>(rows: T[], documentId: (row: T) => string) => groupBy(rows, (r) => (stored.has(documentId(r)) ? 'merge' : 'create'));
      const documents = fresh(batch.documents, (d) => d.id);
      await t.rows(WRITE.createDocuments, documents.get('create') ?? []);
      await t.rows(WRITE.upsertDocuments, documents.get('merge') ?? []);
      const sentences = fresh(batch.sentences, (s) => s.documentId);
      await t.rows(WRITE.createSentences, sentences.get('create') ?? []);
      await t.rows(WRITE.upsertSentences, sentences.get('merge') ?? []);
      await t.rows(WRITE.upsertPlaces, batch.places);
      for (const [label, rows] of groupBy(batch.entities, (e) => e.label)) {
        await t.rows(
          WRITE.upsertEntities[label],
          rows.map(({ label: _, ...row }) => row),
        );
      }
      for (const [how, mentions] of fresh(batch.mentions, (m) => m.documentId)) {
        for (const [label, rows] of groupBy(mentions, (m) => m.label)) {
          await t.rows(
            how === 'create' ? WRITE.createMentions[label] : WRITE.upsertMentions[label],
            rows.map((m) => ({ ...m, scope: m.scope ?? null })),
          );
        }
      }
      const about = fresh(batch.about, (a) => a.documentId);
      await t.rows(WRITE.createAbout, about.get('create') ?? []);
      await t.rows(WRITE.upsertAbout, about.get('merge') ?? []);
      await t.rows(WRITE.upsertPlacePartOf, batch.placePartOf);
      for (const [pattern, rows] of groupBy(batch.relations, (r) => r.pattern)) {
        const query = WRITE.upsertRelations[pattern];
        if (!query) throw new Error(`no write query for relationship pattern ${pattern}`);
        await t.rows(query, rows);
      }
      await t.deleteOrphans(retracted.orphans);
      await t.refreshAliases(retracted.aliased);
      await t.refreshScope([...batch.mentions.filter((m) => m.label === 'Strategy').map((m) => m.entityId), ...retracted.orphans.get('Strategy')!]);
      return t.stats;
    });
  }

  async removeDocuments(ids: string[]): Promise<{ removed: RemovedDocument[]; stats: WriteStats }> {
    return this.session.write(async (tx) => {
      const t = new TxRunner(tx, this.batchSize);
      const retracted = await t.retract(ids);
      const res = await t.run(WRITE.deleteDocuments, { ids });
      await t.deleteOrphans(retracted.orphans);
      await t.refreshAliases(retracted.aliased);
      await t.refreshScope(retracted.orphans.get('Strategy')!);
      return { removed: res.records.map((r) => ({ id: r.get('id') as string, title: r.get('title') as string | null })), stats: t.stats };
    });
  }

  async bumpVersion(): Promise<string> {
    await refreshPinyin(this.session);
    const res = await this.session.write((tx) => tx.run(WRITE.bumpVersion));
    return String(res.records[0]?.get('version'));
  }

  async corpusSentences(): Promise<StoredSentence[]> {
    const res = await this.session.read((tx) => tx.run(WRITE.corpusSentences));
    return res.records.map((r) => ({
      documentId: r.get('documentId') as string,
      index: toNumber(r.get('index')),
      start: toNumber(r.get('start')),
      text: (r.get('text') as string | null) ?? '',
      date: (r.get('date') as string | null) ?? null,
    }));
  }

  async replaceReuse(rows: ReuseRow[]): Promise<WriteStats> {
    return this.session.write(async (tx) => {
      const t = new TxRunner(tx, this.batchSize);
      await t.run(WRITE.deleteReuse);
      await t.rows(WRITE.createReuse, rows);
      return t.stats;
    });
  }

  async documentCount(): Promise<number> {
    const res = await this.session.read((tx) => tx.run(WRITE.documentCount));
    return toNumber(res.records[0]?.get('n'));
  }
}
