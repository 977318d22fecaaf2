// Relations read from the text, each with the sentences it rests on: PURSUES, LOCATED_IN, SERVES, PARTICIPATES_IN, Strategy PART_OF.
import { chainOf } from '../gazetteer/lexicon';
import { placeId } from '../gazetteer/divisions';
import type { NSentence } from '../structure';
import type { Candidate, DocContext } from './context';
import { locationsOf } from './located-in';
import { participatesConfidence } from './relations-participation';
import { servesConfidence } from './relations-serves';
import { frameStrategyNames } from './vocabulary';
import type { ExtractedRelation, RelationEvidence, RelationType } from './types';

const MAX_EVIDENCE = 5;

class RelationSet {
  private map = new Map<string, ExtractedRelation>();
  add(type: RelationType, from: string, to: string, s: NSentence | undefined, confidence: number): void {
    if (!s || from === to) return;
    const key = `${type}|${from}|${to}`;
    let r = this.map.get(key);
    if (!r) {
      r = { type, from, to, evidence: [], confidence, source: 'text' };
      this.map.set(key, r);
    }
    r.confidence = Math.max(r.confidence ?? 0, confidence);
    if (r.evidence.some((e) => e.index === s.index)) {
      const ev = r.evidence.find((e) => e.index === s.index)!;
      ev.confidence = Math.max(ev.confidence ?? 0, confidence);
      return;
    }
    if (r.evidence.length >= MAX_EVIDENCE) {
      // Keep the strongest evidence: replace the weakest when this one is stronger.
      let weakest = 0;
      r.evidence.forEach((e, i) => {
        if ((e.confidence ?? 1) < (r!.evidence[weakest]!.confidence ?? 1)) weakest = i;
      });
      if ((r.evidence[weakest]!.confidence ?? 1) >= confidence) return;
      r.evidence.splice(weakest, 1);
    }
    const ev: RelationEvidence = { sentence: s.text, start: s.start, end: s.end, index: s.index, confidence };
    r.evidence.push(ev);
    r.evidence.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  }
  list(): ExtractedRelation[] {
    return [...this.map.values()];
  }
}

/** What follows 全省/全市 when the level only ranks the place (全省首批, 全省第三批, 全市唯一, 全省前列). */
const RANKING = /^(?:首批|第[一二三四五六七八九十\d]+批|第[一二三四五六七八九十\d]|唯一|率先|前列|领先|排名|范围内|示范|试点|同类)/;

/** What follows a level that is only the source of a programme its places carry out (省委提出的X, 市委部署的X). */
const SOURCE_OF = /^(?:委|党委|政府|人民政府)?(?:[、和及]?(?:省|市|州|县|区)?(?:委|政府))*(?:提出|部署|确定|作出|制定|印发|出台)的/;
/**
 * A clause's opening before its subject: nothing, or a time or a connective (近年来，X县…; 2023年以来X镇…).
 * Only a place that opens its clause, and goes on with what it does, is the clause's subject.
 */
const CLAUSE_OPENER =
  /^(?:这是|近年来|近年|今年以来|去年以来|自\S{0,8}以来|目前|当前|同时|此外|另外|近期|日前|据悉|据了解|与此同时|今年|去年|[\d一二三四五六七八九十〇]+年(?:以来|来)?|[\d]+月(?:份|以来)?|[\d]+月[\d]+日(?:上午|下午)?)?$/;
/** What a subject place does next: an adverb or a verb of the work (X镇坚持…, X县大力实施…, X村以…为抓手). */
const SUBJECT_NEXT =
  /^(?:县委县政府|市委市政府|区委区政府|党委政府|镇党委|乡党委|党委)?(?:就|还|也|已|始终|不断|坚持|深入|大力|全力|积极|持续|扎实|聚焦|围绕|实施|推进|推动|以|把|通过|按照|立足|依托|紧扣|紧盯|紧抓|着力|创新|探索|坚定|锚定|将|率先|全面|努力|加快|主动|深化|践行|落实|树牢|牢固|抢抓|抓住|紧紧|用好|打造|开展|启动|推行|高位|高标准|精心|认真|聚力|多措并举|狠抓|大抓|抓实|抓好|做好|全域|强力|奋力|勇当|争创|创建|积极|牢牢|加强|强化|今年|近年来)/;

