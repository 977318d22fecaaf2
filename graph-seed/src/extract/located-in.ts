// LOCATED_IN from what the sentence says (the place in the name, 落户/位于 X, 在X建设, X的/X东部 P, 在X，…), not from sharing a sentence.
import type { NSentence } from '../structure';
import type { Candidate, DocContext } from './context';
import { atSite, type Location, visitedSite } from './located-events';
import { maskedGap } from './text-utils';

/** Clause breaks: a place and a project on two sides of one are not linked by a locative. */
const BREAK = /[。；！？]/;
/** Words between a place and the project it holds: 嵩县东南部龙潭沟…, 洪梅镇的…, 县城区… */
const BETWEEN = /^(?:的|境内|辖区|东部|西部|南部|北部|中部|东南部|西南部|东北部|西北部|城区|镇区|片区|一带|建设的|投资的|新建的)?$/;
/** P 落户/位于/落地 X: the project is said to be at the place written after it. */
const AT_AFTER = /(?:落户|落户于|落户到|落地|落地于|位于|坐落于|坐落在|选址|选址于|建在|布局在|布局于|入驻)$/;
/** P(项目)在X开工/落地/建设: the place after 在 is where the project is, when a verb of building follows it. */
const AT_IN = /^(?:项目)?(?:已|将|正式|顺利|成功|近日|日前|今年|于近日)?在$/;
const BUILT_THERE = /^[^，。；]{0,6}?(?:开工|动工|奠基|落地|建设|投产|开园|竣工|启动|实施|举行[^，。；]{0,4}(?:开工|奠基|投产|竣工))/;
/** P 落户/位于 我县/本市: the document's own place. */
const AT_SELF = /^(?:项目)?[^，。；§]{0,6}?(?:落户|落地|位于|坐落于|坐落在|选址|建在)(?:于|到|在)?(?:我|本)[县市区]/;
/** Projects listed before this one (masked as §) share the place written before the list: X镇的A、B项目. */
const PROJECTS_BEFORE = /(?:§(?:项目)?(?:[、和及]|以及))+$/;
/** Projects listed after this one share the verb after the list: A、B等项目落户X. */
const PROJECTS_AFTER = /^(?:(?:[、和及]|以及)§(?:项目)?)+(?:等[^，。；]{0,6}?项目)?/;
/** 在 X … 建设/实施 P: the place after 在 is where the work is done. */
const IN_BEFORE = /在$/;
const BUILD_VERB = /(?:建设|实施|开工|投资|打造|新建|建成|谋划|推进|落地|签约|启动|考察|参观|调研)/;
/**
 * P签约落地, P成功落户: the project is said to land with no place written after the verb, so it lands where the
 * sentence's subject is (上犹县…，P签约落地) or, without one, in the document's own place.
 */
const LANDS = /^(?:项目)?(?:已|正式|成功|顺利|即将|将|于近日|近日)?(?:签约)?(?:落地|落户|入驻)(?:投产|开工|建设)?(?:[，,。；！]|$)/;
/** A sentence opening before its subject: 据悉，今年5月，/ 近年来，/ 3月12日，/ 据了解，此次 */
const OPENING =
  /^(?:(?:据悉|据了解|据介绍|近日|日前|目前|近年来|今年以来|年初以来|今年|去年|当前|此次|本次|这次|[\d一二三四五六七八九十〇]+(?:年|月|日|号))+[^，。；]{0,6}?[，,]?)*$/;
/** The subject of the sentence when it opens with a county, city or township (上犹县在…中，对接了…). */
function subjectOf(text: string, s: NSentence, coded: Candidate[]): Candidate | undefined {
  const first = [...coded].sort((a, b) => a.nStart - b.nStart)[0];
  if (!first?.level || !['county', 'city', 'township'].includes(first.level)) return undefined;
  if (!OPENING.test(text.slice(s.nStart, first.nStart).trim())) return undefined;
  // 谷营镇的A项目 / 谷营镇、金水镇: the place modifies a name or opens a list; it is not the clause's subject.
  if (/^[的、和与及]/.test(text.slice(first.nEnd, first.nEnd + 1))) return undefined;
  return first;
}
/** Verbs by which the sentence's subject brings in a project: 上犹县对接了…P, 谷营镇签约引进P. */
const BRINGS_IN = /(?:对接|引进|招引|引入|签约|签下|招来)(?:了)?/;
/** …or carries it out in the same clause: 谷营镇实施P, 此次兰考县有A、B等4个项目集中开工. */
const CARRIES_OUT = /^(?:[^，,§]{0,8}?(?:实施|新建|建设|打造|推进|谋划|启动|开工|有(?!关|力|序|效|望|利)))/;

