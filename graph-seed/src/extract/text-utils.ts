// Shared helpers for the pattern extractors: letter classes, left boundaries, list splitting, name cleaning.
import { placeLexicon } from '../gazetteer/lexicon';

export const isHan = (c: string | undefined) => !!c && /[\u3400-\u9fff]/.test(c);

/** Verbs and adverbs that open a clause before a named thing; stripped from the left of a name (longest first). */
export const LEADING_WORDS =
  '向|以|由|对|把|将|与|新培育|重新认定|新招引|新引进|招引|成功|申报|境内|布局|提前布局|加大|打造|在建|新开工|续建|其中|包括|诸如|尤其是|特别是|进一步|全面|深入|大力|积极|加快|加速|全力|重点|突出|集中|精心|有序|持续|扎实|认真|着力|努力|力争|坚决|稳步|不断|继续|切实|高标准(?=[建推打规实完谋抓落布创做开提])|高质量(?=[建推打规实完谋抓落布创做开提])|高水平(?=[建推打规实完谋抓落布创做开提])|统筹|同步|主动|深化|推动|推进|实施|建设|完成|启动|抓好|保障|服务|攻克|引进|开工|谋划|围绕|聚焦|依托|落实|坚持|践行|弘扬|传承|开展|创建|实行|推行|树牢|树立|对标|对表|锚定|融入|叫响|做好|做优|做强|做大|做实|启建|新建|改建|扩建|筹建|规划|争创|确保|支持|鼓励|引导|培育|发展|提升|实现|按照|通过|结合|立足|瞄准|紧盯|强化|加强|优化|完善|健全|用好|搭建|构建|形成|上马|服务保障|激发|对接|助推|发挥|建成|筑牢|大抓|狠抓|紧抓|打好|打赢|打响|抓|促进|带动|壮大|延伸|拓展|加快推进|积极推进|全力推进|系统提升|系统|推出|建成开放|开放|要在|一要|二要|三要|四要|一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|暨|先后|相继|分别|来到|走进|前往|参观考察了|参观考察|参观了|参观|考察了|考察|调研了|调研|察看了|察看|实地查看了|实地查看|听取了|听取|洽谈|会见|赴|到|获批|成功获批|入选|当天竣工的|竣工的|新落户的|落户|地处|位于|签约引进|签约|引进了|招引了|分别是|分别为|主要有|包括|去年|今年|近年来|目前|当天|同时|走访了|走访|已有|促成|成立了|成立|了解|邀请|巡查了|巡查|深挖|涵盖|属于|新增|组建|注册|入驻|介绍|举行|召开|投产的|投用的|就|双方就|双方围绕|双方|陪同下|陪同|聚力|希望|引入|扩大|巩固|计划实施|计划'
    .split('|')
    .sort((a, b) => b.length - a.length);
export const LEADING = new RegExp(`^(?:(?:${LEADING_WORDS.join('|')})了?\\s*)+`);

/** Verbs that, met inside a window, mark where the name after them starts. */
const CLAUSE_VERBS = [
  '抓好',
  '狠抓',
  '打好',
  '打赢',
  '打响',
  '实施',
  '推进',
  '落实',
  '坚持',
  '践行',
  '弘扬',
  '传承',
  '深化',
  '开展',
  '启动',
  '打造',
  '推动',
  '融入',
  '围绕',
  '对标',
  '锚定',
  '树牢',
  '加快',
  '发挥',
  // X依托A、B等企业, 深挖A、B: the clause's own verb before a list of firms.
  '依托',
  '依靠',
  '深挖',
  '携手',
  // 全县聚力X示范区建设: the clause's verb before a goal.
  '聚力',
  // X公司牵头建设Y, X投资建设Y: the builder's verb before the project.
  '牵头建设',
  '联合建设',
  '共同建设',
  '投资建设',
  '承建',
];

/** Single letters that end the previous phrase: a name starts after them. */
export const BOUNDARY = /[，。；：、！？（）“”‘’《》\s□*,;:!?()[\]【】·…—\-0-9a-zA-Z%]/;

/** Function words that also end the previous phrase (以…为, 把…作为, 的, 和, 与 …). */
const FUNCTION_WORDS = [
  '的',
  '以',
  '把',
  '将',
  '和',
  '与',
  '及',
  '或',
  '在',
  '是',
  '为',
  '了',
  '对',
  '向',
  '从',
  '由',
  '让',
  '使',
  '被',
  '其',
  '即',
  '并',
  '等',
  '同',
  '跟',
];

/**
 * Walks left from END (exclusive, normalised text) at most MAX letters and returns where a name most likely
 * starts: after the last boundary letter, function word or leading verb.
 */
