// Every write query of the loader and the schema, each named once; labels and types come only from the whitelist.
import { ENTITY_TYPES, type EntityType } from '@policygraph/contract/graph-model';
import { patternKey, RELATION_PATTERNS } from '@policygraph/contract/graph-writer';

const entityLabels = ENTITY_TYPES.join('|');
const textRelTypes = [...new Set(RELATION_PATTERNS.map((p) => p.type))].join('|');

// Retraction queries carry index hints: their plans are cached while the graph is still small, and a plan
// chosen for an empty graph (a label or relationship scan) would grow with the graph on every later load.

/** Constraints first (they create the id indexes MERGE relies on), then lookup and full-text indexes. */
export const SCHEMA = [
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT strategy_id IF NOT EXISTS FOR (n:Strategy) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX sentence_document IF NOT EXISTS FOR (n:Sentence) ON (n.documentId)',
  'CREATE INDEX place_code IF NOT EXISTS FOR (n:Place) ON (n.code)',
  'CREATE INDEX place_level IF NOT EXISTS FOR (n:Place) ON (n.level)',
  'CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name)',
  'CREATE INDEX strategy_name IF NOT EXISTS FOR (n:Strategy) ON (n.name)',
  'CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name)',
  'CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)',
  'CREATE INDEX document_year IF NOT EXISTS FOR (n:Document) ON (n.year)',
  // cjk indexes overlapping character bigrams, so any two-character substring of a Chinese name is found.
  `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:${entityLabels}) ON EACH [n.name, n.searchText]
   OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`,
  // Pinyin keys (xiangmuweiwang xmww), lowercase words split on whitespace: prefix and fuzzy queries on whole words.
  `CREATE FULLTEXT INDEX entity_pinyin IF NOT EXISTS FOR (n:${entityLabels}) ON EACH [n.pinyinText]
   OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`,
  // Entities whose name or aliases changed since their pinyin was computed: found by index, not by a scan.
  ...ENTITY_TYPES.map((l) => `CREATE INDEX ${l.toLowerCase()}_pinyin_stale IF NOT EXISTS FOR (n:${l}) ON (n.pinyinStale)`),
] as const;

/**
 * A new relationship takes the row's evidence as it is; an existing one gets the row's evidence not yet on it
 * (idempotent) and the higher confidence. r.evidence is set last: the items before it compare against the old
 * list, whether SET items see each other's writes or not. Unlike a WITH that computes the new lists first,
 * ON CREATE / ON MATCH plans without an Eager (profiled: ~20% less database CPU for the relationship upserts).
 */
const mergeEvidence = `
    ON CREATE SET r.source = 'text', r.evidence = row.evidence, r.evidenceConfidence = row.evidenceConfidence,
        r.documents = row.documents, r.confidence = reduce(m = 0.0, c IN row.evidenceConfidence | CASE WHEN c > m THEN c ELSE m END)
    ON MATCH SET r.source = coalesce(r.source, 'text'),
        r.evidenceConfidence = coalesce(r.evidenceConfidence, [])
          + [i IN range(0, size(row.evidence) - 1) WHERE NOT row.evidence[i] IN coalesce(r.evidence, []) | row.evidenceConfidence[i]],
        r.confidence = reduce(m = coalesce(r.confidence, 0.0), i IN range(0, size(row.evidence) - 1) |
          CASE WHEN NOT row.evidence[i] IN coalesce(r.evidence, []) AND row.evidenceConfidence[i] > m THEN row.evidenceConfidence[i] ELSE m END),
        r.documents = coalesce(r.documents, []) + [d IN row.documents WHERE NOT d IN coalesce(r.documents, [])],
        r.evidence = coalesce(r.evidence, []) + [e IN row.evidence WHERE NOT e IN coalesce(r.evidence, [])]`;

/** Name, aliases (union over documents) and the searchText the full-text index reads. */
const setNameAndAliases = `
    WITH e, row, reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
    SET e.name = row.name, e.aliases = aliases, e.searchText = reduce(s = row.name, a IN aliases | s + ' ' + a), e.pinyinStale = true`;

const upsertEntity = (label: EntityType) => `
    UNWIND $rows AS row
    MERGE (e:${label} {id: row.id})${setNameAndAliases}`;