/** 我县/全县/县城/本市 before the project in its clause: the document's own place. */
const SELF = /(?:我|全|本)[县市区]|县城|市区|城区/;

const isPlaceWithCode = (c: Candidate) => c.type === 'Place' && !!c.code;

/**
 * Where a project is, from its sentence: the deepest place inside its name (0.9); a name starting with a bare
 * 县/市/区 (县产业集聚区) is the document's place (0.9); a place written right before it (X的P, X东部P; 0.85); 落户/位于 X
 * after it (0.85); 在X… before it in the clause, or a sentence opening with 在X， (0.8); P签约落地 with no place after
 * the verb, or the sentence's subject place bringing it in (X县…对接了P): the subject's place, else the document's
 * (0.7); 我县/全县 before it in the clause: the document's place (0.6). Nothing else: a project and a place merely in one sentence are not linked.
 */
export function locationsOf(
  doc: DocContext,
  s: NSentence,
  p: Candidate,
  places: Candidate[],
  docProvince: string | null,
  docPlace: string | null,
  projects: Candidate[] = [],
  allPlaces: Candidate[] = [],
): Location[] {
  const text = doc.norm.text;
  const others = projects.filter((x) => x !== p);
  const coded = places.filter(isPlaceWithCode);
  // A province in a project's name (广西生态铝基地, 浙江XX竹木有限公司…) is a brand or a firm's registration, not where it is.
  const related = (code: string) => !!doc.placeCode && (code.startsWith(doc.placeCode) || doc.placeCode.startsWith(code));
  const nested = coded.filter(
    (pl) =>
      pl.nStart >= p.nStart &&
      pl.nEnd <= p.nEnd &&
      pl.level !== 'province' &&
      (!docProvince || pl.code!.startsWith(docProvince)) &&
      // X市援建的P: the place that gives aid, not where P is.
      !/^[市县区]?(?:对口)?(?:援建|帮扶|支援)/.test(text.slice(pl.nEnd, pl.nEnd + 5)) &&
      // 鄂尔多斯羊绒集团年产…项目 in another city's text: the firm's home, not where it builds.
      !(doc.placeCode && !related(pl.code!) && /^[\u4e00-\u9fff]{1,8}?(?:集团|股份|有限公司|公司|控股)/.test(text.slice(pl.nEnd, p.nEnd))),
  );
  if (nested.length) {
    const deepest = [...nested].sort((a, b) => b.code!.length - a.code!.length || a.nStart - b.nStart)[0]!;
    // 位于X县Y镇Z村的X县…项目: the place written before says more than the county in the name.
    const finer = coded
      .filter((pl) => pl.nEnd <= p.nStart && BETWEEN.test(text.slice(pl.nEnd, p.nStart)) && pl.code!.startsWith(deepest.code!))
      .sort((a, b) => b.code!.length - a.code!.length)[0];
    return [{ to: (finer ?? deepest).id, confidence: 0.9 }];
  }
  if (docPlace && /^[县市区](?!级)/.test(text.slice(p.nStart, p.nEnd))) return [{ to: docPlace, confidence: 0.9 }];
  // 秀山滑泥主题公园 in a text that names 秀山乡: a township or village the text names, written short at the head of the name.
  const short = shortPlaceAtStart(text.slice(p.nStart, p.nEnd), allPlaces, doc.placeCode);
  if (short) return [{ to: short, confidence: 0.85 }];
  const out: Location[] = [];
  const deepestOf = (list: Candidate[]) => [...list].sort((a, b) => b.code!.length - a.code!.length || b.nStart - a.nStart)[0];
  // X (的|东部|境内) P.
  let before = coded.filter((pl) => pl.nEnd <= p.nStart && BETWEEN.test(text.slice(pl.nEnd, p.nStart)));
  // X镇的A、B项目: a place written before a list holds every item of it, when nothing nearer places this one.
  if (!before.length)
    before = coded.filter(
      (pl) =>
        pl.nEnd <= p.nStart &&
        p.nStart - pl.nEnd <= 60 &&
        // 鹿邑A二期、B园区: the place inside the first item's name is that item's, not the list's.
        !others.some((x) => x.nStart <= pl.nStart && x.nEnd >= pl.nEnd) &&
        BETWEEN.test(maskedGap(text, pl.nEnd, p.nStart, others).replace(PROJECTS_BEFORE, '')),
    );
  // A chain 潭头镇大王庙村P: the deepest of the places written back to back.
  if (before.length) out.push({ to: deepestOf(before)!.id, confidence: 0.85 });
  if (!out.length) {
    // P 落户/位于 X; A、B等项目落户X; P项目总投资5亿元，位于X; P项目在X开工.
    const gapTo = (pl: Candidate) =>
      maskedGap(text, p.nEnd, pl.nStart, others)
        .replace(PROJECTS_AFTER, '')
        .replace(/[，,\s]/g, '');
    let after = coded.find((pl) => {
      if (pl.nStart < p.nEnd || pl.nStart - p.nEnd > 40) return false;
      const gap = gapTo(pl);
      return gap.length <= 20 && !gap.includes('§') && AT_AFTER.test(gap);
    });
    let viaIn = false;
    if (!after) {
      after = coded.find((pl) => pl.nStart >= p.nEnd && pl.nStart - p.nEnd <= 12 && AT_IN.test(gapTo(pl)));
      viaIn = !!after;
    }
    // 落户南昌蒋巷镇: the deepest of the places written back to back.
    for (let next = after; next; ) {
      next = coded.find((pl) => pl.nStart === next!.nEnd && pl.code!.length > next!.code!.length);
      if (next) after = next;
    }
    // 在X举行签约仪式 says where the signing was, not where the project is: 在 needs a verb of building after the place.
    if (after && viaIn && !BUILT_THERE.test(text.slice(after.nEnd, s.nEnd))) after = undefined;
    if (after && !BREAK.test(text.slice(p.nEnd, after.nStart))) out.push({ to: after.id, confidence: viaIn ? 0.8 : 0.85 });
    // P落户我县: the document's own place.
    else if (
      docPlace &&
      AT_SELF.test(
        maskedGap(text, p.nEnd, s.nEnd, others)
          .replace(PROJECTS_AFTER, '')
          .replace(/[，,\s]/g, ''),
      )
    )
      out.push({ to: docPlace, confidence: 0.85 });
  }
  if (!out.length) {
    // 在X(…)建设 P, in the same clause; or the sentence opens with 在X，and lists what is there.
    const opening = coded.find((pl) => IN_BEFORE.test(text.slice(s.nStart, pl.nStart).trim()) && /^[，,]/.test(text.slice(pl.nEnd, pl.nEnd + 1)));
    const inX = coded.filter((pl) => pl.nEnd <= p.nStart && IN_BEFORE.test(text.slice(Math.max(s.nStart, pl.nStart - 1), pl.nStart)));
    const near = inX.filter((pl) => {
      const gap = text.slice(pl.nEnd, p.nStart);
      return gap.length <= 40 && !/[，,]/.test(gap.slice(0, 1)) && !BREAK.test(gap) && BUILD_VERB.test(gap);
    });
    const x = deepestOf(near) ?? opening;
    if (x && x.nEnd <= p.nStart) out.push({ to: x.id, confidence: 0.8 });
  }
  // X在P施工现场设立分会场: an event the place holds at the project's site.
  if (!out.length) {
    const site = atSite(doc, s, p, coded, others, docPlace);
    if (site) out.push(site);
  }
  if (!out.length) {
    const subject = subjectOf(text, s, coded);
    const rest = maskedGap(text, p.nEnd, s.nEnd, others).replace(PROJECTS_AFTER, '');
    // P签约落地 / A、B等项目成功落户: lands in the subject's place, else the document's.
    const lands = LANDS.test(rest.replace(/^[\s]+/, ''));
    // 上犹县…，对接了…的P: the subject brings the project in, in this clause or the one before it.
    const subjectEnd = subject?.nEnd ?? 0;
    const gap = subject && subjectEnd <= p.nStart ? maskedGap(text, subjectEnd, p.nStart, others) : '';
    const brought =
      !!subject &&
      subjectEnd <= p.nStart &&
      !BREAK.test(gap) &&
      (gap.match(/[，,]/g) ?? []).length <= 1 &&
      (BRINGS_IN.test(gap.slice(gap.search(/[，,]/) + 1)) || CARRIES_OUT.test(gap.replace(PROJECTS_BEFORE, '').replace(/§(?:项目)?(?:[、和及]|以及)/g, '')));
    if (lands || brought) {
      const to = subject?.id ?? (lands ? docPlace : null);
      if (to) out.push({ to, confidence: 0.7 });
    }
  }
  // …来X镇调研。…一行先后察看了A、B等项目: the sites of a visit to one place.
  if (!out.length) {
    const site = visitedSite(doc, s, p, coded, others, allPlaces);
    if (site) out.push(site);
  }
  if (!out.length && docPlace) {
    const clauseStart = Math.max(s.nStart, ...[...text.slice(s.nStart, p.nStart).matchAll(/[，,：:]/g)].map((m) => s.nStart + m.index + 1));
    // 县城西窑安置小区、城关幼儿园: 县城 inside another project's name says nothing of this one.
    if (SELF.test(maskedGap(text, clauseStart, p.nStart, others))) out.push({ to: docPlace, confidence: 0.6 });
    else if (listedByDocPlace(doc, s, p, coded, others, docPlace)) out.push({ to: docPlace, confidence: 0.6 });
  }
  return out;
}

