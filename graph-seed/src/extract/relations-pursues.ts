// PURSUES (Place → Strategy) from what the sentence says: who carries the programme out, or that no place does.
import { placeId } from '../gazetteer/divisions';
import { chainOf } from '../gazetteer/lexicon';
import type { NSentence } from '../structure';
import type { Candidate, DocContext } from './context';

/** What follows 全省/全市 when the level only ranks the place (全省首批, 全省第三批, 全市唯一, 全省前列). */
const RANKING = /^(?:首批|第[一二三四五六七八九十\d]+批|第[一二三四五六七八九十\d]|唯一|率先|前列|领先|排名|范围内|示范|试点|同类)/;

/** What follows a level that is only the source of a programme its places carry out (省委提出的X, 市委部署的X). */
const SOURCE_OF = /^(?:委|党委|政府|人民政府)?(?:[、和及]?(?:省|市|州|县|区)?(?:委|政府))*(?:提出|部署|确定|作出|制定|印发|出台)的/;
/**
 * A clause's opening before its subject: nothing, or a time or a connective (近年来，X县…; 2023年以来X镇…).
 * Only a place that opens its clause, and goes on with what it does, is the clause's subject.
 */
const CLAUSE_OPENER =
  /^(?:其中|这是|近年来|近年|今年以来|去年以来|自\S{0,8}以来|目前|当前|同时|此外|另外|近期|日前|据悉|据了解|与此同时|今年|去年|[\d一二三四五六七八九十〇]+年(?:以来|来)?|[\d]+月(?:份|以来)?|[\d]+月[\d]+日(?:上午|下午)?)?$/;
/** What a subject place does next: an adverb or a verb of the work (X镇坚持…, X县大力实施…, X村以…为抓手). */
const SUBJECT_NEXT =
  /^(?:县委县政府|市委市政府|区委区政府|党委政府|镇党委|乡党委|党委)?(?:就|还|也|已|始终|不断|坚持|深入|大力|全力|积极|持续|扎实|聚焦|围绕|实施|推进|推动|以|把|通过|按照|立足|依托|紧扣|紧盯|紧抓|着力|创新|探索|坚定|锚定|将|率先|全面|努力|加快|主动|深化|践行|落实|树牢|牢固|抢抓|抓住|紧紧|用好|打造|开展|启动|推行|高位|高标准|精心|认真|聚力|多措并举|狠抓|大抓|抓实|抓好|做好|全域|强力|奋力|勇当|争创|创建|积极|牢牢|加强|强化|今年|近年来)/;

/** Names of places written back to back before a subject (内乡县大桥乡). */
const PLACE_CHAIN = /[\u4e00-\u9fff]{1,7}?(?:自治[州县旗]|省|市|州|盟|县|区|旗|镇|乡|街道)/g;

