// Cypher of curations: the records themselves and each action's statements; labels and types only from the contract's whitelist.
import { ENTITY_TYPES, type EntityType, RELATIONSHIPS, type RelType } from '@policygraph/contract/model';

const PREFIX = { Place: 'place', Strategy: 'strategy', Project: 'project', Organization: 'org' } as const satisfies Record<EntityType, string>;

/** The label an entity id belongs to, by its prefix (the contract's id builders); undefined for anything else. */
export function labelOfEntityId(id: string): EntityType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  const label = (Object.entries(PREFIX) as [EntityType, string][]).find(([, p]) => p === prefix)?.[0];
  return label && (ENTITY_TYPES as readonly string[]).includes(label) ? label : undefined;
}

/** The id the same entity has under another label: that label's prefix and the id's name part (`project:X` → `strategy:X`). */
export function idUnderLabel(id: string, label: EntityType): string {
  return `${PREFIX[label]}:${id.slice(id.indexOf(':') + 1)}`;
}

/** The edges of `label` that `to` may keep, per type and direction, with the label at the other end (the contract's patterns). */
export function keptEdges(to: EntityType): { type: RelType; out: boolean; other: string }[] {
  const kept: { type: RelType; out: boolean; other: string }[] = [];
  for (const [type, r] of Object.entries(RELATIONSHIPS) as [RelType, (typeof RELATIONSHIPS)[RelType]][]) {
    for (const p of r.patterns as readonly { from: string; to: string }[]) {
      if (p.from === to) kept.push({ type, out: true, other: p.to });
      if (p.to === to) kept.push({ type, out: false, other: p.from });
    }
  }
  return kept;
}

/**
 * Moves one relationship type's edges from `f` to `i` in one direction (to a node labelled `other` at the far
 * end, when given): an edge `i` already has absorbs the other's evidence, documents and mention spans; an edge
 * between the two (a self-loop after the merge) goes.
 */
const moveEdges = (type: string, out: boolean, fromLabel: EntityType, intoLabel: EntityType = fromLabel, other?: string) =>
  `
    MATCH (f:${fromLabel} {id: $from})
    MATCH (i:${intoLabel} {id: $into})
    MATCH (f)${out ? '-' : '<-'}[r:${type}]${out ? '->' : '-'}(x${other ? `:${other}` : ''})
    CALL (f, i, r, x) {
      WITH * WHERE x <> i
      MERGE (i)${out ? '-' : '<-'}[n:${type}]${out ? '->' : '-'}(x)
      ON CREATE SET n = properties(r)
      ON MATCH SET
        n.evidence = CASE WHEN r.evidence IS NULL THEN n.evidence ELSE coalesce(n.evidence, []) + r.evidence END,
        n.evidenceConfidence = CASE WHEN r.evidenceConfidence IS NULL THEN n.evidenceConfidence ELSE coalesce(n.evidenceConfidence, []) + r.evidenceConfidence END,
        n.documents = CASE WHEN r.documents IS NULL THEN n.documents
          ELSE reduce(acc = coalesce(n.documents, []), d IN r.documents | CASE WHEN d IN acc THEN acc ELSE acc + d END) END,
        n.confidence = CASE WHEN r.confidence IS NULL THEN n.confidence ELSE CASE WHEN coalesce(n.confidence, 0) > r.confidence THEN n.confidence ELSE r.confidence END END,
        n.spans = CASE WHEN r.spans IS NULL THEN n.spans ELSE coalesce(n.spans, []) + r.spans END,
        n.count = CASE WHEN r.count IS NULL THEN n.count ELSE coalesce(n.count, 0) + r.count END,
        n.aliases = CASE WHEN r.aliases IS NULL THEN n.aliases ELSE coalesce(n.aliases, []) + [a IN r.aliases WHERE NOT a IN coalesce(n.aliases, [])] END
    }
    DELETE r`;