/** One item of a list of projects, masked (§), with the words written after its name (§建设项目, §工程). */
const ITEM = '§(?:建设)?(?:项目|工程)?';
/** Words that open a list of projects (…项目中包括A、B; 分别是A、B; 该县A、B), the project being one of its items. */
const LIST_OPENS = new RegExp(
  `(?:包括|分别是|分别为|主要有|其中有|有|(?:我|全|该|本)[县市区镇乡旗](?:的)?)[:：]?(?:[^，,、§]{0,16}?的)?(?:${ITEM}(?:[、和及]|以及)(?:[^，,、§]{0,16}?的)?)*$`,
);
/** …or that close it with a count: A、B等4个重大项目. */
const LIST_COUNTED = new RegExp(`^(?:建设)?(?:项目|工程)?(?:(?:[、和及]|以及)${ITEM})*等?[\\d一二三四五六七八九十百]+(?:个|项|批)[^，。；]{0,6}?项目`);
/** The document's own place speaking as subject: 全县、该县、我镇 … */
const SELF_SUBJECT = /(?:我|全|该|本)[县市区镇乡旗]/;

/**
 * A project listed as the document's place's own (全县…新引进项目中包括A、B; 此次该县有A、B等4个项目开工): the place is
 * the sentence's subject (its name or 全县/该县 before the list) and the list is the object, so its items are there.
 * Not when the sentence names another place before the project that could hold it.
 */