/** Whether the place P opens its clause as the subject of what follows (近年来，甲镇坚持…; 甲县大力实施…). */
function isSubject(text: string, sStart: number, p: Candidate): boolean {
  let a = p.nStart;
  while (a > sStart && !/[，,。；：:\n！？]/.test(text[a - 1]!)) a--;
  if (!CLAUSE_OPENER.test(text.slice(a, p.nStart))) return false;
  return SUBJECT_NEXT.test(text.slice(p.nEnd, p.nEnd + 6));
}

/** Who a strategy is attributed to, from the words before it in its sentence: 省委 → the province, 开封市委 → 开封市. */
function actorOf(doc: DocContext, m: Candidate, places: Candidate[], s: NSentence, allPlaces?: Candidate[]): { id: string; explicit: boolean } | null {
  const text = doc.norm.text;
  const before = text.slice(s.nStart, m.nStart);
  const chain = doc.placeCode ? chainOf(doc.placeCode) : [];
  const at = (lv: string) => chain.find((p) => p.level === lv);
  // The nearest preceding actor: a place named as one (“开封市委”), a place that is its clause's subject (“近年来，甲镇坚持…”),
  // the document's own place (“兰考树牢…”), or a bare role (“省委”, “全市”) standing for the document's province, city or county.
  // A level named as the source of the programme (省委提出的“换道领跑”战略) is not its actor: the places under it carry it out.
  let best: { pos: number; id: string } | null = null;
  const own = doc.placeCode;
  for (const p of places) {
    if (p.nEnd > m.nStart || p.nStart < s.nStart || !p.code) continue;
    // 开封市委“16136”, 甲村党总支大力实施…: the place's own organ acts for it.
    const asActor = /^(?:委|市委|县委|区委|省委|政府|人民政府|党委|党工委|党总支|党支部|两委|村委|提出|确定|实施)/.test(text.slice(p.nEnd, p.nEnd + 4));
    if (SOURCE_OF.test(text.slice(p.nEnd, p.nEnd + 12))) continue;
    const isOwn = !!own && p.code === own;
    if ((asActor || isOwn || isSubject(text, s.nStart, p)) && (!best || p.nStart > best.pos)) best = { pos: p.nStart, id: p.id };
  }
  const roleRe = /(省委|省政府|全省|市委|市政府|全市|区委|区政府|全区|县委|县政府|全县)/g;
  for (const r of before.matchAll(roleRe)) {
    const pos = s.nStart + r.index;
    if (best && best.pos > pos) continue;
    // “开封市委”: the role belongs to the place written right before it (handled above); “**市委”: masked, unknown.
    if (places.some((p) => p.nEnd === pos || p.nEnd === pos + 1) || text[pos - 1] === '*') continue;
    // 入选全省首批…示范县, 居全市第一: the level ranks the document's place, it does not pursue the programme.
    if (RANKING.test(text.slice(pos + r[0].length, pos + r[0].length + 6))) continue;
    // 省委提出的…, 市委部署的…: the level is the programme's source.
    if (SOURCE_OF.test(text.slice(pos + r[0].length - 1, pos + r[0].length + 12))) continue;
    const lv = r[0].startsWith('省') || r[0] === '全省' ? 'province' : r[0].includes('市') ? 'city' : 'county';
    const p = lv === 'county' ? (at('county') ?? at('city')) : at(lv);
    if (p) best = { pos, id: placeId(p.code) };
  }
  // 该村/全村/该镇 …: the village or township the text last named stands for itself (近年来，该村把…打造…).
  for (const r of before.matchAll(/(?:该|全|本)(村|镇|乡)/g)) {
    const pos = s.nStart + r.index;
    if (best && best.pos > pos) continue;
    const level = r[1] === '村' ? 'village' : 'township';
    const named = (allPlaces ?? []).filter((p) => p.nEnd <= pos && p.level === level).at(-1);
    if (named) best = { pos, id: named.id };
  }
  if (best) return { id: best.id, explicit: true };
  if (doc.placeCode) return { id: placeId(doc.placeCode), explicit: false };
  return null;
}

