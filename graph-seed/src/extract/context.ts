// What every extractor reads: the normalised text, its structure, the document's place, and helpers for spans.
import type { EntityType, PlaceLevel } from '@policygraph/contract/graph-model';
import type { NormalizedText } from '../normalize';
import type { NSentence, Structure } from '../structure';
import type { DocumentInput } from './types';

export interface DocContext {
  input: DocumentInput;
  original: string;
  norm: NormalizedText;
  structure: Structure;
  /** GB/T 2260 code of the document's place (given, or inferred from the text), or null. */
  placeCode: string | null;
  /** The sentence containing normalised offset I. */
  sentenceAt(i: number): NSentence | undefined;
}

/** One mention found by an extractor, in normalised coordinates, before entities are merged. */
export interface Candidate {
  type: EntityType;
  /** Global id: place:<code>, strategy:<name>, project:<name>, org:<name>. */
  id: string;
  /** Canonical Simplified name. */
  name: string;
  /** The form as written (normalised), kept as an alias when it differs from the name. */
  surface: string;
  /** Further accepted forms (the name with the 项目/工程 written after it, without the place written before it). */
  aliases?: string[];
  nStart: number;
  nEnd: number;
  /** Which extractor found it (for debugging and for priorities). */
  source: string;
  /** 0–1: how sure the extractor is; overlapping candidates of one type keep the stronger/longer. */
  strength: number;
  level?: PlaceLevel;
  code?: string;
  parentId?: string;
  /** Strategy PART_OF Strategy facts a vocabulary entry states (id of the whole). */
  partOf?: string;
  kind?: string;
  /**
   * A place read only inside another name (梅庄 of 梅庄猕猴桃种植基地): an entity that relations may point to, with no
   * mention of its own, as the annotation guide lists no place read only inside another name.
   */
  unmentioned?: boolean;
}

/** An extractor family: one typed object per file, gathered in extractors/index.ts. */
export interface Extractor {
  id: string;
  entityType: EntityType;
  extract(doc: DocContext): Candidate[];
}

export function makeSentenceLookup(sentences: NSentence[]): (i: number) => NSentence | undefined {
  return (i: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (i < s.nStart) hi = mid - 1;
      else if (i >= s.nEnd) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
}
