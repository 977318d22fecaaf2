// Strategies from the structure of the sentence: lists before 等重大战略, N大X, designations pursued, 现代化XX建设.
import type { Candidate, DocContext, Extractor } from '../context';
import { placeLexicon } from '../../gazetteer/lexicon';
import { cleanName, isHan, leftBoundary, splitList, trimItem } from '../text-utils';
import { strategyVocabulary } from '../vocabulary';
import { strategyId } from './strategy-vocabulary';

/** Words that are never a programme's whole name (抓手 of 以项目为抓手 is the work itself). */
const GENERIC =
  /^(?:项目|项目建设|工作|发展|建设|改革|创新|党建|民生|产业|企业|市场|群众|人民|人才|资金|政策|目标|任务|问题|重点|抓手|载体|支撑|引领|主线|统领|导向|核心|关键|基础|保障|服务|安全|稳定|质量|效益|高质量发展|经济建设|社会|文化|生态|农业|工业|城市|乡村|农村|招商引资|重大项目|改革创新|创新驱动|科技创新|数字化|信息化|法治|制度|机制|考核|督查|实干|担当|作风|纪律)$/;

function strategy(text: string, a: number, b: number, source: string, strength: number): Candidate | null {
  // Leading verbs go (融入…, 大力实施…); a trailing 建设 stays, it is part of the programme's name (现代化XX建设).
  const t = { a: trimItem(text, a, b).a, b };
  const raw = text.slice(t.a, t.b);
  const name = cleanName(raw);
  if (name.length < 3 || name.length > 20 || GENERIC.test(name) || /[\d，。；：]/.test(name)) return null;
  if (/(?:的|了|着|和|与|及|等)$|^(?:的|和|与|及|各|该|这|此|全(?![国省市县])|一批)/.test(name)) return null;
  const v = strategyVocabulary();
  if (v.not.has(name)) return null;
  const e = v.byForm.get(name);
  const canonical = e ? e.name : name;
  return { type: 'Strategy', id: strategyId(canonical), name: canonical, surface: raw, nStart: t.a, nEnd: t.b, source, strength };
}

/** A designation's span as a strategy: quotes inside it are kept in the surface and dropped from the name. */
function designation(text: string, a: number, b: number): Candidate | null {
  const t = trimItem(text, a, b);
  const raw = text.slice(t.a, b);
  const name = cleanName(raw);
  if (name.length < 5 || name.length > 30 || !DESIGNATION_END.test(name) || /[\d，。；：、]/.test(name)) return null;
  if (/^(?:的|和|与|及|各|该|这|此|一批)/.test(name)) return null;
  const v = strategyVocabulary();
  if (v.not.has(name)) return null;
  const e = v.byForm.get(name);
  const canonical = e ? e.name : name;
  return { type: 'Strategy', id: strategyId(canonical), name: canonical, surface: raw, nStart: t.a, nEnd: b, source: 'strategy-designation', strength: 0.65 };
}

/** 融入A、B、C等重大战略 / 对接A、B等国家战略: each item is a strategy. */
const STRATEGY_LIST = /等(?:一系列|一批)?(?:重大|国家|重要|发展|区域)*(?:战略|战略部署|发展战略|国家战略)(?![性])/g;
/** 三大攻坚战, 六大机制, 五大行动: a count of a programme's parts named as one. */
const COUNTED = /(?<![\d第])([一二三四五六七八九十])大(攻坚战|战役|机制|专项行动|提升行动)/g;
/**
 * Designations a place works to win (创建全国文明城市, 争创国家农业绿色发展先行区, 打造X先行区) or has won and now carries
 * out (被认定为国家级制种大县, 入选X示范县创建名单, 获评X试点县). An honour received (荣获…称号) is no programme.
 */