/** All text relations of one document, from its settled candidates. */
export function buildRelations(doc: DocContext, cands: Candidate[]): ExtractedRelation[] {
  const rels = new RelationSet();
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) {
    const s = doc.sentenceAt(c.nStart);
    if (!s) continue;
    const list = bySentence.get(s.index) ?? [];
    list.push(c);
    bySentence.set(s.index, list);
  }
  const sentences = doc.structure.sentences;
  // Strategies named in each heading, for projects that sit under it.
  const headingStrategies = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.type !== 'Strategy') continue;
    const s = doc.sentenceAt(c.nStart);
    if (!s) continue;
    const h = doc.structure.headings[s.headingIndex];
    if (h && c.nStart >= h.nStart && c.nEnd <= h.nEnd) {
      const list = headingStrategies.get(s.headingIndex) ?? [];
      list.push(c);
      headingStrategies.set(s.headingIndex, list);
    }
  }
  const docPlace = doc.placeCode ? placeId(doc.placeCode) : null;
  const docChain = doc.placeCode ? chainOf(doc.placeCode) : [];
  const docProvince = docChain.find((p) => p.level === 'province')?.code ?? null;

  const allPlaces = cands.filter((c) => c.type === 'Place' && c.code);
  const frames = frameStrategyNames();
  for (const [si, list] of bySentence) {
    const s = sentences[si]!;
    const places = list.filter((c) => c.type === 'Place');
    const strategies = list.filter((c) => c.type === 'Strategy');
    const projects = list.filter((c) => c.type === 'Project');
    const orgs = list.filter((c) => c.type === 'Organization');

    for (const m of strategies) {
      const actor = frames.has(m.name) ? null : actorOf(doc, m, places, s, allPlaces);
      if (actor) {
        const named = actor.explicit || places.some((p) => p.id === actor.id);
        rels.add('PURSUES', actor.id, m.id, s, named ? 1 : 0.8);
        // A strategy set by a higher level (省委提出的…) is also pursued by the document's place, which follows it.
        if (docPlace && actor.id !== docPlace && docChain.some((p) => placeId(p.code) === actor.id)) rels.add('PURSUES', docPlace, m.id, s, 0.7);
      }
      if (m.partOf && cands.some((c) => c.id === m.partOf)) rels.add('PART_OF', m.id, m.partOf, s, 0.6);
    }

    for (const p of projects) {
      for (const loc of locationsOf(doc, s, p, places, docProvince, docPlace, projects)) rels.add('LOCATED_IN', p.id, loc.to, s, loc.confidence);
      for (const st of strategies) {
        const c = servesConfidence(doc.norm.text, s, p, st, projects);
        if (c) rels.add('SERVES', p.id, st.id, s, c);
      }
      // A heading that names one strategy (一、深入实施乡村振兴战略) is the aim of the projects under it; one that names
      // several (一、实施A和B) does not say which project serves which, so it links none.
      const headed = new Set((headingStrategies.get(s.headingIndex) ?? []).map((st) => st.id));
      if (!strategies.length && headed.size === 1) rels.add('SERVES', p.id, [...headed][0]!, s, 0.5);
      for (const o of orgs) {
        const c = participatesConfidence(doc.norm.text, s, p, o, orgs, projects);
        if (c) rels.add('PARTICIPATES_IN', o.id, p.id, s, c);
      }
    }
  }
  return rels.list();
}
