// The corpus-wide reuse pass: stored sentences in, REUSES relations out (passages → MinHash/LSH → confirmed pairs).
import { isNationalBoilerplate, quotesTheCentre } from './boilerplate';
import { findReuse, reuseRelations, type ReuseOptions, type ReuseRelation, type ReuseStats } from './find-reuse';
import { passagesOf, type CorpusSentence } from './passages';

export type { CorpusSentence } from './passages';
export type { ReusePair, ReuseRelation, ReuseStats } from './find-reuse';

/** Finds text reuse between the documents of a corpus, national boilerplate left out. */
export function corpusReuse(
  sentences: readonly CorpusSentence[],
  options: ReuseOptions = {},
): { relations: ReuseRelation[]; stats: ReuseStats & { sentences: number; quotingTheCentre: number } } {
  const kept = sentences.filter((s) => !quotesTheCentre(s.text));
  const { pairs, stats } = findReuse(
    kept.flatMap((s) => passagesOf(s)),
    { skip: isNationalBoilerplate, ...options },
  );
  return { relations: reuseRelations(pairs), stats: { ...stats, sentences: sentences.length, quotingTheCentre: sentences.length - kept.length } };
}