const writeMentions = (label: EntityType, write: 'MERGE' | 'CREATE') => `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId})
    MATCH (e:${label} {id: row.entityId})
    ${write} (d)-[m:MENTIONS]->(e)
    SET m.spans = row.spans, m.count = row.count, m.aliases = CASE WHEN size(row.aliases) > 0 THEN row.aliases END,
        m.scope = row.scope.scope, m.scopeBasis = row.scope.basis, m.scopeReason = row.scope.reason,
        m.scopeRank = row.scope.rank, m.scopeEvidence = row.scope.evidence`;

/** ABOUT links from documents to the places they are about. */
const writeAbout = (write: 'MERGE' | 'CREATE') => `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId})
    MATCH (p:Place {id: row.placeId})
    ${write} (d)-[r:ABOUT]->(p)
    SET r.inferred = row.inferred, r.reason = row.reason`;

const byLabel = <L extends string>(labels: readonly L[], query: (label: L) => string) =>
  Object.fromEntries(labels.map((l) => [l, query(l)])) as Record<L, string>;

const upsertRelation = (p: (typeof RELATION_PATTERNS)[number]) => `
    UNWIND $rows AS row
    MATCH (a:${p.from} {id: row.from})
    MATCH (b:${p.to} {id: row.to})
    MERGE (a)-[r:${p.type}]->(b)${mergeEvidence}`;

