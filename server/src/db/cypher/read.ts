// Every read query of the API, each named once; labels, types and bounds are interpolated only from the whitelist or validated integers.
import { ENTITY_TYPES, NODE_TYPES, REL_TYPES, asNodeLabel, asRelType, type NodeType, type RelType } from '@policygraph/contract/graph-model';

/** Projects a node to the fields the graph view needs (never a document's full text). */
export const nodeProjection = (v: string) =>
  // Sentence and Meta nodes have no relationships, so the plain degree (read from the degree store) is the shown one.
  `${v} {id: ${v}.id, name: coalesce(${v}.name, ${v}.title, ${v}.id), labels: labels(${v}), level: ${v}.level, code: ${v}.code, lon: ${v}.lon, lat: ${v}.lat, date: ${v}.date, aliases: ${v}.aliases, scope: ${v}.scope, scopeBasis: ${v}.scopeBasis, scopeReason: ${v}.scopeReason, degree: COUNT { (${v})--() }}`;

/** The stable edge id `TYPE:source->target`. */
const edgeId = (v: string) => `type(${v}) + ':' + startNode(${v}).id + '->' + endNode(${v}).id`;

/**
 * Years of the documents a relationship rests on, distinct and ascending, for the explorer's time slider: the
 * documents of its evidence, or for ABOUT/MENTIONS the document it starts from; none for gazetteer edges.
 */
const edgeDocuments = (v: string) => `coalesce(${v}.documents, [x IN [startNode(${v})] WHERE x:Document | x.id])`;

const edgeYears = (v: string) => `COLLECT {
      UNWIND ${edgeDocuments(v)} AS did
      MATCH (d:Document {id: did}) WHERE d.year IS NOT NULL
      RETURN DISTINCT d.year AS year ORDER BY year
    }`;

/** Projects a relationship with a stable id (type:source->target) so permalinks survive reloads. */
export const relProjection = (v: string) =>
  `{id: ${edgeId(v)}, source: startNode(${v}).id, target: endNode(${v}).id, type: type(${v}), evidenceCount: size(coalesce(${v}.evidence, [])), confidence: ${v}.confidence, years: ${edgeYears(v)}, documents: ${edgeDocuments(v)}}`;

/**
 * Finds the nodes whose ids are in `$param`: one index seek per label (ids are unique per label), so
 * an id never costs a scan of the whole graph.
 */
const nodesByIds = (param: string, labels: readonly NodeType[] = NODE_TYPES) =>
  `CALL () {
      ${labels.map((l) => `MATCH (n:${asNodeLabel(l)}) WHERE n.id IN $${param} RETURN n`).join('\n      UNION\n      ')}
    }`;

const relAlternatives = (rels: readonly RelType[]) => rels.map(asRelType).join('|');
const labelAlternatives = (labels: readonly NodeType[]) => labels.map(asNodeLabel).join('|');

/** Joins a relationship's evidence ids to their Sentence and Document, at most `cap` (a parameter, e.g. `$perEdge`). */
const evidenceOf = (r: string, cap: string) => `
    COLLECT {
      UNWIND coalesce(${r}.evidence, [])[..${cap}] AS sid
      MATCH (s:Sentence {id: sid})
      OPTIONAL MATCH (doc:Document {id: s.documentId})
      RETURN {documentId: s.documentId, documentTitle: doc.title, documentDate: doc.date, sentence: s.text,
              start: s.start, end: s.end, section: s.section, confidence: ${r}.confidence}
    }`;

/** Bounds the nodes a neighbourhood layer may expand from, so a hub at depth 2 cannot blow up a request. */
export const FRONTIER_CAP = 1000;
/** Row caps of list answers. */
export const CAPS = { links: 50_000, edges: 5000, documents: 500, mentions: 20_000, rollupChildren: 2000, byDocument: 1000, evidenceScan: 1000 } as const;

