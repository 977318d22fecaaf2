// Helpers for the extraction unit tests: run the extractor on an excerpt and look entities up by type and name.
import { extractDocument } from '../../../graph-seed/src/extract';
import type { EntityType } from '@policygraph/contract/graph-model';
import type { ExtractedEntity, ExtractionResult } from '../../../graph-seed/src/extract/types';

/** Extracts an excerpt as if it were a whole document about PLACECODE. */
export function run(text: string, placeCode?: string): ExtractionResult {
  return extractDocument({ id: 'excerpt', text, placeCode });
}

/** Names of the entities of TYPE that the text mentions (gazetteer ancestors without mentions left out). */
export function names(r: ExtractionResult, type: EntityType): string[] {
  return r.entities.filter((e) => e.type === type && e.mentions.length > 0).map((e) => e.name);
}

export function entity(r: ExtractionResult, type: EntityType, name: string): ExtractedEntity | undefined {
  return r.entities.find((e) => e.type === type && e.name === name);
}

/** The original text of every mention of an entity. */
export function mentionTexts(_r: ExtractionResult, text: string, e: ExtractedEntity | undefined): string[] {
  return (e?.mentions ?? []).map((m) => text.slice(m.start, m.end));
}

// Warm-up at import, outside any test's time limit: the first call loads the gazetteer (built into
// graph-seed/.cache on a fresh checkout), the vocabulary and opencc's dictionaries.
extractDocument({ id: 'warm-up', text: '蘭考縣堅持“項目為王”。' });
