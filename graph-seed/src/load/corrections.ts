// A document as analysts corrected it (curations of its title, date or place), applied to its manifest entry before extraction.
import type { DocumentCorrection } from '@policygraph/contract/curation';
import { countyLevelDivisions } from '../gazetteer/divisions';
import type { DocumentMeta } from './document-rows';

/**
 * The manifest entry with the analyst's corrections: the place replaces the manifest's (or the inferred) one, so
 * extraction reads 我县/全市, townships and LOCATED_IN in the corrected place; the title feeds the place cues; the
 * date is the document's. A place code the gazetteer does not hold is left out (the curation names it, the
 * server checked it when it was made).
 */
export function correctedMeta<M extends DocumentMeta>(meta: M, correction: DocumentCorrection | undefined): M {
  if (!correction) return meta;
  const out: M = { ...meta };
  if (correction.title) out.title = correction.title;
  if (correction.date) {
    out.date = correction.date;
    out.dateInferred = false;
  }
  const division = correction.placeCode ? countyLevelDivisions().get(correction.placeCode) : undefined;
  if (division) out.place = { name: division.name, code: division.code, inferred: false, reason: 'curation' };
  return out;
}
