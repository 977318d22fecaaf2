// National boilerplate: sentences made mostly of national formulas (两个维护, 四个意识 …) that every document quotes.
import { scanVocabulary, strategyVocabulary } from '../extract/vocabulary';
import { wording } from './minhash';

/** Share of a sentence's wording that national formulas may fill before the sentence counts as boilerplate. */
const NATIONAL_SHARE = 0.25;
/** Words that mark a passage as quoting the centre (its leader, its congresses), which every document does. */
const QUOTES_THE_CENTRE = /习近平|總書記|总书记|党中央|黨中央|二十大|十九大|新时代中国特色社会主义/;

/**
 * True when national-scope vocabulary terms make up at least a quarter of a passage's wording: such a
 * sentence is the same in every document because it quotes the centre, not because one place took it from
 * another. A sentence that names a national strategy in passing (实施乡村振兴战略，建设…) is kept.
 */
/**
 * True when a sentence quotes the centre (习近平总书记强调…, 党中央…, 二十大精神): all of it is left out, since the
 * clause after “总书记强调，” is the quotation even though it does not name him.
 */
export function quotesTheCentre(sentence: string): boolean {
  return QUOTES_THE_CENTRE.test(sentence);
}

export function isNationalBoilerplate(text: string): boolean {
  const v = strategyVocabulary();
  const length = wording(text).length;
  if (length === 0) return false;
  let covered = 0;
  for (const hit of scanVocabulary(v, text)) if (hit.entry.scope === 'national') covered += wording(hit.form).length;
  return covered / length >= NATIONAL_SHARE;
}