export const WRITE = {
  upsertDocuments: `
    UNWIND $rows AS row
    MERGE (d:Document {id: row.id})
    SET d += row`,

  upsertSentences: `
    UNWIND $rows AS row
    MERGE (s:Sentence {id: row.id})
    SET s += row`,

  upsertPlaces: `
    UNWIND $rows AS row
    MERGE (e:Place {id: row.id})
    SET e.level = coalesce(row.level, e.level), e.code = coalesce(row.code, e.code),
      e.lon = coalesce(row.lon, e.lon), e.lat = coalesce(row.lat, e.lat)
    ${setNameAndAliases}`,

  /** Strategy, Project and Organization upserts, by label. */
  upsertEntities: Object.fromEntries(ENTITY_TYPES.filter((l) => l !== 'Place').map((l) => [l, upsertEntity(l)])) as Record<
    Exclude<EntityType, 'Place'>,
    string
  >,

  /** MENTIONS upserts, by the mentioned entity's label. */
  upsertMentions: byLabel(ENTITY_TYPES, (l) => writeMentions(l, 'MERGE')),

  upsertAbout: writeAbout('MERGE'),

  // A document the graph does not hold yet (its id was not among the stored ones when the load began) owns its
  // node, sentences, MENTIONS and ABOUT alone, so they are created: no lookup-and-lock of MERGE, and no Eager
  // (MERGE … SET += reads what it sets). If another loader wrote it meanwhile, the uniqueness constraint refuses
  // the transaction and the document is retried alone with MERGE.
  createDocuments: `
    UNWIND $rows AS row
    CREATE (d:Document)
    SET d = row`,

  createSentences: `
    UNWIND $rows AS row
    CREATE (s:Sentence)
    SET s = row`,

  /** MENTIONS of new documents, by the mentioned entity's label. */
  createMentions: byLabel(ENTITY_TYPES, (l) => writeMentions(l, 'CREATE')),

  createAbout: writeAbout('CREATE'),

  upsertPlacePartOf: `
    UNWIND $rows AS row
    MATCH (a:Place {id: row.from})
    MATCH (b:Place {id: row.to})
    MERGE (a)-[r:PART_OF]->(b)
    SET r.source = 'gazetteer'`,

  /** Domain relationships with evidence, by patternKey (e.g. `PURSUES:Place->Strategy`). */
  upsertRelations: Object.fromEntries(RELATION_PATTERNS.map((p) => [patternKey(p), upsertRelation(p)])) as Record<string, string>,

  /**
   * Step 1 of retracting documents $ids: takes their ids out of the evidence of every relationship they
   * support (found through what they mention or are about), and deletes text relationships left without any
   * unless the rewrite MERGEs them again ($keep, keyed TYPE:from->to).
   *
   * Why $keep: Neo4j reads are read-committed and take no locks, so a reader can observe a commit half
   * applied. Deleting a relationship or sentence and creating it anew in one transaction could show a
   * concurrent reader neither; updating it in place shows the old or the new value.
   */
  retractRelations: `
    UNWIND $ids AS docId
    MATCH (d:Document {id: docId}) USING INDEX d:Document(id)
    MATCH (d)-[:MENTIONS|ABOUT]->(e)
    MATCH (e)-[r:${textRelTypes}]-()
    WHERE docId IN r.documents
    WITH DISTINCT r
    WITH r, [i IN range(0, size(r.evidence) - 1) WHERE NOT split(r.evidence[i], '#')[0] IN $ids] AS keep
    SET r.evidence = [i IN keep | r.evidence[i]],
        r.evidenceConfidence = [i IN keep | coalesce(r.evidenceConfidence[i], 1.0)],
        r.documents = [d IN r.documents WHERE NOT d IN $ids]
    SET r.confidence = reduce(m = 0.0, c IN r.evidenceConfidence | CASE WHEN c > m THEN c ELSE m END)
    WITH r WHERE size(r.documents) = 0 AND r.source = 'text'
      AND $keep[type(r) + ':' + startNode(r).id + '->' + endNode(r).id] IS NULL
    DELETE r`,

  /**
   * Step 2: deletes the documents' MENTIONS and ABOUT, except those the rewrite MERGEs again ($keep), and
   * returns what they pointed at: whether a link to it was deleted (an orphan candidate) and whether the
   * documents gave it aliases (its aliases may have lost support; only those are recomputed, which reads all
   * their MENTIONS).
   */
  retractLinks: `
    UNWIND $ids AS docId
    MATCH (d:Document {id: docId}) USING INDEX d:Document(id)
    MATCH (d)-[m:MENTIONS|ABOUT]->(e)
    WITH m, e, CASE WHEN size(coalesce(m.aliases, [])) > 0 THEN 1 ELSE 0 END AS aliased,
      CASE WHEN $keep[type(m) + ':' + docId + '->' + e.id] IS NULL THEN 1 ELSE 0 END AS gone
    FOREACH (_ IN CASE WHEN gone = 1 THEN [1] ELSE [] END | DELETE m)
    WITH e, max(aliased) AS aliased, max(gone) AS gone
    RETURN e.id AS id, [l IN labels(e) WHERE l IN $labels][0] AS label, aliased = 1 AS aliased, gone = 1 AS orphaned`,

  /** Step 3: deletes the documents' sentences, except those the rewrite MERGEs again ($keep). */
  retractSentences: `
    UNWIND $ids AS docId
    MATCH (s:Sentence {documentId: docId}) USING INDEX s:Sentence(documentId)
    WHERE $keep[s.id] IS NULL
    DELETE s`,

  /** Removal only: deletes the Document nodes; returns the id and title of those that existed. */
  deleteDocuments: `
    UNWIND $ids AS docId
    MATCH (d:Document {id: docId})
    WITH d, docId, d.title AS title
    DETACH DELETE d
    RETURN docId AS id, title`,

  /** Deletes candidate Strategy/Project/Organization nodes no document mentions any more, by label. */
  deleteOrphanEntities: Object.fromEntries(
    ENTITY_TYPES.filter((l) => l !== 'Place').map((l) => [
      l,
      `
    UNWIND $ids AS id
    MATCH (e:${l} {id: id}) USING INDEX e:${l}(id)
    WHERE NOT (e)<-[:MENTIONS]-(:Document)
    DETACH DELETE e`,
    ]),
  ) as Record<Exclude<EntityType, 'Place'>, string>,

  /**
   * Deletes candidate places nothing needs (no MENTIONS, no ABOUT, no kept place PART_OF them) and returns
   * their parents, which the caller checks next: the hierarchy is pruned bottom-up.
   */
  deleteOrphanPlaces: `
    UNWIND $ids AS id
    MATCH (p:Place {id: id}) USING INDEX p:Place(id)
    WHERE NOT (p)<-[:MENTIONS|ABOUT]-(:Document) AND NOT (p)<-[:PART_OF]-(:Place)
    OPTIONAL MATCH (p)-[:PART_OF]->(parent:Place)
    WITH p, collect(parent.id) AS parents
    DETACH DELETE p
    RETURN parents`,

  /**
   * Recomputes aliases (and searchText) of candidate entities, by label, as the union over the MENTIONS that
   * remain, sorted: after a retraction an alias only removed documents used stops finding the entity.
   */
  refreshAliases: Object.fromEntries(
    ENTITY_TYPES.map((l) => [
      l,
      `
    UNWIND $ids AS id
    MATCH (e:${l} {id: id}) USING INDEX e:${l}(id)
    CALL (e) {
      OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Document)
      UNWIND coalesce(m.aliases, []) AS a
      WITH DISTINCT a ORDER BY a
      RETURN collect(a) AS aliases
    }
    SET e.aliases = aliases, e.searchText = reduce(s = e.name, a IN aliases | s + ' ' + a), e.pinyinStale = true`,
    ]),
  ) as Record<EntityType, string>,

  /**
   * Sets a strategy's scope from the highest-ranked MENTIONS that carries one (ties: the earliest document, which
   * first named it), or removes it when none is left. Run for every strategy a write or retraction touched.
   */
  refreshScope: `
    UNWIND $ids AS id
    MATCH (e:Strategy {id: id}) USING INDEX e:Strategy(id)
    CALL (e) {
      OPTIONAL MATCH (e)<-[m:MENTIONS]-(d:Document) WHERE m.scopeRank IS NOT NULL
      WITH m ORDER BY m.scopeRank DESC, coalesce(d.date, '9999'), d.id LIMIT 1
      RETURN m
    }
    SET e.scope = m.scope, e.scopeBasis = m.scopeBasis, e.scopeReason = m.scopeReason, e.scopeEvidence = m.scopeEvidence`,

  documentHashes: `MATCH (d:Document) RETURN d.id AS id, d.contentHash AS hash`,

  /** Every sentence with its document's date, for the corpus-wide reuse pass. */
  corpusSentences: `
    MATCH (d:Document)
    MATCH (s:Sentence {documentId: d.id})
    RETURN s.documentId AS documentId, s.index AS index, s.start AS start, s.text AS text, d.date AS date`,

  /** The reuse pass replaces all REUSES at once: step 1 removes them. */
  deleteReuse: `MATCH ()-[r:REUSES]->() DELETE r`,

  /** Step 2: one REUSES per document pair, later → earlier, with its passage pairs. */
  createReuse: `
    UNWIND $rows AS row
    MATCH (a:Document {id: row.from})
    MATCH (b:Document {id: row.to})
    CREATE (a)-[r:REUSES]->(b)
    SET r.evidence = row.evidence, r.echoes = row.echoes, r.spans = row.spans, r.echoSpans = row.echoSpans,
        r.similarities = row.similarities, r.similarity = reduce(m = 0.0, x IN row.similarities | CASE WHEN x > m THEN x ELSE m END),
        r.documents = [row.from, row.to], r.source = 'reuse'`,

  bumpVersion: `
    MERGE (m:Meta {id: 'graph'})
    SET m.seq = coalesce(m.seq, 0) + 1, m.loadedAt = toString(datetime())
    SET m.version = toString(m.seq) + '-' + m.loadedAt
    RETURN m.version AS version`,

  documentCount: `MATCH (d:Document) RETURN count(d) AS n`,

  /** Entities of a label whose pinyin keys are due (name or aliases changed), a batch at a time, through the stale index. */
  pinyinStale: Object.fromEntries(
    ENTITY_TYPES.map((l) => [
      l,
      `MATCH (e:${l}) WHERE e.pinyinStale = true RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases LIMIT $limit`,
    ]),
  ) as Record<EntityType, string>,
  /** Stores the keys computed for a batch and clears the mark. */
  setPinyin: Object.fromEntries(
    ENTITY_TYPES.map((l) => [l, `UNWIND $rows AS row MATCH (e:${l} {id: row.id}) SET e.pinyinText = row.keys, e.pinyinStale = null`]),
  ) as Record<EntityType, string>,
  /**
   * The pinyin scheme the stored keys were computed with (null on a graph loaded before pinyin search). Kept on the
   * one Meta node, the graph's: a Meta node of its own made two, which the loader's "one Meta" check caught.
   */
  pinyinScheme: `OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN m.pinyinScheme AS scheme`,
  /** Marks every entity due, once, when the stored scheme is not the current one (a label scan, not per load). */
  markAllPinyinStale: Object.fromEntries(ENTITY_TYPES.map((l) => [l, `MATCH (e:${l}) SET e.pinyinStale = true`])) as Record<EntityType, string>,
  setPinyinScheme: `MERGE (m:Meta {id: 'graph'}) SET m.pinyinScheme = $scheme`,
} as const;