export function leftBoundary(text: string, end: number, max = 14): number {
  let s = end;
  while (s > 0 && end - s < max && !BOUNDARY.test(text[s - 1]!)) s--;
  // Cut by MAX inside a verb (深入实|施特色…): the name starts after the verb, not in it.
  if (s > 0 && end - s >= max && CLAUSE_VERBS.includes(text.slice(s - 1, s + 1))) s++;
  let window = text.slice(s, end);
  // Cut at the last function word that is not the first letter.
  for (let i = window.length - 1; i >= 0; i--) {
    // 了解X: a verb, not 了 closing the phrase before it.
    // 目的地: 的 inside a word (乡村旅游目的地建设工程), not the particle.
    if (window[i] === '的' && window[i - 1] === '目' && window[i + 1] === '地') continue;
    if (FUNCTION_WORDS.includes(window[i]!) && !(window[i] === '了' && window[i + 1] === '解')) {
      s += i + 1;
      window = window.slice(i + 1);
      break;
    }
  }
  const m = LEADING.exec(window);
  if (m) {
    s += m[0].length;
    window = window.slice(m[0].length);
  }
  // A clause verb further in (“信阳大力实施绿色低碳转型”) also starts the name after it.
  for (let i = window.length - 2; i >= 1; i--) {
    const rest = window.slice(i);
    const v = CLAUSE_VERBS.find((w) => rest.startsWith(w));
    if (v && window.length - i - v.length >= 2) {
      s += i + v.length;
      break;
    }
  }
  return s;
}

/**
 * Splits a written list (A、B和C及D) into its items with their offsets. JOINED(left, right) may keep a 和/及/与
 * inside one item (庆元香菇市场迁建及物流中心建设项目): LEFT is the text since the last split, RIGHT up to the next 、.
 */
export function splitList(text: string, start: number, end: number, joined?: (left: string, right: string) => boolean): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  let a = start;
  const seg = text.slice(start, end);
  const re = /、|以及|和|及|与|，|(?<=”)(?=“)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    if (m[0] === '') re.lastIndex++; // the empty split between ”“ must not match forever
    // “和/及/与” inside a quote belong to the name.
    const before = seg.slice(0, m.index);
    const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
    if (open > 0) continue;
    // 万和集团, 鑫和农业有限公司: a 和 before a firm's ending is a letter of its name, not a list break.
    if (m[0] === '和' && /^(?:[\u4e00-\u9fff]{0,2}(?:集团|公司|有限))/.test(seg.slice(m.index + 1)) && !/[、，]/.test(seg.slice(m.index + 1, m.index + 6)))
      continue;
    // 西和县, 新和县: a 和 inside a county's name (a letter on each side of it in the name) is no list break.
    if (m[0] === '和') {
      const forms = placeLexicon().byForm;
      const i = start + m.index;
      if (forms.has(text.slice(i - 1, i + 2)) || forms.has(text.slice(i - 2, i + 2)) || forms.has(text.slice(i - 1, i + 3))) continue;
    }
    // 参与, 给与, 与会: 与 is a letter of the verb, not a list break.
    if (m[0] === '与' && (/[参给赋授]/.test(seg[m.index - 1] ?? '') || seg[m.index + 1] === '会')) continue;
    // 京和米业、中粮米业: 和 followed only by an industry letter and 业 is inside the name.
    if (m[0] === '和' && /^[\u4e00-\u9fff]业(?:[、，等和及]|$)/.test(seg.slice(m.index + 1))) continue;
    if (joined && /^(?:和|及|与|以及)$/.test(m[0])) {
      const rest = seg.slice(m.index + m[0].length);
      const next = /[、，]/.exec(rest);
      if (joined(text.slice(a, start + m.index), next ? rest.slice(0, next.index) : rest)) continue;
    }
    out.push({ a, b: start + m.index });
    a = start + m.index + m[0].length;
  }
  out.push({ a, b: end });
  return out.filter((x) => x.b > x.a);
}

