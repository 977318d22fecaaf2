// Splits sentences into passages, the unit of text reuse: clauses, short ones joined to the next, with offsets into the original text.
import { wording } from './minhash';

/** A stretch of one sentence: what reuse compares. Offsets are into the document's original text. */
export interface Passage {
  documentId: string;
  /** Index of the sentence it belongs to (`<documentId>#<index>` is the Sentence id). */
  sentence: number;
  start: number;
  end: number;
  text: string;
  date: string | null;
}

/** One sentence of the corpus as the reuse pass reads it. */
export interface CorpusSentence {
  documentId: string;
  index: number;
  /** Offset of the sentence in the document's original text. */
  start: number;
  text: string;
  date: string | null;
}

const CLAUSE_END = /[，,；;：:。！!？?]/;

/**
 * Clauses of a sentence, each joined to the next until it has `minChars` wording characters. Chinese policy
 * sentences run to many clauses and a place takes over a clause or two, not the whole sentence, so whole
 * sentences would hide most reuse behind the words around it.
 */
export function passagesOf(s: CorpusSentence, minChars = 8): Passage[] {
  // Cut points: after each clause mark that closes a stretch of at least minChars wording characters.
  const cuts: number[] = [0];
  for (let i = 0; i < s.text.length; i++) {
    if (CLAUSE_END.test(s.text[i]!) && wording(s.text.slice(cuts[cuts.length - 1], i + 1)).length >= minChars) cuts.push(i + 1);
  }
  if (cuts[cuts.length - 1] !== s.text.length) {
    // A short tail joins the passage before it rather than standing alone.
    if (cuts.length > 1 && wording(s.text.slice(cuts[cuts.length - 1])).length < minChars) cuts.pop();
    cuts.push(s.text.length);
  }
  const out: Passage[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const raw = s.text.slice(cuts[c], cuts[c + 1]);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (wording(text).length < minChars) continue;
    out.push({
      documentId: s.documentId,
      sentence: s.index,
      start: s.start + cuts[c]! + lead,
      end: s.start + cuts[c]! + lead + text.length,
      text,
      date: s.date,
    });
  }
  return out;
}
