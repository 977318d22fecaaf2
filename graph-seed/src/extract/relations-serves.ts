// SERVES (Project → Strategy) from what the sentence says: the project said to serve the strategy, listed as the
// programme's own, or built with the strategy as its stated aim. Its own module, so the rules change apart from the others.
import type { NSentence } from '../structure';
import type { Candidate, DocContext } from './context';
import { maskedGap } from './text-utils';
import { strategyVocabulary } from './vocabulary';

/**
 * Words that make the strategy after them the aim of the work around it (围绕乡村振兴实施…, 助力共同富裕), tested
 * without the quote that opens the strategy. Single letters like 为/是 are no cue here: inside a slogan (化整为零) or a
 * clause they say nothing of an aim.
 */
const SERVE_BEFORE = /(?:围绕|服务于?|服务保障|助力|助推|支撑|聚焦|紧扣|紧盯|践行|落实|对接|融入|实施|推进|按照|依托|列入|纳入|作为)[^，。；“”]{0,4}$/;
/**
 * Words between a project and the strategy it serves, in one clause (X项目助力乡村振兴, X是“十四五”规划…的重点项目,
 * X入选“…”试点, X为2019年百项重点关注项目).
 */
const SERVE_BETWEEN =
  /^[^，。；]{0,12}?(?:助力|助推|服务于?|支撑|推动|为|是|列入|纳入|属于|作为|入选|获批|列为|被列为|确定为|被确定为|成功申报|获评|被评为)[^，。；]*$/;
/**
 * Words between a programme and the projects listed as its own: “百城提质”工程重点项目A、B, S行动建设项目：A、B,
 * S的首批示范项目A (other projects masked as §, so every item of the list is reached).
 */
const PROGRAMME_ITEMS =
  /^的?[^，。；、§]{0,4}?(?:重点|重大|首批|第[一二三四五六七八九十\d]+批|示范|标志性|支撑性|骨干|建设|储备|试点|开工|签约|投产|竣工|集中)*项目(?:有|包括|为|是)?[：:]?(?:§(?:项目)?(?:[、和及，]|以及))*$/;
/** A verb that says the subject helps the strategy after it (P…，助推打造S, P…，服务S). */
const HELPS = /(?:助推|助力|服务于?|支撑|赋能|推动|促进)[^，。；：“”§]{0,6}$/;
/** Words that may open a clause before its subject (其中，P…; 目前P…). */
const CLAUSE_OPENER = /^(?:其中|同时|目前|此外|另外|该|今年|去年)?$/;

/**
 * SERVES only where the sentence says so: the project is said to serve it, in one clause (X助力S, X是S…的项目,
 * X入选S: 0.9); the project is listed as one of the programme's (S重点项目A、B: 0.85); the strategy is introduced as the
 * aim (围绕/服务/助力/践行/落实… S, the project in the same or the next clause: 0.8); the project opens its clause and a
 * later clause of its sentence says it helps the strategy (P项目总投资2亿元，…，助推打造S: 0.8), no other project
 * between. A project and a strategy that merely share a sentence are not linked.
 */
export function servesConfidence(text: string, s: NSentence, p: Candidate, st: Candidate, projects: Candidate[]): number {
  if (p.nEnd <= st.nStart && SERVE_BETWEEN.test(text.slice(p.nEnd, st.nStart))) return 0.9;
  const others = projects.filter((x) => x !== p);
  if (st.nEnd <= p.nStart && PROGRAMME_ITEMS.test(maskedGap(text, st.nEnd, p.nStart, others))) return 0.85;
  // The aim reaches the project in its own clause or the next one only (实施S，推进A, not 实施S，推进…，加快…，推进A).
  const clausesBetween = (text.slice(st.nEnd, p.nStart).match(/[，,：:]/g) ?? []).length;
  if (st.nEnd <= p.nStart && clausesBetween <= 1 && SERVE_BEFORE.test(text.slice(Math.max(s.nStart, st.nStart - 8), st.nStart).replace(/“$/, ''))) return 0.8;
  if (p.nEnd <= st.nStart && st.nStart - p.nEnd <= 80) {
    let a = p.nStart;
    while (a > s.nStart && p.nStart - a <= 8 && !/[，。；：\n]/.test(text[a - 1]!)) a--;
    const opens = CLAUSE_OPENER.test(text.slice(a, p.nStart));
    const gap = maskedGap(text, p.nEnd, st.nStart, others);
    if (opens && !gap.includes('§') && gap.includes('，') && HELPS.test(gap.replace(/“$/, ''))) return 0.8;
  }
  return 0;
}

/**
 * A project named after the strategy it carries out (X乡村振兴示范园 → 乡村振兴, “上大关小”焦化技改 → 上大关小): the
 * strategy's name, as the document writes it elsewhere (three letters or more), inside the project's name.
 */
export function strategiesNamedIn(p: Candidate, strategies: readonly Candidate[]): string[] {
  const name = p.name.replace(/[“”]/g, '');
  const out = new Set<string>();
  for (const st of strategies) {
    const entry = strategyVocabulary().byForm.get(st.name);
    const forms = [st.name, st.surface.replace(/[“”]/g, ''), ...(entry ? [entry.name, ...entry.aliases] : [])];
    if (forms.some((f) => f.length >= 3 && name.includes(f) && f !== name)) out.add(st.id);
  }
  return [...out];
}

/** A verb that states what the work is for, right before the strategy (助力乡村振兴, 推动共同富裕). */
const AIM_VERB = /(?:助力|助推|服务于?|推动|促进|赋能|带动)[^，。；“”]{0,2}$/;

/**
 * A story about one project (it is named in three or more sentences, every other project in at most one): the
 * strategies the story says its work is for (…，助力乡村振兴) are the project's aims, 0.6, unless the sentence gives the aim
 * to the place (我县推动S, 县委…). Evidence: the sentence of the aim.
 */
export function servesOfStory(doc: DocContext, cands: readonly Candidate[]): { from: string; to: string; s: NSentence; confidence: number }[] {
  const text = doc.norm.text;
  const sentencesOf = new Map<string, Set<number>>();
  for (const c of cands) {
    if (c.type !== 'Project') continue;
    const s = doc.sentenceAt(c.nStart);
    if (!s) continue;
    const set = sentencesOf.get(c.id) ?? new Set<number>();
    set.add(s.index);
    sentencesOf.set(c.id, set);
  }
  const ranked = [...sentencesOf].sort((a, b) => b[1].size - a[1].size);
  const [top, next] = ranked;
  if (!top || top[1].size < 3 || (next && next[1].size > 1)) return [];
  const out: { from: string; to: string; s: NSentence; confidence: number }[] = [];
  for (const c of cands) {
    if (c.type !== 'Strategy') continue;
    const s = doc.sentenceAt(c.nStart);
    if (!s || !AIM_VERB.test(text.slice(Math.max(s.nStart, c.nStart - 6), c.nStart).replace(/“$/, ''))) continue;
    // 我县推动S, 全市助力S: the place's aim, said of all its work, not this project's.
    if (/(?:我|全|本)[县市区省镇乡旗州]|[县市区]委|[县市区]政府/.test(text.slice(s.nStart, c.nStart))) continue;
    out.push({ from: top[0], to: c.id, s, confidence: 0.6 });
  }
  return out;
}