export const READ = {
  serverVersion: `CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version`,

  /**
   * Node count per whitelisted label, one column each, from the count store (a literal label is needed
   * for that; a UNION of per-label counts drops the rows of labels not yet in the database).
   */
  countsByLabel: `RETURN ${NODE_TYPES.map((l) => `COUNT { (:${asNodeLabel(l)}) } AS ${l}`).join(', ')}`,

  /** Relationship count per whitelisted type, one column each, from the count store. */
  countsByRelType: `RETURN ${REL_TYPES.map((t) => `COUNT { ()-[:${asRelType(t)}]->() } AS ${t}`).join(', ')}`,

  graphVersion: `OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN m.version AS version`,

  /**
   * First view: the strategies pursued by most places, each with its best-connected places (at most
   * `$placesPerStrategy`), plus the newest documents with the place each is about, so a corpus with little
   * extracted still shows something true. `capped` says whether anything was left out.
   */
  overview: `
    CALL () {
      MATCH (s:Strategy) WHERE coalesce(s.scope, 'local') IN $scopes
      WITH s, COUNT { (s)<-[:PURSUES]-() } AS places
      WHERE places > 0
      // National formulas every document repeats would otherwise fill the first view: they come after the rest.
      // When they are asked for, $nationalShare of the places in the view is kept for them (or what they leave
      // over goes to the rest): otherwise a corpus with many local strategies never shows one, switch or not.
      WITH s ORDER BY places DESC, s.name
      WITH collect(CASE WHEN s.scope = 'national' THEN s END) AS nationals, collect(CASE WHEN s.scope <> 'national' OR s.scope IS NULL THEN s END) AS others
      WITH nationals, others[..($strategyLimit - CASE WHEN size(nationals) < $nationalShare THEN size(nationals) ELSE $nationalShare END)] AS kept
      UNWIND kept + nationals[..($strategyLimit - size(kept))] AS s
      WITH s, COUNT { (s)<-[:PURSUES]-() } AS places
      CALL (s) {
        MATCH (s)<-[r:PURSUES]-(p:Place)
        WITH r, p ORDER BY COUNT { (p)--() } DESC, p.id LIMIT $placesPerStrategy
        RETURN r
      }
      RETURN r, places > $placesPerStrategy AS cut
      UNION
      MATCH (d:Document)
      WITH d ORDER BY coalesce(d.date, '') DESC, d.id LIMIT $strategyLimit
      MATCH (d)-[r:ABOUT]->(:Place)
      RETURN r, false AS cut
    }
    WITH collect(r) AS rs, any(c IN collect(cut) WHERE c) AS cut
    UNWIND rs AS r
    UNWIND [startNode(r), endNode(r)] AS n
    WITH rs, cut, collect(DISTINCT n) AS ns
    RETURN [n IN ns | ${nodeProjection('n')}] AS nodes, [r IN rs | ${relProjection('r')}] AS edges,
      cut OR COUNT { (:Document) } > $strategyLimit OR COUNT { MATCH (s:Strategy) WHERE coalesce(s.scope, 'local') IN $scopes AND EXISTS { (s)<-[:PURSUES]-() } } > $strategyLimit AS capped`,

  /**
   * Full-text search over names and aliases (`entity_search`, analyzer cjk). Exact names first, then
   * name/alias prefixes, then Lucene's score; `$candidates` bounds what Lucene hands over.
   */
  search: `
    CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
    WITH node, score, [l IN labels(node) WHERE l IN $types][0] AS type
    WHERE type IS NOT NULL
    WITH node, score, type, coalesce(node.aliases, []) AS aliases
    WITH node, score, type, aliases,
      CASE WHEN node.name = $q OR $q IN aliases THEN 'exact'
           WHEN node.name STARTS WITH $q OR any(a IN aliases WHERE a STARTS WITH $q) THEN 'prefix'
           ELSE 'text' END AS match
    WITH node, score, type, aliases, match, COUNT { MATCH (d:Document)-[:MENTIONS|ABOUT]->(node) RETURN DISTINCT d } AS documentCount
    ORDER BY CASE match WHEN 'exact' THEN 0 WHEN 'prefix' THEN 1 ELSE 2 END, score DESC, documentCount DESC, size(node.name), node.name
    LIMIT $limit
    RETURN node.id AS id, node.name AS name, type, match, score, node.level AS level, node.code AS code, aliases, documentCount`,

  /**
   * Candidates for pinyin, initials and near spellings: whole-word prefix and fuzzy queries on the pinyin keys
   * (`entity_pinyin`), bounded by `$candidates`; the caller decides which count as matches.
   */
  searchPinyin: `
    CALL db.index.fulltext.queryNodes('entity_pinyin', $lucene, {limit: $candidates}) YIELD node, score
    WITH node, score, [l IN labels(node) WHERE l IN $types][0] AS type
    WHERE type IS NOT NULL
    RETURN node.id AS id, node.name AS name, type, score, node.level AS level, node.code AS code,
      coalesce(node.aliases, []) AS aliases, coalesce(node.pinyinText, '') AS pinyin,
      COUNT { MATCH (d:Document)-[:MENTIONS|ABOUT]->(node) RETURN DISTINCT d } AS documentCount`,

  /** Candidates for a Chinese near spelling: names sharing any character pair with the query (cjk bigrams, OR'd). */
  searchBigrams: `
    CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
    WITH node, score, [l IN labels(node) WHERE l IN $types][0] AS type
    WHERE type IS NOT NULL
    RETURN node.id AS id, node.name AS name, type, score, node.level AS level, node.code AS code,
      coalesce(node.aliases, []) AS aliases, coalesce(node.pinyinText, '') AS pinyin,
      COUNT { MATCH (d:Document)-[:MENTIONS|ABOUT]->(node) RETURN DISTINCT d } AS documentCount`,

  /** Search without the full-text index: a bounded scan of names and aliases, same ranking. */
  searchScan: `
    CALL () {
      ${ENTITY_TYPES.map((l) => `MATCH (node:${asNodeLabel(l)}) WHERE '${l}' IN $types AND (node.name CONTAINS $q OR any(a IN coalesce(node.aliases, []) WHERE a CONTAINS $q)) RETURN node, '${l}' AS type LIMIT $candidates`).join('\n      UNION ALL\n      ')}
    }
    WITH node, type, coalesce(node.aliases, []) AS aliases
    WITH node, type, aliases,
      CASE WHEN node.name = $q OR $q IN aliases THEN 'exact'
           WHEN node.name STARTS WITH $q OR any(a IN aliases WHERE a STARTS WITH $q) THEN 'prefix'
           ELSE 'text' END AS match
    WITH node, type, aliases, match, COUNT { MATCH (d:Document)-[:MENTIONS|ABOUT]->(node) RETURN DISTINCT d } AS documentCount
    ORDER BY CASE match WHEN 'exact' THEN 0 WHEN 'prefix' THEN 1 ELSE 2 END, documentCount DESC, size(node.name), node.name
    LIMIT $limit
    RETURN node.id AS id, node.name AS name, type, match, 1.0 AS score, node.level AS level, node.code AS code, aliases, documentCount`,

  /** One node with its properties (no full text), degree per type and direction, and its documents. */
  entity: `
    ${nodesByIds('ids')}
    WITH n LIMIT 1
    RETURN ${nodeProjection('n')} AS node,
      n {.*, text: null, searchText: null} AS properties,
      COLLECT {
        MATCH (n)-[r]->() WITH type(r) AS t, count(*) AS c RETURN {type: t, direction: 'out', count: c} AS degree
        UNION ALL
        MATCH (n)<-[r]-() WITH type(r) AS t, count(*) AS c RETURN {type: t, direction: 'in', count: c} AS degree
      } AS degrees,
      COLLECT {
        MATCH (d:Document)-[m:MENTIONS|ABOUT]->(n)
        WITH d, sum(CASE type(m) WHEN 'MENTIONS' THEN coalesce(m.count, size(coalesce(m.spans, [])) / 2) ELSE 0 END) AS mentions
        ORDER BY mentions DESC, d.date DESC
        LIMIT ${CAPS.documents}
        RETURN {id: d.id, title: coalesce(d.title, d.id), date: d.date, mentionCount: mentions}
      } AS documents`,

  /** Evidence sentences of every relationship touching the node, newest document first. */
  entityEvidence: `
    ${nodesByIds('ids')}
    WITH n LIMIT 1
    MATCH (n)-[r]-(other)
    WHERE r.evidence IS NOT NULL
    UNWIND r.evidence AS sid
    WITH collect({relation: ${edgeId('r')}, confidence: r.confidence, sid: sid}) AS items
    WITH size(items) AS total, items[..${CAPS.evidenceScan}] AS some
    UNWIND some AS e
    MATCH (s:Sentence {id: e.sid})
    OPTIONAL MATCH (doc:Document {id: s.documentId})
    WITH total, e, s, doc ORDER BY doc.date DESC, s.documentId, s.index LIMIT $evidenceLimit
    RETURN total, collect({relation: e.relation, documentId: s.documentId, documentTitle: doc.title, documentDate: doc.date,
      sentence: s.text, start: s.start, end: s.end, section: s.section, confidence: e.confidence}) AS evidence`,

  /**
   * The nodes within `depth` hops of the start nodes, walking only `rels` and only through `types`,
   * nearest first, then best connected. Each layer is de-duplicated before the next is expanded, so a
   * hub costs its degree once rather than once per path through it.
   */
  neighborhoodNodes(depth: number, rels: readonly RelType[], types: readonly NodeType[]): string {
    if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new RangeError(`depth must be 1..3, got ${depth}`);
    const step = `-[:${relAlternatives(rels)}]-(b:${labelAlternatives(types)})`;
    const layers: string[] = [];
    for (let i = 1; i <= depth; i++) {
      layers.push(`
    CALL (l${i - 1}) {
      UNWIND l${i - 1}[..${FRONTIER_CAP}] AS a
      MATCH (a)${step}
      RETURN collect(DISTINCT b) AS l${i}
    }`);
    }
    const tagged = Array.from({ length: depth }, (_, i) => `[x IN l${i + 1} | [x, ${i + 1}]]`).join(' + ');
    const cut = Array.from({ length: depth }, (_, i) => `size(l${i}) > ${FRONTIER_CAP}`).join(' OR ');
    return `
    ${nodesByIds('ids')}
    WITH collect(n) AS l0
    ${layers.join('')}
    WITH l0, ${tagged} AS found, ${cut} AS frontierCut
    CALL (l0, found) {
      UNWIND found AS f
      WITH f[0] AS m, min(f[1]) AS dist
      WHERE NOT m IN l0
      WITH m, dist ORDER BY dist, COUNT { (m)--() } DESC, m.id
      RETURN collect(m) AS ms
    }
    WITH l0, ms, frontierCut
    WITH l0, ms, frontierCut, ms[$offset..$offset + $limit] AS page
    RETURN [x IN l0 | x.id] AS startIds, size(ms) AS total, frontierCut,
      [x IN l0 + page | ${nodeProjection('x')}] AS nodes,
      [x IN l0 + page | elementId(x)] AS elementIds,
      [x IN page | x.id] AS pageIds,
      [x IN ms[..$offset] | elementId(x)] AS earlierIds`;
  },

  /** The relationships of the given types among a set of nodes (by element id), capped. */
  edgesAmong(rels: readonly RelType[]): string {
    return `
    MATCH (a) WHERE elementId(a) IN $elementIds
    MATCH (a)-[r:${relAlternatives(rels)}]->(b)
    WHERE elementId(b) IN $elementIds
    WITH r LIMIT ${CAPS.edges}
    RETURN collect(${relProjection('r')}) AS edges`;
  },

  /** Up to k shortest paths (Neo4j 5 `SHORTEST k`), undirected, over `rels`, with each edge's evidence. */
  paths(k: number, maxLength: number, rels: readonly RelType[]): string {
    if (!Number.isInteger(k) || k < 1 || k > 10) throw new RangeError(`k must be 1..10, got ${k}`);
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 6) throw new RangeError(`maxLength must be 1..6, got ${maxLength}`);
    return `
    CALL () { ${nodesByIds('from')} RETURN n AS a LIMIT 1 }
    CALL () { ${nodesByIds('to')} RETURN n AS b LIMIT 1 }
    MATCH p = SHORTEST ${k} (a)-[:${relAlternatives(rels)}]-{1,${maxLength}}(b)
    WITH p, length(p) AS len ORDER BY len
    RETURN len,
      [x IN nodes(p) | ${nodeProjection('x')}] AS nodes,
      [r IN relationships(p) | ${relProjection('r')}] AS edges,
      [r IN relationships(p) | ${evidenceOf('r', '$perEdge')}] AS evidence`;
  },

  /** Which of the given ids exist (any label), for a 404 that names the missing ones. */
  existingIds: `
    ${nodesByIds('ids')}
    RETURN collect(n.id) AS ids`,

  /**
   * For each compared place: the strategies it (or, with children, any place inside it) pursues and the
   * projects located in it, with the evidence sentences behind each link.
   */
  compare(includeChildren: boolean): string {
    return `
    MATCH (p:Place) WHERE p.id IN $ids
    RETURN p.id AS id, p.name AS name, p.level AS level,
      COLLECT {
        MATCH (c:Place)-[:PART_OF*0..${includeChildren ? 5 : 0}]->(p)
        WITH DISTINCT c
        CALL (c) {
          MATCH (c)-[r:PURSUES]->(x:Strategy) RETURN x, r
          UNION ALL
          MATCH (x:Project)-[r:LOCATED_IN]->(c) RETURN x, r
        }
        WITH x, sum(size(coalesce(r.evidence, []))) AS evidence, collect(${edgeId('r')}) AS via
        LIMIT ${CAPS.edges}
        RETURN {id: x.id, name: x.name, type: CASE WHEN x:Strategy THEN 'Strategy' ELSE 'Project' END, scope: x.scope, evidence: evidence, via: via}
      } AS items`;
  },

  /** The place and its descendants at one level, each with distinct counts over its whole subtree. */
  rollup: `
    MATCH (p:Place {id: $id})
    CALL (p) {
      MATCH (c:Place)-[:PART_OF*1..5]->(p)
      WHERE c.level = $level
      WITH DISTINCT c ORDER BY c.code, c.name LIMIT ${CAPS.rollupChildren}
      RETURN collect(c) AS children
    }
    UNWIND [p] + children AS area
    CALL (area) {
      MATCH (d:Place)-[:PART_OF*0..5]->(area)
      RETURN collect(DISTINCT d) AS ds
    }
    CALL (ds) { UNWIND ds AS d MATCH (d)-[:PURSUES]->(s:Strategy) RETURN count(DISTINCT s) AS strategies }
    CALL (ds) { UNWIND ds AS d MATCH (pr:Project)-[:LOCATED_IN]->(d) RETURN collect(DISTINCT pr) AS projects }
    CALL (projects) { UNWIND projects AS pr MATCH (o:Organization)-[:PARTICIPATES_IN]->(pr) RETURN count(DISTINCT o) AS organizations }
    CALL (ds) { UNWIND ds AS d MATCH (doc:Document)-[:ABOUT|MENTIONS]->(d) RETURN count(DISTINCT doc) AS documents }
    RETURN area.id AS id, area.name AS name, area.level AS level, area.code AS code, area = p AS isRoot,
      {strategies: strategies, projects: size(projects), organizations: organizations, documents: documents} AS counts`,

  /** Level of a place, to pick the default roll-up level and refuse one that is not below it. */
  placeLevel: `MATCH (p:Place {id: $id}) RETURN p.level AS level`,

  documentCount: `
    MATCH (d:Document)
    WHERE ($year IS NULL OR d.year = $year) AND ($place IS NULL OR EXISTS { (d)-[:ABOUT]->(:Place {id: $place}) })
    RETURN count(d) AS total`,

  /** One page of documents, newest first, without their text. */
  documents: `
    MATCH (d:Document)
    WHERE ($year IS NULL OR d.year = $year) AND ($place IS NULL OR EXISTS { (d)-[:ABOUT]->(:Place {id: $place}) })
    WITH d ORDER BY coalesce(d.date, '') DESC, d.id
    SKIP $offset LIMIT $limit
    RETURN ${documentSummary('d')} AS document`,

  /** One document with its original text, every mention's spans and its sentences' offsets. */
  document: `
    MATCH (d:Document {id: $id})
    RETURN ${documentSummary('d')} AS document, d.text AS text, d.encoding AS encoding, d.sentenceCount AS sentenceCount,
      COLLECT {
        MATCH (d)-[m:MENTIONS]->(e)
        WITH e, m LIMIT ${CAPS.mentions}
        RETURN {entityId: e.id, name: coalesce(e.name, e.id), labels: labels(e), spans: coalesce(m.spans, [])}
      } AS mentions,
      COLLECT {
        MATCH (s:Sentence {documentId: d.id})
        RETURN [s.start, s.end] AS bounds ORDER BY s.index
      } AS sentences`,

  /** A strategy with every place pursuing it and each evidence sentence with its document's date (diffusion timeline). */
  diffusion: `
    MATCH (s:Strategy {id: $id})
    RETURN s.id AS id, s.name AS name, s.scope AS scope, s.scopeBasis AS scopeBasis, s.scopeReason AS scopeReason,
      COLLECT {
        MATCH (p:Place)-[r:PURSUES]->(s)
        WITH p, r LIMIT ${CAPS.edges}
        RETURN {place: ${placeRef('p')}, evidence: ${datedEvidence('r')}}
      } AS places`,

  /** A place's strategies with its own dated sentences and the dates other places said each one. */
  placeAdoptions: `
    MATCH (p:Place {id: $id})
    RETURN ${placeRef('p')} AS place,
      COLLECT {
        MATCH (p)-[r:PURSUES]->(s:Strategy)
        WITH s, r LIMIT ${CAPS.edges}
        RETURN {strategy: {id: s.id, name: s.name, scope: s.scope}, evidence: ${datedEvidence('r')},
          othersExist: EXISTS { MATCH (q:Place)-[:PURSUES]->(s) WHERE q <> p },
          otherDates: COLLECT {
            MATCH (q:Place)-[r2:PURSUES]->(s) WHERE q <> p
            UNWIND coalesce(r2.documents, []) AS did
            MATCH (d:Document {id: did}) WHERE d.date IS NOT NULL
            RETURN DISTINCT d.date AS date
          }}
      } AS strategies`,

  /** REUSES relationships (document pairs) with both documents' places and the sentences their passages sit in. */
  reuse: `
    MATCH (a:Document)-[r:REUSES]->(b:Document)
    WHERE ($document IS NULL OR a.id = $document OR b.id = $document)
      AND ($place IS NULL OR EXISTS { (a)-[:ABOUT]->(:Place {id: $place}) } OR EXISTS { (b)-[:ABOUT]->(:Place {id: $place}) })
    WITH a, b, r LIMIT ${CAPS.documents}
    RETURN {id: a.id, title: coalesce(a.title, a.id), date: a.date, place: [(a)-[:ABOUT]->(p:Place) | ${placeRef('p')}][0]} AS from,
      {id: b.id, title: coalesce(b.title, b.id), date: b.date, place: [(b)-[:ABOUT]->(p:Place) | ${placeRef('p')}][0]} AS to,
      r.evidence AS evidence, r.echoes AS echoes, r.spans AS spans, r.echoSpans AS echoSpans, r.similarities AS similarities,
      COLLECT {
        UNWIND coalesce(r.evidence, []) + coalesce(r.echoes, []) AS sid
        MATCH (s:Sentence {id: sid})
        RETURN DISTINCT {id: sid, text: s.text, start: s.start, end: s.end}
      } AS sentences`,

  /** Every PURSUES link of kept-scope strategies with both ends, for clusters and centrality (capped). */
  pursuesLinks: `
    MATCH (p:Place)-[:PURSUES]->(s:Strategy)
    WHERE coalesce(s.scope, 'local') IN $scopes
    WITH p, s LIMIT ${CAPS.links}
    RETURN ${placeRef('p')} AS place, {id: s.id, name: s.name, scope: s.scope} AS strategy`,

  placesByLevel: `MATCH (p:Place) RETURN coalesce(p.level, 'unknown') AS level, count(p) AS n`,

  /** Per document: the entities it mentions, by label. */
  statsByDocument: `
    MATCH (d:Document)
    WITH d ORDER BY coalesce(d.date, '') DESC, d.id LIMIT ${CAPS.byDocument}
    RETURN d.id AS id, coalesce(d.title, d.id) AS title, d.year AS year,
      COLLECT {
        MATCH (d)-[:MENTIONS]->(e)
        WITH [l IN labels(e) WHERE l IN $types][0] AS type, count(e) AS n
        WHERE type IS NOT NULL
        RETURN {type: type, n: n}
      } AS entities`,

  /** Per year: documents and distinct entities they mention. */
  statsByYear: `
    MATCH (d:Document) WHERE d.year IS NOT NULL
    WITH d.year AS year, collect(d) AS docs
    CALL (docs) { UNWIND docs AS d MATCH (d)-[:MENTIONS]->(e) RETURN count(DISTINCT e) AS entities }
    RETURN year, size(docs) AS documents, entities ORDER BY year`,
} as const;

