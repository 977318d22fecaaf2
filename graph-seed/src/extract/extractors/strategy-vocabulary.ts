// Strategies from the curated vocabulary of national and Henan policy terms (aliases merged to one name).
import { entityId } from '@policygraph/contract/model';
import type { Candidate, DocContext, Extractor } from '../context';
import { scanVocabulary, strategyVocabulary } from '../vocabulary';

export const strategyId = entityId.strategy;

export const strategyVocabularyExtractor: Extractor = {
  id: 'strategy-vocabulary',
  entityType: 'Strategy',
  extract(doc: DocContext): Candidate[] {
    const v = strategyVocabulary();
    return scanVocabulary(v, doc.norm.text).map(({ form, entry, at }) => ({
      type: 'Strategy',
      id: strategyId(entry.name),
      name: entry.name,
      surface: form,
      nStart: at,
      nEnd: at + form.length,
      source: 'strategy-vocabulary',
      strength: 0.9,
      partOf: entry.partOf ? strategyId(entry.partOf) : undefined,
    }));
  },
};
