// Where each strategy of one document comes from (national, provincial, local): the vocabulary's scope, else a cue before a mention, else the document's level.
import type { PlaceLevel, ScopeBasis, StrategyScope } from '@policygraph/contract/model';
import type { ExtractionResult } from './types';
import { strategyVocabulary } from './vocabulary';

/** What one document says about a strategy's origin; the Strategy node keeps the highest-ranked over its documents. */
export interface ScopeCue {
  scope: StrategyScope;
  basis: ScopeBasis;
  /** The words the decision rests on: the vocabulary name, the cue as written (“省委提出的”), or the document's place level. */
  reason: string;
  /** Index of the sentence holding the cue (text cues only). */
  sentence?: number;
  /** Higher wins across documents: the vocabulary over any cue, a national cue over a provincial one over a local one, a cue over a default. */
  rank: number;
}

/**
 * Cues that name who put a term forward, read in the clause just before a mention (“省委提出的“两个确保””,
 * “党中央作出的乡村振兴战略”, “我市首创的…”). Only the same clause counts: “落实中央部署，实施X” says nothing about X.
 * Traditional forms are listed beside Simplified ones because cues are read in the original text.
 */
const CUES: readonly { scope: StrategyScope; rank: number; re: RegExp }[] = [
  { scope: 'national', rank: 30, re: /(党中央|黨中央|中央|国务院|國務院|国家|國家|总书记|總書記|全国|全國)/ },
  { scope: 'provincial', rank: 20, re: /(省委|省政府|省里|全省|省第[一二三四五六七八九十]+次党代会|省党代会)/ },
  {
    scope: 'local',
    rank: 15,
    re: /(我市|我县|我縣|我区|我區|本市|本县|本縣|本区|本區|市委|县委|縣委|区委|區委)[^，,。；;]{0,4}(首创|首創|独创|獨創|首倡|提出|探索|总结|總結|创造|創造|打造)/,
  },
];
/** How far before a mention a cue may stand (characters), within the clause. */
const CUE_WINDOW = 16;
const CLAUSE_BREAK = /[，,。；;！!？?：:\n]/;

const RANK = { vocabulary: 40, default: 10 } as const;

/** The clause of `text` ending at `at`, at most CUE_WINDOW characters long. */
function clauseBefore(text: string, at: number, floor: number): string {
  let from = Math.max(floor, at - CUE_WINDOW);
  const window = text.slice(from, at);
  for (let i = window.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(window[i]!)) {
      from += i + 1;
      break;
    }
  }
  return text.slice(from, at);
}

/** The strongest cue before any mention of a strategy in this document, if one says who put it forward. */
function textCue(result: ExtractionResult, original: string, mentions: { start: number; sentence?: number }[]): ScopeCue | undefined {
  let best: ScopeCue | undefined;
  for (const m of mentions) {
    const sentence =
      m.sentence !== undefined ? result.document.sentences[m.sentence] : result.document.sentences.find((s) => s.start <= m.start && m.start < s.end);
    const before = clauseBefore(original, m.start, sentence?.start ?? 0);
    for (const cue of CUES) {
      const hit = cue.re.exec(before);
      if (!hit || (best && best.rank >= cue.rank)) continue;
      best = { scope: cue.scope, basis: 'text', reason: before.slice(hit.index), rank: cue.rank, ...(sentence ? { sentence: sentence.index } : {}) };
    }
  }
  return best;
}

/**
 * The origin of every strategy of a document. The curated vocabulary's `scope` is a property of the term and
 * wins; otherwise a cue in the text; otherwise the term is taken as the document's own place's: a term outside
 * the national and provincial vocabulary first met in a city's or county's document is that locality's coinage
 * until a document of a higher level, or a cue, says otherwise.
 */
export function strategyScopes(result: ExtractionResult, original: string, placeLevel: PlaceLevel | null): Map<string, ScopeCue> {
  const vocabulary = strategyVocabulary();
  const out = new Map<string, ScopeCue>();
  for (const e of result.entities) {
    if (e.type !== 'Strategy') continue;
    const entry = vocabulary.byForm.get(e.name);
    if (entry?.scope) {
      out.set(e.id, { scope: entry.scope, basis: 'vocabulary', reason: entry.name, rank: RANK.vocabulary });
      continue;
    }
    const cue = textCue(result, original, e.mentions);
    if (cue) {
      out.set(e.id, cue);
      continue;
    }
    const level = placeLevel ?? 'county';
    const scope: StrategyScope = level === 'country' ? 'national' : level === 'province' || level === 'region' ? 'provincial' : 'local';
    out.set(e.id, { scope, basis: 'default', reason: level, rank: RANK.default });
  }
  return out;
}