const DESIGNATION_VERB = /(?:争创|创建|申报|争取|积极创建|全力创建|打造|建设|建成|成功创建|创成|获评|获批|入选|认定为|确定为|列为|命名为|跻身)/g;
/** Titles a place itself bears (示范县, 文明城市, 制种大县): zones (示范区, 先行区) only with a programme's words in them. */
const DESIGNATION_HEAD = /(?:示范县|示范市|引领县|先行县|试点县|试点市|大县|文明城市|森林城市|卫生城市|园林城市|农业产业强镇|示范区|先行区)/;
const DESIGNATION_END = new RegExp(`${DESIGNATION_HEAD.source}$`);
/** 2个全国第三批, 新一轮, 全省首批, 2023年: the batch, round or year is a ranking, not part of the name. */
const DESIGNATION_BATCH =
  /^(?:(?:19|20)\d\d年度?)|^(?:新一轮|新一批)|^(?:\d+个|[一二三四五六七八九十]+个)?(?:全国|全省|国家|省级|省)?(?:第[一二三四五六七八九十\d]+批|首批)/;

/** Words of a programme, not of a site: a 示范区/先行区 holding them is a designation (黄河流域生态保护和高质量发展先行区). */
const PROGRAMME_WORDS = /(?:发展|理念|振兴|保护|治理|改革|创新|融合|绿色|开放|共同富裕|文明|现代化|一体化)/;
/** 工业强县, 农业强区, 经济强市: a sector and 强 + the place's level. */
const STRONG_GOAL = /(?:工业|经济|农业|文化|旅游|生态|科技|教育|制造业|人才|开放|数字|商贸|物流|能源|体育|质量|交通)强(?:县|市|区|镇|省|州|旗)/g;

/** 开展/实施/推行 followed by a list of …招商 (以商招商、产业链招商、敲门招商). */
const INVESTMENT_METHODS =
  /(?:开展|实施|推行|坚持|深化|强化|创新|推进|实现|采取|用好)((?:[\u4e00-\u9fff]{2,4}招商[、和与及])*[\u4e00-\u9fff]{2,4}招商)(?![\u4e00-\u9fff])/g;
const NUMERAL = '[一二两三四五六七八九十]';
/** 三新一高, 两高三新, 一主六双: numeral, word, numeral, word (not numerals only: 一五一十). */
const NUMBER_SLOGAN = new RegExp(`(?:${NUMERAL}(?![一二两三四五六七八九十百千万亿个大项条次年月日号])[\\u4e00-\\u9fff]){2,3}`, 'g');
/** Four-letter idioms of the same shape, which are no programme. */
const IDIOMS =
  /^(?:四面八方|七上八下|十全十美|一心一意|三心二意|一干二净|三番五次|一草一木|一言一行|一朝一夕|一举一动|一丝一毫|三令五申|一针一线|一砖一瓦|一点一滴|一年四季|一模一样|一清二楚|一丝不苟|三三两两|一五一十|一分为二|一举两得|一石二鸟|五湖四海|九牛一毛|七嘴八舌|三言两语|一问三不知)$/;
const ADOPT = /(?:把握|坚持|落实|践行|贯彻|围绕|推进|实现|聚焦|锚定|对标|按照|全面|深化)$/;
const SLOGAN_HEAD = /^(?:要求|目标|战略|理念|部署|任务|思路|布局|格局|路径|体系|工作|发展)/;

const NARROW_STRONG_GOAL = new RegExp(
  `(?<=建设|打造|争创|创建|建成|迈向)(?!先进|现代|新兴|特色|优势|绿色|高端|全国|全省)[\\u4e00-\\u9fff]{2}${STRONG_GOAL.source}`,
  'g',
);