/** A place as diffusion and cluster answers show it. */
function placeRef(p: string): string {
  return `{id: ${p}.id, name: coalesce(${p}.name, ${p}.id), level: ${p}.level, code: ${p}.code, lon: ${p}.lon, lat: ${p}.lat}`;
}

/** Every evidence sentence of a relationship with its document's date, for ordering adoptions in time. */
function datedEvidence(r: string): string {
  return `COLLECT {
          UNWIND coalesce(${r}.evidence, []) AS sid
          MATCH (x:Sentence {id: sid})
          MATCH (d:Document {id: x.documentId})
          RETURN {documentId: d.id, documentTitle: d.title, documentDate: d.date, date: d.date, dateInferred: coalesce(d.dateInferred, false),
                  year: d.year, sentence: x.text, start: x.start, end: x.end, section: x.section}
        }`;
}

function documentSummary(d: string): string {
  return `{id: ${d}.id, title: coalesce(${d}.title, ${d}.id), kind: ${d}.kind, date: ${d}.date, dateInferred: ${d}.dateInferred, year: ${d}.year,
      length: size(coalesce(${d}.text, '')),
      places: [(${d})-[a:ABOUT]->(pl:Place) | {id: pl.id, name: pl.name, inferred: coalesce(a.inferred, false), reason: a.reason}],
      entityCount: COUNT { (${d})-[:MENTIONS]->() }}`;
}
