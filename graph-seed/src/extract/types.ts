// The extraction result: what `npm run extract` prints and what the loader writes. One home for these types.
import type { EntityType, PlaceLevel } from '@policygraph/contract/graph-model';

/** A span in the ORIGINAL text (before normalisation), as JS string indices (UTF-16 code units), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  /** Index of the sentence (in ExtractedDocument.sentences) the mention sits in. */
  sentence?: number;
}

export interface Sentence extends Span {
  index: number;
  /** The sentence as it stands in the original text (original[start:end]). */
  text: string;
  /** Heading of the innermost section the sentence belongs to, e.g. “（三）坚持项目为王”, or null. */
  section: string | null;
}

export interface Heading extends Span {
  level: number;
  /** Marker as written: 一、 （一） 1. … */
  marker: string;
  text: string;
}

export interface ExtractionWarning {
  /** Machine-readable kind, e.g. 'replacement-char', 'stray-punctuation', 'junk-token', 'encoding'. */
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface ExtractedDocument {
  id: string;
  file?: string;
  title?: string;
  /** Detected encoding of the file ('utf-8', 'gb18030'). */
  encoding?: string;
  /** 'simplified' | 'traditional' | 'mixed', as detected before normalisation. */
  script?: string;
  /** Length of the original text. */
  length: number;
  /** The place the document is about (from DocumentInput.placeCode, or inferred from the text when not given). */
  placeId?: string;
  /** True when placeId was inferred from the text rather than given. */
  placeInferred?: boolean;
  sentences: Sentence[];
  headings: Heading[];
}

export interface ExtractedEntity {
  /** Global id, the same for the same real-world thing in every document: place:<GB code>, strategy:<name>, … */
  id: string;
  type: EntityType;
  /** Canonical Simplified name. */
  name: string;
  aliases: string[];
  mentions: Mention[];
  /** Places only. */
  level?: PlaceLevel;
  code?: string;
  /** Places only: the id of the place this one is PART_OF (gazetteer parent). */
  parentId?: string;
}

export interface RelationEvidence extends Span {
  /** The sentence text (original[start:end]). */
  sentence: string;
  /** Index of the sentence in ExtractedDocument.sentences. */
  index?: number;
  /** 0–1 where the relation is a guess (e.g. inferred from the section rather than the sentence). */
  confidence?: number;
}

/** The domain relationship types, from the contract's one table. */
export type { RelationType } from '@policygraph/contract/model';
import type { RelationType } from '@policygraph/contract/model';

export interface ExtractedRelation {
  type: RelationType;
  from: string;
  to: string;
  /** Empty only for gazetteer facts (Place PART_OF Place), which rest on GB/T 2260 rather than a sentence. */
  evidence: RelationEvidence[];
  confidence?: number;
  /** 'text' when read from the document, 'gazetteer' for administrative hierarchy. */
  source?: 'text' | 'gazetteer';
}

export interface ExtractionResult {
  document: ExtractedDocument;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  warnings: ExtractionWarning[];
}

/** What the extractor is told about a document besides its text (from the manifest or the command line). */
export interface DocumentInput {
  id: string;
  text: string;
  file?: string;
  title?: string;
  /** GB/T 2260 code of the place the document is about, to resolve short names and villages. */
  placeCode?: string;
  encoding?: string;
}
