// Public API of extraction: extractDocument(input) → entities, relations and warnings with offsets into the original text.
import { entityId } from '@policygraph/contract/model';
import { normalize } from '../normalize';
import { analyseStructure } from '../structure';
import { makeSentenceLookup, type Candidate, type DocContext } from './context';
import { EXTRACTORS } from './extractors';
import { inferDocumentPlace } from './doc-place';
import { firmsInProjects } from './extractors/organization-patterns';
import { townsHeadingProjects } from './extractors/place-project-heads';
import { projectListItems } from './extractors/project-list-items';
import { propagate } from './propagate';
import { buildRelations } from './relations';
import { buildEntities, dropPlacesInFirms, mergeFirmForms, mergePlacePrefixed, mergeProjectForms, mergeStrategyVariants, settle } from './resolve';
import type { DocumentInput, ExtractionResult, ExtractionWarning } from './types';

export type * from './types';
export { EXTRACTORS };

/**
 * Extracts Strategy, Project, Place and Organization entities and their relations from one document.
 * Pure and synchronous; never throws on odd text (damage is reported in `warnings`). The gazetteer table is
 * built into graph-seed/.cache on the first call of a fresh checkout (about a second), then loaded from there.
 */
export function extractDocument(input: DocumentInput): ExtractionResult {
  const original = input.text;
  const norm = normalize(original);
  const structure = analyseStructure(norm, original);
  const base: DocContext = { input, original, norm, structure, placeCode: input.placeCode ?? null, sentenceAt: makeSentenceLookup(structure.sentences) };
  const inference = input.placeCode ? null : inferDocumentPlace(base);
  const placeCode = input.placeCode ?? inference?.place?.code ?? null;
  const doc: DocContext = { ...base, placeCode };
  const raw: Candidate[] = [];
  for (const ex of EXTRACTORS) raw.push(...ex.extract(doc));
  raw.push(...projectListItems(doc, raw));
  raw.push(...firmsInProjects(doc, raw));
  raw.push(...townsHeadingProjects(doc, raw));
  raw.push(...propagate(doc, raw));
  const cands = mergeStrategyVariants(
    mergeFirmForms(base, mergeProjectForms(mergePlacePrefixed(dropPlacesInFirms(settle(raw), placeCode), placeCode), placeCode)),
  );
  const { entities, partOf } = buildEntities(doc, cands);
  const relations = [...buildRelations(doc, cands), ...partOf];
  return {
    document: {
      id: input.id,
      ...(input.file ? { file: input.file } : {}),
      ...(input.title ? { title: input.title } : {}),
      ...(input.encoding ? { encoding: input.encoding } : {}),
      script: norm.script,
      length: original.length,
      ...(placeCode ? { placeId: entityId.place(placeCode), placeInferred: !input.placeCode } : {}),
      sentences: structure.sentences.map(({ index, start, end, text, section }) => ({ index, start, end, text, section })),
      headings: structure.headings.map(({ start, end, level, marker, text }) => ({ start, end, level, marker, text })),
    },
    entities,
    relations,
    warnings: inference && !inference.place ? [...norm.warnings, placeUnknown(inference.candidates)] : norm.warnings,
  };
}

/** Said instead of guessing when neither the input nor the text decides the document's place. */
function placeUnknown(candidates: { name: string; score: number }[]): ExtractionWarning {
  const named = candidates.length ? `; the text names ${candidates.map((c) => c.name).join('、')} without deciding` : '';
  return {
    code: 'place-unknown',
    message: `the document's own place is not given and the text does not say it clearly${named}: short names, townships and the place's strategies are not read (give it with --place or the manifest)`,
  };
}