export const CURATION = {
  schema: [
    'CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (n:Curation) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE',
  ],
  list: `MATCH (c:Curation) RETURN c.payload AS payload, c.notApplied AS notApplied, c.notAppliedCause AS notAppliedCause ORDER BY c.seq`,
  /** Whether the last application changed anything: the reason it did not and its cause as JSON, or nulls (the properties go). */
  markApplied: `MATCH (c:Curation {id: $id}) SET c.notApplied = $reason, c.notAppliedCause = $cause`,
  forget: `MATCH (c:Curation {id: $id}) DELETE c`,
  nextSeq: `OPTIONAL MATCH (c:Curation) RETURN coalesce(max(c.seq), 0) + 1 AS seq`,
  save: `MERGE (c:Curation {id: $id}) SET c.seq = $seq, c.action = $action, c.at = $at, c.who = $who, c.undone = $undone, c.payload = $payload`,
  graphVersion: `OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN m.version AS version`,
  clearRedirects: `MATCH (r:Redirect) DELETE r`,
  redirect: `MATCH (r:Redirect {id: $id}) RETURN r.to AS to`,
  exists: (label: EntityType) => `MATCH (e:${label} {id: $id}) RETURN e.name AS name`,
  documentExists: `MATCH (d:Document {id: $id}) RETURN d.id AS id`,
  mentioning: (label: EntityType) => `MATCH (d:Document)-[:MENTIONS]->(e:${label} {id: $id}) RETURN collect(DISTINCT d.id) AS ids`,

  /** Rename: the new name, the previous one kept as an alias so searches for it still find the entity. */
  rename: (label: EntityType) => `
    MATCH (e:${label} {id: $id})
    WITH e, [a IN coalesce(e.aliases, []) + $previous WHERE a <> $name] AS kept
    WITH e, reduce(acc = [], a IN kept | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
    SET e.name = $name, e.aliases = aliases, e.searchText = reduce(s = $name, a IN aliases | s + ' ' + a), e.pinyinStale = true`,

  /**
   * Merge, step one: a statement per relationship type and direction the label can take part in (from the
   * contract's table, plus the gazetteer's Place PART_OF Place), so a Strategy merge runs five, not fourteen.
   */
  mergeEdges: (label: EntityType): string[] => {
    const moves: string[] = [];
    for (const [type, r] of Object.entries(RELATIONSHIPS) as [RelType, (typeof RELATIONSHIPS)[RelType]][]) {
      const patterns = r.patterns as readonly { from: string; to: string }[];
      const out = patterns.some((p) => p.from === label) || (type === 'PART_OF' && label === 'Place');
      const inn = patterns.some((p) => p.to === label) || (type === 'PART_OF' && label === 'Place');
      if (out) moves.push(moveEdges(type, true, label));
      if (inn) moves.push(moveEdges(type, false, label));
    }
    return moves;
  },
  /** Merge, then: the merged name and aliases become aliases of `into` (also when `from` is already gone: re-application). */
  mergeAliases: (label: EntityType, fromLabel: EntityType = label) => `
    MATCH (i:${label} {id: $into})
    OPTIONAL MATCH (f:${fromLabel} {id: $from})
    WITH i, [a IN coalesce(i.aliases, []) + coalesce(f.aliases, []) + [$fromName] WHERE a <> i.name] AS merged
    WITH i, reduce(acc = [], a IN merged | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
    SET i.aliases = aliases, i.searchText = reduce(s = i.name, a IN aliases | s + ' ' + a), i.pinyinStale = true`,
  /** Merge, last: the merged node goes (its edges moved already) and its id redirects. */
  mergeDelete: (label: EntityType) => `MATCH (f:${label} {id: $from}) DETACH DELETE f`,
  mergeRedirect: `MERGE (r:Redirect {id: $from}) SET r.to = $into`,
  dropRedirect: `MATCH (r:Redirect {id: $into}) DELETE r`,

  /**
   * Change of type, step one: the node of the new label, taking the old one's name and aliases when it is new
   * (a strategy made so starts as a local one; the loader's scope pass refines it when a document names it).
   */
  changeTypeNode: (from: EntityType, to: EntityType) => `
    MATCH (f:${from} {id: $from})
    MERGE (i:${to} {id: $into})
    ON CREATE SET i.name = f.name, i.aliases = coalesce(f.aliases, []), i.searchText = coalesce(f.searchText, f.name)${
      to === 'Strategy' ? ", i.scope = 'local', i.scopeBasis = 'default', i.scopeReason = 'curation'" : ''
    }`,
  /** Then: each relationship the new label may take part in moves over (one statement per type, direction and far label). */
  changeTypeEdges: (from: EntityType, to: EntityType): string[] => keptEdges(to).map((k) => moveEdges(k.type, k.out, from, to, k.other)),
  /** Every relationship of an entity with the far end's id and label, to name those a change of type drops. */
  edgesOf: (label: EntityType) => `
    MATCH (e:${label} {id: $id})-[r]-(x)
    RETURN type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, x.id AS other, labels(x) AS labels`,

  /** Reject an entity: it and its relationships leave the graph (the curation record keeps what it was). */
  rejectEntity: (label: EntityType) => `MATCH (e:${label} {id: $id}) DETACH DELETE e`,
  /** What a rejected entity was: its name, relationship count and the documents naming it (to reload on undo). */
  entitySnapshot: (label: EntityType) => `
    MATCH (e:${label} {id: $id})
    RETURN e.name AS name, COUNT { (e)-[r]-() WHERE NOT r:MENTIONS } AS relations,
      COLLECT { MATCH (d:Document)-[:MENTIONS|ABOUT]->(e) RETURN DISTINCT d.id } AS documents`,
  /** One relationship of a whitelisted type between two entities, with its evidence and documents. */
  relation: (type: RelType, from: EntityType, to: EntityType) => `
    MATCH (f:${from} {id: $from})-[r:${type}]->(t:${to} {id: $to})
    RETURN f.name AS fromName, t.name AS toName, coalesce(r.evidence, []) AS evidence, coalesce(r.documents, []) AS documents`,
  /** Reject a relation: it leaves the graph (the curation record keeps its evidence). */
  rejectRelation: (type: RelType, from: EntityType, to: EntityType) => `
    MATCH (f:${from} {id: $from})-[r:${type}]->(t:${to} {id: $to})
    DELETE r`,

  /** The sentence of a document that holds offsets start–end (end exclusive). */
  sentenceAt: `
    MATCH (s:Sentence {documentId: $documentId})
    WHERE s.start <= $start AND $end <= s.end
    RETURN s.id AS id ORDER BY s.start LIMIT 1`,
  /** Which of an added relation's ends and its sentence the graph still holds. */
  endsPresent: (from: EntityType, to: EntityType) => `
    OPTIONAL MATCH (f:${from} {id: $from})
    OPTIONAL MATCH (t:${to} {id: $to})
    OPTIONAL MATCH (s:Sentence {id: $sentenceId})
    RETURN f IS NOT NULL AS hasFrom, t IS NOT NULL AS hasTo, s IS NOT NULL AS hasSentence`,
  placeByCode: `MATCH (p:Place {code: $code}) RETURN p.id AS id, p.name AS name`,
  /** A document's place: its ABOUT link moves to the place with this code, marked as the analyst's. */
  correctDocumentPlace: `
    MATCH (d:Document {id: $id})
    MATCH (p:Place {code: $code})
    OPTIONAL MATCH (d)-[a:ABOUT]->(:Place)
    DELETE a
    WITH DISTINCT d, p
    MERGE (d)-[r:ABOUT]->(p)
    SET r.inferred = false, r.reason = 'curation'`,
  /**
   * Adds a relation citing one sentence: created with that evidence, or the evidence joined to an edge the
   * extractor made already. The type is spliced only after the contract's pattern list matched it to both labels.
   */
  addRelation: (type: RelType, from: EntityType, to: EntityType) => `
    MATCH (f:${from} {id: $from})
    MATCH (t:${to} {id: $to})
    MATCH (s:Sentence {id: $sentenceId})
    MERGE (f)-[r:${type}]->(t)
    ON CREATE SET r.source = 'curation', r.evidence = [s.id], r.evidenceConfidence = [1.0], r.documents = [s.documentId], r.confidence = 1.0
    ON MATCH SET
      r.evidenceConfidence = coalesce(r.evidenceConfidence, []) + CASE WHEN s.id IN coalesce(r.evidence, []) THEN [] ELSE [1.0] END,
      r.documents = coalesce(r.documents, []) + CASE WHEN s.documentId IN coalesce(r.documents, []) THEN [] ELSE [s.documentId] END,
      r.confidence = 1.0,
      r.evidence = coalesce(r.evidence, []) + CASE WHEN s.id IN coalesce(r.evidence, []) THEN [] ELSE [s.id] END`,

  correctDocument: `
    MATCH (d:Document {id: $id})
    SET d.title = coalesce($title, d.title),
        d.date = coalesce($date, d.date),
        d.year = CASE WHEN $date IS NULL THEN d.year ELSE toInteger(left($date, 4)) END,
        d.dateInferred = CASE WHEN $date IS NULL THEN d.dateInferred ELSE false END`,
} as const;