export const strategyStructures: Extractor = {
  id: 'strategy-structures',
  entityType: 'Strategy',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const out: Candidate[] = [];
    for (const m of text.matchAll(STRATEGY_LIST)) {
      let s = m.index;
      while (s > 0 && m.index - s < 80 && !/[，。；：\n！？]/.test(text[s - 1]!)) s--;
      for (const it of splitList(text, s, m.index)) {
        const c = strategy(text, it.a, it.b, 'strategy-list', 0.8);
        if (c) out.push(c);
      }
    }
    for (const m of text.matchAll(COUNTED)) {
      const c = strategy(text, m.index, m.index + m[0].length, 'strategy-counted', 0.75);
      if (c) out.push(c);
    }
    for (const m of text.matchAll(DESIGNATION_VERB)) {
      const start = m.index + m[0].length;
      // 荣获…示范县称号: the verb of an honour received before it.
      if (/(?:荣|曾)$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
      let e = start;
      // Quotes may stand inside a title (“两山”实践创新示范区); a quote that opens the title (入选“X示范区创建名单”) too.
      while (e < text.length && e - start < 40 && !/[，。；：\n！？（）《》]/.test(text[e]!)) e++;
      // 紧盯创建A、B和C“三张名片”: every item that ends like a designation.
      // 和/与 inside a title (生态保护和高质量发展先行区) joins its words; between two titles it parts them.
      for (const it of splitList(text, start, e, (left) => !DESIGNATION_HEAD.test(left))) {
        const seg = text.slice(it.a, it.b);
        const end = new RegExp(`^.*?${DESIGNATION_HEAD.source}`).exec(seg);
        if (!end) continue;
        // …示范区内, …大县城: the head must end the title (建设, 创建, 名单 or a boundary after it).
        const rest = seg.slice(end[0].length);
        if (rest && !/^(?:”?(?:创建|建设)?(?:名单|单位|工作)?[”]?$|[”、和及]|建设|创建)/.test(rest)) continue;
        let a = it.a;
        const lead = /^“/.test(seg) && !seg.slice(1, end[0].length).includes('”') ? 1 : 0;
        a += lead;
        for (let k = 0; k < 3; k++) {
          const batch = DESIGNATION_BATCH.exec(text.slice(a, it.a + end[0].length));
          if (batch) a += batch[0].length;
        }
        const b = it.a + end[0].length;
        const core = text.slice(a, b).replace(DESIGNATION_HEAD, '');
        // 现代农业产业示范区, 高新技术产业先行区: a zone of industry is a site, a project; only a programme's zone is a title.
        // A zone's title is long or ranked (全国农业绿色发展先行区, 乡村振兴齐鲁样板省级示范区); 创建农业绿色发展先行区 is a goal
        // the text sets in passing.
        const zone = /(?:示范区|先行区)$/.test(text.slice(a, b));
        if (zone && (!PROGRAMME_WORDS.test(core) || /(?:产业|园|科技|开发|工业)/.test(core))) continue;
        if (zone && core.length < 7 && !/(?:全国|国家|省级|市级)/.test(core)) continue;
        // 省级“四好农村路”示范市: a title that is only a quoted programme and its rank names the programme.
        if (/^(?:全国|国家级?|省级?|市级?)?“[^”]+”$/.test(core)) continue;
        // 兴文县乡村振兴示范区: a zone named with its own county or township is a site.
        if (/(?:示范区|先行区)$/.test(text.slice(a, b)) && /^[\u4e00-\u9fff]{1,5}(?:县|镇|乡(?!村))/.test(core) && !/^(?:全国|国家|省级)/.test(core)) continue;
        const c = designation(text, a, b);
        if (c) out.push(c);
      }
    }
    // X先行区建设, 建设X示范区 with X a programme's words (高质量发展, 新发展理念, 生态保护): a designation the place
    // builds toward; an industrial zone (农业高新技术产业示范区) is a site, not one.
    for (const m of text.matchAll(/(?:先行区|示范区)(?=建设|[，。；、”为]|$)/g)) {
      const end = m.index + m[0].length;
      const start = trimItem(text, leftBoundary(text, m.index, 16), m.index).a;
      const core = text.slice(start, m.index);
      if (core.length < 7 || !PROGRAMME_WORDS.test(core) || /(?:产业|园|科技|农业|工业|开发)$/.test(core) || /[县市区镇乡村]$/.test(core)) continue;
      // 兴文县乡村振兴示范区, 某某镇某片…示范区, a zone one visits (调研/来到X示范区): a site.
      if (
        /^[\u4e00-\u9fff]{1,5}[县镇乡]/.test(core) ||
        /[县镇乡片村]/.test(text[start - 1] ?? '') ||
        /(?:来到|调研|走进|考察|参观|察看|查看)[^，。；]{0,4}$/.test(text.slice(Math.max(0, start - 8), start))
      )
        continue;
      const c = strategy(text, start, end, 'strategy-designation', 0.65);
      if (c) out.push(c);
    }
    // 工业强县, 建设经济强市: a sector the place means to be strong in, a goal of its own.
    for (const m of text.matchAll(STRONG_GOAL)) {
      // 走…的工业强县之路: the goal as the road the place takes.
      const road = text.startsWith('之路', m.index + m[0].length);
      if (
        isHan(text[m.index - 1]) &&
        !/(?:设|造|绕|是|现|当|为|向|做|争|推进|加快)$/.test(text.slice(Math.max(0, m.index - 2), m.index)) &&
        !(road && text[m.index - 1] === '的')
      )
        continue;
      if (isHan(text[m.index + m[0].length]) && !/^(?:目标|战略|建设|行动|之路|工程|和|与|、|步伐|进程)/.test(text.slice(m.index + m[0].length))) continue;
      const c = strategy(text, m.index, m.index + m[0].length, 'strategy-own-goal', 0.7);
      if (c) out.push(c);
    }
    // 建设食品工业强县: a narrower sector before the strong goal, after the verb that sets it.
    for (const m of text.matchAll(NARROW_STRONG_GOAL)) {
      const c = strategy(text, m.index, m.index + m[0].length, 'strategy-own-goal', 0.7);
      if (c) out.push(c);
    }
    // 开展以商招商、产业链招商, 实施精准招商: ways of bringing in investment a place adopts, named as methods.
    for (const m of text.matchAll(INVESTMENT_METHODS)) {
      const start = m.index + m[0].length - m[1]!.length;
      for (const it of splitList(text, start, start + m[1]!.length)) {
        const item = text.slice(it.a, it.b);
        if (!/^[\u4e00-\u9fff]{2,4}招商$/.test(item) || /^(?:招商|大力|积极|全力|加强|强化|加大|开展|全员)/.test(item)) continue;
        // Not through trimItem: 以 of 以商招商 is the method's own letter.
        const v = strategyVocabulary().byForm.get(item);
        if (strategyVocabulary().not.has(item)) continue;
        const name = v ? v.name : item;
        out.push({ type: 'Strategy', id: strategyId(name), name, surface: item, nStart: it.a, nEnd: it.b, source: 'strategy-method', strength: 0.65 });
      }
    }
    // 准确把握三新一高要求, 坚持两高三新: a number slogan written without quotes (numeral, word, numeral, word).
    for (const m of text.matchAll(NUMBER_SLOGAN)) {
      const x = m[0];
      const at = m.index;
      if (IDIOMS.test(x) || text[at - 1] === '“' || text[at + x.length] === '”') continue;
      const before = text.slice(Math.max(0, at - 4), at);
      const after = text.slice(at + x.length, at + x.length + 4);
      // Adopted (把握X) or headed (X要求), and standing alone on the side not so marked.
      const adopted = ADOPT.test(before) && (!isHan(after[0]) || SLOGAN_HEAD.test(after));
      const headed = SLOGAN_HEAD.test(after) && (!isHan(before[3]) || ADOPT.test(before));
      if (!adopted && !headed) continue;
      const c = strategy(text, at, at + x.length, 'strategy-number-slogan', 0.65);
      if (c) out.push(c);
    }
    // 坚持生态优先、绿色发展理念: parallel four-letter phrases the place holds to, named as one idea; unquoted and
    // unlisted (树牢服务理念, 经营城市理念) a 理念 is a manner of work, not a programme.
    for (const m of text.matchAll(/(?<=(?:坚持|践行|树牢|树立|贯彻|秉持|秉承|遵循))((?:[\u4e00-\u9fff]{4}、)+[\u4e00-\u9fff]{4})(?:的)?(?:发展)?理念/g)) {
      const name = `${m[1]}理念`;
      if (strategyVocabulary().not.has(name)) continue;
      out.push({
        type: 'Strategy',
        id: strategyId(name),
        name,
        surface: m[0],
        aliases: [m[1]!],
        nStart: m.index,
        nEnd: m.index + m[0].length,
        source: 'strategy-idea',
        strength: 0.7,
      });
    }
    // 现代化延津建设, 美丽XX, 生态焦作建设: the place's own development goal.
    const forms = placeLexicon().byForm;
    for (const m of text.matchAll(/(现代化(?:美好)?|美丽|生态|幸福|平安|数字|健康|文明|法治)([\u4e00-\u9fff]{2,4}?)(建设)/g)) {
      if (!forms.has(m[2]!)) continue;
      const c = strategy(text, m.index, m.index + m[0].length, 'strategy-own-goal', 0.7);
      if (c) out.push(c);
    }
    return out;
  },
};
