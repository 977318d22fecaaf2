// Normalisation: the cleaned Simplified text the extractors read, mapped back to the original for every letter.
import type { ExtractionWarning } from '../extract/types';
import { clean } from './clean';
import { compose, toOriginal, type OffsetText } from './offset-text';
import { detectScript, toSimplified, type Script } from './script';

export interface NormalizedText extends OffsetText {
  script: Script;
  warnings: ExtractionWarning[];
}

/** Cleans and converts ORIGINAL to Simplified; `start`/`end` map each normalised letter back to ORIGINAL. */
export function normalize(original: string): NormalizedText {
  const warnings: ExtractionWarning[] = [];
  const cleaned = clean(original, warnings);
  const { script } = detectScript(cleaned.text);
  const mapped = script === 'simplified' ? cleaned : compose(cleaned, toSimplified(cleaned.text));
  return { ...mapped, script, warnings };
}

export { toOriginal };
export type { OffsetText };
