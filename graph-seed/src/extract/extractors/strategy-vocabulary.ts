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
    const text = doc.norm.text;
    // A weak term must end its phrase: 全域旅游， 以城乡融合为…, not 全域旅游示范区 or 招商引资任务.
    const ends = (at: number) => !/[\u4e00-\u9fff]/.test(text[at] ?? '') || /^(?:[和及等的为暨、]|工作|建设|战略|行动|工程)/.test(text.slice(at, at + 2));
    // 入选全国乡村振兴百强县, 乡村振兴先进集体: the term names a ranking or an honour, not the programme pursued.
    const honour = (at: number) => /^(?:百强|十强|先进|优秀|标兵|红旗)(?:县|市|区|镇|乡|村|单位|集体|个人|示范)/.test(text.slice(at, at + 6));
    return scanVocabulary(v, text)
      .filter(({ form, entry, at }) => (!entry.weak || ends(at + form.length)) && !honour(at + form.length))
      .map(({ form, entry, at }) => ({
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