/** Whether the place P opens its clause as the subject of what follows (近年来，甲镇坚持…; 甲县大力实施…). */
function isSubject(text: string, sStart: number, p: Candidate): boolean {
  let a = p.nStart;
  while (a > sStart && !/[，,。；：:\n！？]/.test(text[a - 1]!)) a--;
  // 内乡县大桥乡程岗村就…: the places written before it in one chain are its address, not another subject.
  if (!CLAUSE_OPENER.test(text.slice(a, p.nStart).replace(PLACE_CHAIN, ''))) return false;
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
    // The document's own place acts where it is followed by what it does (兰考树牢…), not where it names a thing (兰考X示范区).
    const isOwn = !!own && p.code === own && SUBJECT_NEXT.test(text.slice(p.nEnd, p.nEnd + 6));
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
    // 获评全省“…优秀县”, 列入全市…: the level gives the title or keeps the list, it does not pursue what is in it.
    if (/(?:获评|荣获|评为|入选|列入|纳入|获得)$/.test(text.slice(Math.max(s.nStart, pos - 3), pos))) continue;
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

/** A meeting or forum named after the programme (“A”座谈会, A推介会): the event is held, the programme not pursued. */
const EVENT_AFTER = /^”?[\u4e00-\u9fff]{0,4}?(?:座谈会|推介会|恳谈会|洽谈会|对接会|研讨会|发布会|论坛|大会|会议|培训班)/;
/** Words that speak for a place between another subject and the programme (…，我县实施A; …，县委提出A). */
const SELF_WORDS = /(?:我|全|该|本)(?:县|市|区|镇|乡|旗|州|省)|我们|县委|市委|区委|党委|政府/;
/** Verbs that carry a programme out or win a title; a copula clause (A是B的关键) without one states what the programme is. */
const PURSUIT_VERBS =
  /(?:实施|推进|推动|落实|践行|坚持|深化|打造|聚焦|围绕|开展|创建|争创|加快|助推|助力|抓好|树牢|树立|锚定|对标|贯彻|认定为|确定为|列为|命名为|评为|成为|入选|获批|获评|创成|建成)/;

/** Where the clause holding AT starts in the sentence. */
function clauseStart(text: string, sStart: number, at: number): number {
  let a = at;
  while (a > sStart && !/[，,。；：:\n！？]/.test(text[a - 1]!)) a--;
  return a;
}

/**
 * The places that pursue strategy M, from its sentence: the actor written before it (actorOf), else a place that is
 * the subject of the sentence after a fronted phrase (自“A”工作开展以来，甲村就…; 围绕A，甲镇…), else the document's
 * place, which speaks for itself in a local report (0.8; 1 when named in the sentence) — but no place where the
 * sentence says the programme is something (A是B的关键), quotes someone's words (“我们…助力A。”), names a meeting
 * after it (“A”座谈会), or has a project or a firm as the subject doing it (X项目…，打造A; X指挥部…为当地A注入动力).
 */
export function pursuersOf(doc: DocContext, m: Candidate, s: NSentence, list: Candidate[], allPlaces: Candidate[]): { id: string; confidence: number }[] {
  const text = doc.norm.text;
  if (EVENT_AFTER.test(text.slice(m.nEnd, m.nEnd + 8))) return [];
  // 实现“A”的生态项目, 由X对口援建的20多个项目: the programme qualifies projects, which serve it; no place is said to pursue it.
  if (/^”?的[^，。；、]{0,8}项目/.test(text.slice(m.nEnd, m.nEnd + 12))) return [];
  // 统筹推进经济发展、“三零”创建和民生保障等工作: a programme counted among ordinary works is work done, not pursued.
  if (
    /^[^，。；：]{0,30}?等(?:各项|重点|中心|日常)?(?:工作|任务)/.test(text.slice(m.nEnd, m.nEnd + 36)) &&
    /[、和及]/.test(text.slice(Math.max(s.nStart, m.nStart - 2), m.nEnd + 2))
  )
    return [];
  const places = list.filter((c) => c.type === 'Place');
  let actor = actorOf(doc, m, places, s, allPlaces);
  if (actor && !actor.explicit) {
    const later = places.find((p) => p.nStart >= m.nEnd && p.code && isSubject(text, s.nStart, p));
    const fronted = /^(?:自|围绕|为了?|在|按照|依托|借助|通过|随着|结合|立足|聚焦|紧扣|紧盯|抢抓|对标|锚定|践行|落实|贯彻|坚持|以)/.test(
      text.slice(s.nStart, s.nStart + 3),
    );
    const selfBetween = later && SELF_WORDS.test(text.slice(m.nEnd, later.nStart));
    if (later && fronted && !selfBetween) actor = { id: later.id, explicit: true };
  }
  if (!actor) return [];
  if (!actor.explicit) {
    // “我们打造的是…，助力A。”: a speaker's words, not the report's own statement.
    if (/^\s*[“「]/.test(text.slice(s.nStart, m.nStart))) return [];
    const cs = clauseStart(text, s.nStart, m.nStart);
    const before = text.slice(cs, m.nStart);
    // A是B的关键, X工程为2019年B项目, 为当地B注入动力: the clause says what the programme is or what serves it.
    if ((before === '' && text[m.nEnd] === '是') || (/(?:是|为|属于)[^，。；]{0,10}$/.test(before) && !PURSUIT_VERBS.test(before))) return [];
    // 项目涵盖了…，包括A; 其中，X项目总投资…，打造A; “X示范区”成功入选A: a project or a quoted thing is the subject.
    const first = text.slice(s.nStart, m.nStart).replace(/^(?:其中|同时|此外|另外|据了解|据悉|目前)[，,]?/, '');
    if (/^[^，。；]{0,30}?项目(?:总投资|计划|占地|建成|位于|由|是|已|将|于|共|规划|主要|预计|建设|涵盖|包括|涉及)/.test(first) && !SELF_WORDS.test(first))
      return [];
    if (/^(?:[^，。；“]{0,8}?)“[^”]{2,16}”(?:成功|已|先后|顺利|被)?(?:入选|获批|获评|列入|纳入)/.test(before)) return [];
    // The sentence's subject is a project or a firm (X项目总投资…，打造A): the programme is what it serves.
    const subject = list
      .filter((c) => (c.type === 'Project' || c.type === 'Organization') && c.nEnd <= m.nStart)
      .filter((c) => CLAUSE_OPENER.test(text.slice(clauseStart(text, s.nStart, c.nStart), c.nStart).replace(/^.*讯[）)]?|^.*报道[）)]/, '')))
      .at(-1);
    if (
      subject &&
      !SELF_WORDS.test(text.slice(subject.nEnd, m.nStart)) &&
      !places.some((p) => p.nStart > subject.nEnd && p.nEnd <= m.nStart && isSubject(text, s.nStart, p))
    )
      return [];
  }
  const named = actor.explicit || places.some((p) => p.id === actor.id);
  const out = [{ id: actor.id, confidence: named ? 1 : 0.8 }];
  // A strategy set by a higher level (开封市委“16136”) is also pursued by the document's place, which follows it.
  const docPlace = doc.placeCode ? placeId(doc.placeCode) : null;
  if (docPlace && actor.id !== docPlace && chainOf(doc.placeCode!).some((p) => placeId(p.code) === actor!.id)) out.push({ id: docPlace, confidence: 0.7 });
  return out;
}