/** A name as stored: quotes, brackets of readings and spaces removed. */
export function cleanName(s: string): string {
  return s.replace(/[“”‘’"'\s]/g, '').replace(/^[、，,]+|[、，,]+$/g, '');
}

/**
 * Words after which a visited or reported thing is named (调研组到X调研, 会议听取X建设情况, 图为张某在X调研), or a
 * built one after its builder or its programme's label (X公司投资建设的Y, X牵头建设Y, “…”工程重点项目Y):
 * the last one in an item marks where the name starts. 在 only when it is not 在建/在线, 到 not in 达到/直到.
 */
const VISIT_CUE =
  /.*(?:(?:签约|开工|投产|竣工|落地|在建|新建|续建|落户|实施|引进|入驻|投资建设|承建|牵头建设|联合建设|共同建设|捐资建设|出资建设|援建|捐建)的|(?:重点|重大|建设|示范|试点|首批|开工|签约)项目[：:]?|(?:牵头|联合|共同)(?:投资)?(?:建设|实施|开发)|[共还已]有|(?<=[县市区镇乡村])有(?![色机限线效序为力关])|(?<!的)(?:入驻|进驻)了?|(?:实地|深入)?了解了?|巡查了?|陪同|出席|见证了?|听取了?|走访了?|引进了?|招引了?|签约|来到|走进|深入|前往|参观考察了?|参观了?|考察了?|调研了?|察看了?|实地查看了?|洽谈|会见|(?<![达直])到(?![位达期])|赴|(?<!所|现)在(?![建线])|图为|关于|宣布|(?:改建|改造|打造|扩建|建设)成为?|用作|用于|登上|位于|发布|认识|研究|(?<!一)把|(?<![相绝针])对(?![接口外])|(?<!依)按(?!照)|(?<![自打])从|(?<![成作])为|让|成为|作为|(?<![但就还也总])是)/;

/** Trims leading verbs and trailing words that describe the action rather than the thing. */
export function trimItem(text: string, a: number, b: number): { a: number; b: number } {
  let s = text.slice(a, b);
  // 民营企业500强X项目, 世界500强企业X: a ranking praises the firm; the name starts after it.
  const rank = /^[\u4e00-\u9fff]{0,6}\s*\d+\s*强(?:企业)?/.exec(s);
  if (rank && s.length - rank[0].length >= 2) {
    a += rank[0].length;
    s = s.slice(rank[0].length);
  }
  const lead = LEADING.exec(s);
  if (lead) {
    a += lead[0].length;
    s = s.slice(lead[0].length);
    // 开工的X: the verb was a modifier of the name after it.
    if (s.startsWith('的') && s.length > 3) {
      a++;
      s = s.slice(1);
    }
  }
  // “X有限公司”的Y项目, X集团的Y: the builder and 的 say whose Y is; the firm is read on its own.
  const ofFirm = /^“?[\u4e00-\u9fff（）()]{2,24}?(?:有限责任公司|股份有限公司|有限公司|集团|公司)”?的(?=[\u4e00-\u9fff\d]{2})/.exec(s);
  if (ofFirm) {
    a += ofFirm[0].length;
    s = s.slice(ofFirm[0].length);
  }
  // 涵盖…等方面，有A、B: 有 opens the list (有色金属, 有机农业 keep it).
  if (/^有(?![色机限线效序为力关])/.test(s) && s.length >= 5) {
    a++;
    s = s.slice(1);
  }
  // 位于X镇的Y: the place and 的 say where Y is; they are not part of its name.
  const ofPlace = /^[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|镇|乡|村|街道)的(?=[\u4e00-\u9fff]{2})/.exec(s);
  if (ofPlace) {
    a += ofPlace[0].length;
    s = s.slice(ofPlace[0].length);
  }
  // 计划投资8500万元的Y, 总投资超3亿元的Y: the amount and 的 say how big Y is; the name starts after them.
  const ofAmount = /^(?:计划|预计|概算|估算)?总?投资(?:超|约|达|近|逾)?[\d.]+(?:万|亿)(?:美)?元(?:以上|左右)?的(?=[\u4e00-\u9fff“]{2})/.exec(s);
  if (ofAmount) {
    a += ofAmount[0].length;
    s = s.slice(ofAmount[0].length);
  }
  while (s.length && /^[“”\s]/.test(s) && !(s[0] === '“' && s.includes('”'))) {
    a++;
    s = s.slice(1);
  }
  // A clause verb inside the item (“里正加快哈工大新材料”): the name starts after it.
  for (let i = s.length - 3; i >= 1; i--) {
    const v = CLAUSE_VERBS.find((w) => s.startsWith(w, i));
    if (v) {
      // X投资建设的Y, 实施了Y: the 的 or 了 after the verb goes with it.
      const de = /[的了]/.test(s[i + v.length] ?? '') ? 1 : 0;
      a += i + v.length + de;
      s = s.slice(i + v.length + de);
      break;
    }
  }
  // A visit or report verb further in (调研组到X, 会议听取X, 图为某某在X调研): the name starts after it.
  const cue = VISIT_CUE.exec(s.slice(0, Math.max(0, s.length - 2)));
  if (cue) {
    const cut = cue.index + cue[0].length;
    a += cut;
    s = s.slice(cut);
  }
  const trail = /(?:客运|建设|项目建设|尽快建成投产|建成投产|落地建设|加快建设|建设情况|运行情况|等|(?<=项目)(?:已|将|正|即将))$/.exec(s);
  if (trail && s.length - trail[0].length >= 2) {
    b -= trail[0].length;
  }
  return { a, b };
}

/**
 * The text between A and B with every span of OTHERS in it written as one mark (“§” unless MARKOF says), so that a relation cue can be read
 * across a list of names (由A公司、B公司投资 → 由§、B公司投资 for B) without the names' own letters matching it.
 */
export function maskedGap<T extends { nStart: number; nEnd: number }>(
  text: string,
  a: number,
  b: number,
  others: readonly T[],
  markOf: (o: T) => string = () => '§',
): string {
  // A name that only overlaps the gap (the gap starts inside it) is masked too: its letters are no cue either.
  const inside = others.filter((o) => o.nStart < b && o.nEnd > a).sort((x, y) => x.nStart - y.nStart);
  let out = '';
  let at = a;
  for (const o of inside) {
    if (o.nEnd <= at) continue;
    out += text.slice(at, Math.max(at, o.nStart)) + markOf(o);
    at = Math.min(b, o.nEnd);
  }
  return out + text.slice(at, b);
}