function listedByDocPlace(doc: DocContext, s: NSentence, p: Candidate, coded: Candidate[], others: Candidate[], docPlace: string): boolean {
  const text = doc.norm.text;
  const code = doc.placeCode ?? '';
  if (code.length < 6) return false;
  const beforeText = maskedGap(text, s.nStart, p.nStart, others);
  const before = coded.filter((pl) => pl.nEnd <= p.nStart);
  if (before.some((pl) => !(code.startsWith(pl.code!) || pl.code!.startsWith(code)))) return false;
  // The place's name inside another item's name (忠县港区…工程) is no subject.
  const subject = SELF_SUBJECT.test(beforeText) || before.some((pl) => pl.id === docPlace && !others.some((o) => o.nStart <= pl.nStart && pl.nEnd <= o.nEnd));
  if (!subject) return false;
  // 本次集中开工的12个项目，包括：A、B: the opener stands before the colon, so the clause runs back over it.
  const clauseStart = Math.max(s.nStart, ...[...text.slice(s.nStart, p.nStart).matchAll(/[，,]/g)].map((m) => s.nStart + m.index + 1));
  const clause = maskedGap(text, clauseStart, p.nStart, others);
  return LIST_OPENS.test(clause) || LIST_COUNTED.test(maskedGap(text, p.nEnd, s.nEnd, others));
}

/** A township's or village's name without its designation: 秀山乡 → 秀山, 姚湾村 → 姚湾, 北辛街道 → 北辛. */
const LOCAL_DESIGNATION = /(?:街道办事处|街道|镇|乡|苏木|社区|村)$/;

/**
 * A project named after a township or village the text names in full, written short at the head of its name (秀山滑泥
 * 主题公园 in a text that names 秀山乡): that place, even where the short form is also another place's (秀山 is a county
 * of Chongqing too), since the text itself says which one it means. Places inside the document's county only, a short
 * form of two letters or more with three more letters of name after it, and only when one place fits.
 */
export function shortPlaceAtStart(name: string, allPlaces: readonly Candidate[], placeCode: string | null): string | null {
  const scope = placeCode ? placeCode.slice(0, 6) : null;
  const fits = new Map<string, number>();
  for (const pl of allPlaces) {
    if (!pl.code || (pl.level !== 'township' && pl.level !== 'village')) continue;
    if (scope && !pl.code.startsWith(scope)) continue;
    const stem = pl.name.replace(LOCAL_DESIGNATION, '');
    if (stem.length < 2 || stem === pl.name || name.startsWith(pl.name)) continue;
    if (name.startsWith(stem) && name.length >= stem.length + 3) fits.set(pl.id, Math.max(fits.get(pl.id) ?? 0, stem.length));
  }
  if (!fits.size) return null;
  const best = Math.max(...fits.values());
  const top = [...fits].filter(([, n]) => n === best);
  return top.length === 1 ? top[0]![0] : null;
}
