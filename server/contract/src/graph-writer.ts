// The write-side port between the loader and the store: the rows one document contributes, a batch of them, and the store that takes it.
import type { EntityType, ScopeBasis, StrategyScope } from './model';

export { patternKey, RELATION_PATTERNS, type RelationPattern } from './model';

export interface DocumentRow {
  id: string;
  title: string;
  kind: string;
  date: string | null;
  dateInferred: boolean;
  year: number | null;
  file: string;
  /** The original text, so the API can return it with mention spans for highlighting. */
  text: string;
  encoding: string | null;
  /** Hash of the text and its manifest entry: an unchanged document is skipped on the next load. */
  contentHash: string;
  sentenceCount: number;
}

export interface SentenceRow {
  /** `<documentId>#<index>`, the id relation evidence refers to. */
  id: string;
  documentId: string;
  index: number;
  start: number;
  end: number;
  text: string;
  section: string | null;
}

export interface PlaceRow {
  id: string;
  name: string;
  level: string | null;
  code: string | null;
  aliases: string[];
  /** Degrees, from gazetteer-data/place-coords.json; provinces, cities and counties only. */
  lon?: number | null;
  lat?: number | null;
}

/** A Strategy, Project or Organization (places have their own rows). */
export interface EntityRow {
  label: Exclude<EntityType, 'Place'>;
  id: string;
  name: string;
  aliases: string[];
}

export interface MentionRow {
  documentId: string;
  label: EntityType;
  entityId: string;
  /** Flat `[s0, e0, s1, e1, …]` offsets into the original text; empty when the document names it only implicitly. */
  spans: number[];
  count: number;
  /**
   * The names besides its canonical one this document uses for the entity. An entity's aliases are the union
   * over its MENTIONS, so they shrink again when the documents that used an alias are removed or rewritten.
   */
  aliases: string[];
  /**
   * Strategies: where this document says the strategy comes from (see graph-seed/src/extract/scope.ts). The
   * Strategy node's `scope` is the highest-ranked over its MENTIONS, recomputed whenever they change.
   */
  scope?: { scope: StrategyScope; basis: ScopeBasis; reason: string; rank: number; evidence: string | null };
}

export interface PartOfRow {
  from: string;
  to: string;
}

export interface AboutRow {
  documentId: string;
  placeId: string;
  inferred: boolean;
  reason: string | null;
}

export interface RelationRow {
  /** patternKey of one of RELATION_PATTERNS. */
  pattern: string;
  from: string;
  to: string;
  /** Sentence ids, parallel to evidenceConfidence. */
  evidence: string[];
  evidenceConfidence: number[];
  documents: string[];
}

/** Everything one document adds; written in one transaction so a document is loaded whole or not at all. */
export interface DocumentGraph {
  document: DocumentRow;
  sentences: SentenceRow[];
  /** The document's place with its ancestors first, then the places it mentions (with theirs). */
  places: PlaceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  about: AboutRow[];
  /** Gazetteer hierarchy between the places above. */
  placePartOf: PartOfRow[];
  relations: RelationRow[];
}

/** Several documents' rows, merged so each node and relationship appears once; written in one transaction. */
export interface WriteBatch {
  /**
   * Documents the graph may already hold (a changed one): retracted before the rows are written, their rows
   * merged. Every other document of the batch is new to the graph: its own node, sentences and links are created.
   */
  documentIds: string[];
  documents: DocumentRow[];
  sentences: SentenceRow[];
  places: PlaceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  about: AboutRow[];
  placePartOf: PartOfRow[];
  relations: RelationRow[];
}

/** A stored sentence with its document's date, as the corpus-wide text-reuse pass reads it. */
export interface StoredSentence {
  documentId: string;
  index: number;
  /** Offset of the sentence in the document's original text. */
  start: number;
  text: string;
  date: string | null;
}

/** One REUSES relationship: the later document `from` repeats passages of the earlier `to` (lists parallel, best first). */
export interface ReuseRow {
  from: string;
  to: string;
  /** Sentence ids in `from`, and the sentence ids in `to` they echo. */
  evidence: string[];
  echoes: string[];
  /** Flat `[start, end, …]` offsets of the passages in each document's original text. */
  spans: number[];
  echoSpans: number[];
  /** Character-shingle Jaccard of each passage pair, 0–1. */
  similarities: number[];
}

/** Counters of what a write changed, from the database's own summary. */
export interface WriteStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** A document taken out of the graph, named as the summary reports it. */
export interface RemovedDocument {
  id: string;
  title: string | null;
}

/**
 * The loader's write port. An implementation throws the contract's StoreUnavailableError (code
 * `store-unavailable`, see problems.ts) when the store cannot be reached, and StoreTimeoutError when a
 * statement ran out of time; any other error is about the data written and names it.
 */
export interface GraphWriter {
  /** Creates constraints and indexes (full-text included) if missing; safe to run every time. */
  ensureSchema(): Promise<void>;
  /** contentHash of every loaded document, by id, to skip the unchanged ones. */
  documentHashes(): Promise<Map<string, string>>;
  /** Retracts batch.documentIds, writes the rows and removes what became orphaned, all in ONE transaction. */
  writeBatch(batch: WriteBatch): Promise<WriteStats>;
  /** Removes documents with their evidence and orphans in one transaction; returns those that existed. */
  removeDocuments(ids: string[]): Promise<{ removed: RemovedDocument[]; stats: WriteStats }>;
  /** Records a new graph version after a successful load; returns it. */
  bumpVersion(): Promise<string>;
  /** Number of Document nodes, to decide whether the sample corpus must be seeded. */
  documentCount(): Promise<number>;
  /** Every stored sentence with its document's date, for the reuse pass after a load (optional: a writer without it skips reuse). */
  corpusSentences?(): Promise<StoredSentence[]>;
  /** Replaces every REUSES relationship with these rows, in one transaction. */
  replaceReuse?(rows: ReuseRow[]): Promise<WriteStats>;
}
