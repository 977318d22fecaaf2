// Organisations: names with company/institution suffixes, bare names in lists before 等龙头企业, and curated national names.
import { entityId } from '@policygraph/contract/model';
import type { Candidate, DocContext, Extractor } from '../context';
import { cleanName, isHan, splitList, trimItem } from '../text-utils';
import { localPlaceForm } from '../local-places';
import { organizationVocabulary, scanVocabulary } from '../vocabulary';
import { mayBeBrand } from './organization-brands';
import { TRADE_END, TRADE_WORDS } from './organization-trades';

export const orgId = entityId.organization;

const SUFFIX =
  /(?:股份有限公司|有限责任公司|有限公司|集团|公司|(?<=[\u4e00-\u9fff]{2})[一二三四五六七八九十]+公?局|银行|大学|学院|研究院|研究所|科学院|实业|光学|钢构|半导体|磁电|精工|药业)(?![\u4e00-\u9fff]{0,1}(?:改革|建设|制|化))(?!生(?!产)|派)/g;
const LIST_TRIGGER =
  /(?<![平同相对高初中上优次何])等(?:一批)?(?:(?:\d{1,3}|[一二三四五六七八九十两]{1,3})家)?(?:[\u4e00-\u9fff]{0,8}?)(?:龙头企业|头部企业|关联企业|重点企业|现有企业|骨干企业|企业|央企|国企|民企|外企|名企|上市公司|运营商|金融机构|政策性银行|银行|高校|院所|服务运营主体|运营主体)|[一二三四五六七八九十]大运营商/g;
const BAD =
  /^(?:国有|平台|投资|担保|该|各|龙头|一批|相关|有关|金融|中小|政府|民营|外资|上市|科技型|高新技术|头部|关联|合作|现有|重点|一流|世界|国内|行业|全市|全省|本地|省级|国家级|市级|区级|县级|新型|大型|专业|股份|商业|政策性|这些|平台公司|国有平台|职业技术)/;

/** A province's name right after a county, a verb or a particle: where a firm's own name starts. */
const PROVINCE_START =
  /(?<=[县市区旗镇乡有是为和在])(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(?=[\u4e00-\u9fff]{2})/;

/** An industry with no name before it (农业有限公司, 食品科技有限公司): the firm's name lies further left. */
const INDUSTRY_ONLY =
  /^(?:农业|食品|科技|实业|电子|材料|新材料|能源|新能源|建材|制药|药业|化工|机械|纺织|服饰|服装|贸易|商贸|物流|环保|生物|投资|建设|置业|农牧|牧业|果业|米业|茶业|矿业|电气|智能|发展|开发|制造|制品)+$/;

/** A ranking written before a firm (世界500强企业, 民营500强): praise, not part of its name. */
const RANK_PREFIX = /^.*?\d+\s*强(?:企业)?/;

export function org(text: string, a: number, b: number, source: string, strength: number): Candidate | null {
  const t = trimItem(text, a, b);
  const rank = RANK_PREFIX.exec(text.slice(t.a, t.b));
  if (rank) t.a += rank[0].length;
  // 副主任某某接待中铁X局, 书记某某会见X集团: a person's title or a verb of meeting inside the span; the firm follows it.
  const host = /^.*(?:接待|会见|会晤|拜访|走访|陪同|带领|率领|主任|书记|县长|市长|局长|董事长|总经理)/.exec(text.slice(t.a, t.b));
  if (host && t.b - t.a - host[0].length >= 3) t.a += host[0].length;
  // 企业代表X有限公司: who speaks for the firm is written before its name.
  const speaker = /^[\u4e00-\u9fff]{0,4}代表/.exec(text.slice(t.a, t.b));
  if (speaker && t.b - t.a - speaker[0].length >= 4) t.a += speaker[0].length;
  const name = cleanName(text.slice(t.a, t.b));
  // A bracket left open (大寺峪（石家庄…）项目 cut at the bracket) is a piece of a longer name, not a firm.
  if ((name.match(/[（(]/g) ?? []).length !== (name.match(/[）)]/g) ?? []).length) return null;
  const v = organizationVocabulary();
  if (name.length < 2 || name.length > 24 || BAD.test(name) || v.not.has(name)) return null;
  if (/[，。；：的\d+＋]/.test(name) || /(?:平台公司|倒逼|作为|党支部|集体经济|合作社)/.test(name)) return null;
  // 瑞声科技南宁产业园光学模组: an industry suffix after a site (园区, 基地) ends a product, not a firm's name.
  if (/(?:园|园区|基地|小镇|开发区|新区)[\u4e00-\u9fff]{0,2}(?:光学|钢构|半导体|磁电|精工|药业|实业)$/.test(name)) return null;
  const listEntry = source === 'org-list' ? v.listForms.get(name) : undefined;
  const e = v.byForm.get(name) ?? listEntry;
  const canonical = e ? e.name : name;
  return { type: 'Organization', id: orgId(canonical), name: canonical, surface: name, nStart: t.a, nEnd: t.b, source, strength, kind: e?.kind };
}

export const organizationSuffix: Extractor = {
  id: 'org-suffix',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlaceForm = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    for (const m of text.matchAll(SUFFIX)) {
      const end = m.index + m[0].length;
      // 青岛啤酒（洛阳）有限公司: a place in brackets belongs to the name.
      const bracket = /[（(][\u4e00-\u9fff]{2,4}[）)]$/.exec(text.slice(Math.max(0, m.index - 6), m.index));
      let s = bracket ? m.index - bracket[0].length : m.index;
      for (;;) {
        while (s > 0 && m.index - s < 16 && !/[，。；：、\n！？（）()“”的与和及等在向从对把将以为是了着·由被—]/.test(text[s - 1]!)) s--;
        // 上海均和集团: a 和 right before 集团/公司 is the name's own letter (a list A和B集团 leaves a name after it).
        // 湖北鑫和农业有限公司: what is left after 和 is only an industry, no name of its own.
        const left = text.slice(s, m.index);
        // 大正和源家具有限公司: one letter and a trade after 和 are no name of their own either.
        const bare = s === m.index || INDUSTRY_ONLY.test(left) || left.replace(TRADE_END, '').length < 2;
        if (bare && text[s - 1] === '和' && /集团|公司/.test(m[0]) && isHan(text[s - 2])) {
          s--;
          continue;
        }
        // 中化（青岛）实业有限公司, 谷川实业（集团）有限公司: a bracketed place or 集团 further in is part of the name too.
        const inner = /[（(][\u4e00-\u9fff]{2,4}[）)]$/.exec(text.slice(Math.max(0, s - 6), s));
        if (!inner || s === m.index || m.index - s >= 10 || !isHan(text[s - inner[0].length - 1])) break;
        s -= inner[0].length;
      }
      // 杜尔伯特县黑龙江某某有限公司, 签约企业有湖北某某有限公司: a firm registered in a province starts at its name.
      const prov = PROVINCE_START.exec(text.slice(s, m.index));
      if (prov && prov.index > 0) s += prov.index;
      if (text[s - 1] === '对' && text[s] === '接') s++; // 对接X银行: the verb, not the name
      if (text[s - 1] === '了' && text[s] === '解') s++; // 了解X公司: the verb, not the name
      // 开发公司, 新公司, 三家公司: an industry, an adjective or a count before the suffix names no firm.
      const head = text.slice(s, m.index).replace(/\s+/g, '');
      if (
        /^(?:新|老|子|分|总|母|该|本|这|其|各|合作|加上合作|[一二三四五六七八九十两几数多\d]+家)$/.test(head) ||
        (head && INDUSTRY_ONLY.test(head) && /公司$/.test(m[0]))
      )
        continue;
      const c = org(text, s, end, 'org-suffix', 0.8);
      // An industry ending after only a place (南安半导体, 信阳药业) names a sector, not a firm.
      const weak = /^(?:实业|光学|钢构|半导体|磁电|精工|药业)$/.test(m[0]);
      if (c && weak && isPlaceForm(c.surface.slice(0, c.surface.length - m[0].length))) continue;
      if (c && c.surface.length > m[0].length) out.push(c);
    }
    return out;
  },
};

export const organizationList: Extractor = {
  id: 'org-list',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const out: Candidate[] = [];
    for (const m of text.matchAll(LIST_TRIGGER)) {
      const end = m.index;
      let s = end;
      while (s > 0 && end - s < 60 && !/[，。；：\n！？]/.test(text[s - 1]!)) s--;
      for (const item of splitList(text, s, end)) {
        const c = org(text, item.a, item.b, 'org-list', 0.8);
        if (c) out.push(c);
      }
    }
    return out;
  },
};

/** A、B、C共6个重点企业项目: a list closed as firms' projects names the firms. */
const FIRM_PROJECTS = /(?:共|等)(?:\d{1,3}|[一二三四五六七八九十两]{1,3})(?:个(?:重点|重大|优质)?企业项目|家(?:重点|重大|优质)?企业)/g;

export const organizationFirmProjects: Extractor = {
  id: 'org-firm-projects',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const out: Candidate[] = [];
    for (const m of text.matchAll(FIRM_PROJECTS)) {
      let s = m.index;
      while (s > 0 && m.index - s < 80 && !/[，。；：\n！？]/.test(text[s - 1]!)) s--;
      const items = splitList(text, s, m.index);
      if (items.length < 2) continue;
      for (const item of items) {
        const c = org(text, item.a, item.b, 'org-firm-projects', 0.7);
        if (c && c.name.length >= 4 && c.name.length <= 12 && !/(?:项目|工程|基地|园|中心)$/.test(c.name)) out.push(c);
      }
    }
    return out;
  },
};

/** 引进A、B: a short list of names right after 引进/招引 (companies brought in). */
export const organizationIntroduced: Extractor = {
  id: 'org-introduced',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const out: Candidate[] = [];
    for (const m of text.matchAll(/(?:引进|招引)((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6})(?=[，。；]|(?:等企业)?(?:落户|入驻|签约))/g)) {
      const start = m.index + m[0].length - m[1]!.length;
      for (const item of splitList(text, start, start + m[1]!.length)) {
        const c = org(text, item.a, item.b, 'org-introduced', 0.6);
        if (c && !/(?:人才|资金|项目|技术|企业|产业|团队|外资)/.test(c.name)) out.push(c);
      }
    }
    return out;
  },
};

export const organizationVocabularyExtractor: Extractor = {
  id: 'org-vocabulary',
  entityType: 'Organization',
  extract(doc: DocContext): Candidate[] {
    const v = organizationVocabulary();
    const text = doc.norm.text;
    // 京东 of 京东方: a curated short name followed by one more letter and a list break is part of another name.
    // 农业农村部门: a ministry's name followed by 门 is the kind of office, not the ministry.
    const whole = ({ form, at }: { form: string; at: number }) =>
      !(/[\u4e00-\u9fff]/.test(text[at + form.length] ?? '') && /^[、，。；等和与及]/.test(text.slice(at + form.length + 1))) &&
      !(/部$/.test(form) && text[at + form.length] === '门');
    return scanVocabulary(v, text)
      .filter(whole)
      .map(({ form, entry, at }) => ({
        type: 'Organization',
        id: orgId(entry.name),
        name: entry.name,
        surface: form,
        nStart: at,
        nEnd: at + form.length,
        source: 'org-vocabulary',
        strength: 0.9,
        kind: entry.kind,
      }));
  },
};

/** Words that end a firm's own name inside a project's (中信重工新重机工程, 洛铜高精度电子…): industries a firm is named for. */
const FIRM_INDUSTRY = /(?:重工|重机|石化|铝业|钢铁|钢业|药业|工贸|实业|纸业|钙业|米业|铜业|果业|茶业|矿业|木业|豆业|酒业|乳业|控股|集团|公司)$/;
/** A firm's name cannot end like a place or a kind of place (县城2万吨…, 园区3000吨…). */
const NOT_FIRM_END = /[县市区镇乡村城园路街省馆场站厂带港A-Za-z]$|(?:新建|年产|建设|重点|一批|全市|全县|全区|城区|园区|中心|基地|项目|工程)$/;

/** A firm's legal ending, and the letters of its name that follow a bracketed place. */
const LEGAL_END = /(?:股份有限公司|有限责任公司|有限公司|集团公司|公司|集团)$/;

/** Trades a firm at the head of a project's name is named for: the shared list and a few product trades (X医疗, X水泥). */
const HEAD_TRADE = new RegExp(
  `^(?:新材料|${TRADE_WORDS}|医疗|汽车|水泥|铸造|铸管|橡胶|贸易|器材|啤酒|棉业|钛业|煤电|粮油|饲料|玻璃|管业|面业|竹木|果业|米业|种业|水产|五金|服装|家纺|石材|户外)(?:科技|实业|股份|控股)?`,
);
/** Trades that mostly name a kind of business, not one firm, at a project's head (保税物流中心, 航空装备产业园, 人工智能…). */
const KIND_TRADE = /(?:物流|智能|装备|智造|文旅|商贸|置业|地产|股份|控股)$/;
/** Words after the trade that make it part of a longer word (电子商务, 电气化, 农业大学) or the kind of a park (科技园). */
const TRADE_CONTINUES = /^(?:商务|化|大学|学院|研究|信息|产业|园|城|新城|小镇|示范|综合体|集聚区|基地)/;
/** Letters a brand does not hold: a theme, a level or a direction (国家现代农业, 南部新能源, 全域…). */
const NOT_BRAND =
  /国际|运动|体育|文化|旅游|健康|教育|电商|数字|信息|现代|智慧|绿色|生态|循环|高端|特色|国家|全国|中国|省级|市级|县级|[东南西北中]部|城乡|农村|乡村|产业|工业|园区|片区|新区|跨境|共享|无人|航空|石油|整车|永磁|保税|冷链|粮食|陈皮|电磁|合成|节能/;

/**
 * A firm named by its brand and trade at the head of a project's name (克明食品面品项目, 汇盛铜业年产…, 康舒陶瓷三期扩建):
 * 2–4 letters that may be a brand, then the trade. Kinds of business (物流, 装备), a trade that goes on into a longer
 * word or a park's kind (电子商务, 科技园), and brands holding a theme or a place are left out.
 */
function brandTradeHead(name: string, isPlace: (s: string) => boolean): number {
  for (let b = 2; b <= 4 && b < name.length; b++) {
    const brand = name.slice(0, b);
    if (!mayBeBrand(brand) || NOT_BRAND.test(brand) || isPlace(brand) || HEAD_TRADE.test(brand)) continue;
    const t = HEAD_TRADE.exec(name.slice(b));
    if (!t) continue;
    const firm = name.slice(0, b + t[0].length);
    // 纺织服装集聚区: further trades before a park's kind make the whole a zone's name.
    let rest = name.slice(firm.length);
    for (let more = HEAD_TRADE.exec(rest); more?.[0].length; more = HEAD_TRADE.exec(rest)) rest = rest.slice(more[0].length);
    if (KIND_TRADE.test(firm) || TRADE_CONTINUES.test(name.slice(firm.length)) || TRADE_CONTINUES.test(rest)) return 0;
    // 恒丰建材项目, 凯裕机械制造项目: a firm's name standing for its plant is the project (annotation guide), no second firm.
    if (/^(?:制造|生产|加工|建设)*$/.test(name.slice(firm.length))) return 0;
    return firm.length;
  }
  return 0;
}

/**
 * The brands of the firms the document names in full (台玻（福建）光伏玻璃有限公司 → 台玻, 河南澜达生物科技有限公司 → 澜达):
 * the name without its place, the bracket and what follows it, its legal ending and its trades.
 */
function firmBrands(cands: Candidate[], isPlace: (s: string) => boolean): { brand: string; name: string; firm: Candidate }[] {
  const out: { brand: string; name: string; firm: Candidate }[] = [];
  for (const c of cands) {
    if (c.type !== 'Organization' || c.name.length < 5 || !LEGAL_END.test(c.name)) continue;
    let b = c.name;
    for (let g = 0; g < 2; g++)
      for (let k = Math.min(4, b.length - 2); k >= 2; k--)
        if (isPlace(b.slice(0, k))) {
          b = b.slice(k);
          break;
        }
    const name = b;
    b = b.replace(/[（(].*$/, '').replace(LEGAL_END, '');
    for (let g = 0; g < 3; g++) b = b.replace(TRADE_END, '');
    if (b.length >= 2 && b.length < name.length && b.length <= 6 && !isPlace(b) && mayBeBrand(b) && !out.some((o) => o.firm.id === c.id))
      out.push({ brand: b, name, firm: c });
  }
  return out;
}

/**
 * Firms named only inside a project's name: the letters before its capacity (中集凌宇5000台客车 → 中集凌宇), before a
 * quoted code (晋开延化“6080”项目), before a place (华能庆元风电场 → 华能), or
 * ending in an industry word (中信重工新重机工程 → 中信重工). The firm then PARTICIPATES_IN the project by nesting.
 */
export function firmsInProjects(doc: DocContext, cands: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  const isPlaceForm = localPlaceForm(doc.placeCode);
  const out: Candidate[] = [];
  const placeStarts = new Set(cands.filter((c) => c.type === 'Place').map((c) => c.nStart));
  const isPlace = (s: string) => isPlaceForm(s) || cands.some((c) => c.type === 'Place' && c.surface === s);
  /** A place read by the gazetteer at this offset (not just any lexicon form: 文化 of 文化馆 is some village's short name). */
  const placeAt = (at: number) => placeStarts.has(at);
  const brands = firmBrands(cands, isPlaceForm);
  for (const p of cands) {
    // A firm's 工程 (中信重工新重机工程) is a construction work, not a programme: read like a project.
    const works = p.type === 'Strategy' && p.name.endsWith('工程') && p.source === 'strategy-head-noun';
    if (p.type !== 'Project' && !works) continue;
    // The places written first (长丰县比亚迪合肥基地) are the site's, not the firm's.
    let start = p.nStart;
    const stripped: { at: number; code?: string }[] = [];
    for (let guard = 0; guard < 3; guard++) {
      let k = 0;
      if (placeAt(start)) {
        const pl = cands.find((c) => c.type === 'Place' && c.nStart === start)!;
        k = pl.surface.length;
        stripped.push({ at: start, code: pl.code });
      } else stripped.push({ at: start });
      for (let j = Math.min(5, p.nEnd - start - 2); j >= 3 && !k; j--) if (isPlaceForm(text.slice(start, start + j))) k = j;
      if (!k) {
        stripped.pop();
        break;
      }
      start += k;
    }
    const name = text.slice(start, p.nEnd);
    let len = 0;
    // A curated firm written here (富士康智造…) is the firm already; a route (港至…) names no firm.
    if (cands.some((c) => c.type === 'Organization' && c.nStart === start) || /至/.test(name)) continue;
    const cut = /^([\u4e00-\u9fff]{2,8}?|[A-Z]{2,6})(?:年产|日产|月产|\d|“)/.exec(name);
    // 台玻技改项目 where the text names 台玻（福建）…有限公司: a firm's brand written alone heads its project.
    const short = brands.find((b) => name.startsWith(b.brand) && !name.startsWith(b.name) && name.length > b.brand.length + 1);
    if (short) {
      // The brand stands for the firm the text names in full: one entity, not a second firm.
      const at = start;
      out.push({ ...short.firm, surface: short.brand, nStart: at, nEnd: at + short.brand.length, source: 'org-brand-in-project', strength: 0.7 });
      continue;
    }
    if (cut) {
      len = cut[1]!.length;
      // X电气天祝县松山滩10万千瓦…: a county or township inside the letters before the capacity is the site; the firm ends there.
      for (let i = 2; i < len; i++) {
        const site = placeAt(start + i) ? cands.find((c) => c.type === 'Place' && c.nStart === start + i) : undefined;
        if (site?.code && site.code.length >= 6) {
          len = i;
          break;
        }
      }
    } else {
      // 华能新能源庆元风电场 → 华能新能源: the letters before a place are a firm when they end in a trade (not 全部落地,
      // 余家湖, 符合). A bare brand (华能庆元…) is not told from a word or a smaller place without a dictionary.
      for (let i = 2; i <= Math.min(6, name.length - 3) && !len; i++) {
        const head = name.slice(0, i);
        if (placeAt(start + i) && !isPlace(head) && (TRADE_END.test(head) || FIRM_INDUSTRY.test(head))) len = i;
      }
      // A firm the text names in full there (北京X汽车配件有限公司生产…) is read by its suffix, not cut short here.
      const named = cands.some((c) => c.type === 'Organization' && c.nStart < start + 4 && c.nEnd > start);
      if (!len && !named) len = brandTradeHead(name.replace(/(?:项目|工程)$/, ''), isPlace);
      if (!len) {
        for (let i = 4; i <= Math.min(8, name.length - 2) && !len; i++) {
          const head = name.slice(0, i);
          if (FIRM_INDUSTRY.test(head) && !/^(?:电子商务|科技园|能源站|材料产业)/.test(name.slice(i - 2)) && !/^(?:产业|基地|园|城|小镇)/.test(name.slice(i)))
            len = i;
        }
      }
    }
    if (len < 2) continue;
    const firm = name.slice(0, len);
    if (NOT_FIRM_END.test(firm) || isPlace(firm) || /^(?:新建|年产|建设|实施|推进|重点|国家|省级|全国|中国|联合)/.test(firm)) continue;
    // 省道305线, 百万亩: a road's class or a number before the figures, not a firm.
    if (/^(?:[省国县乡]道|[百千万亿]|[一二三四五六七八九十两]+[百千万亿])/.test(firm) || /亩$/.test(firm)) continue;
    // 存栏2000头, 种植500亩: a word that takes a figure; 聚龙湾创4A级: a site's grade. Neither is a firm before its capacity.
    if (cut && (/(?:存栏|出栏|种植|养殖|占地|面积|投资|改造|扩建|新增|达到|约)$/.test(firm) || /^\d*A+级/.test(name.slice(len)))) continue;
    // A head that is a theme (文化旅游, 现代农业, 新材料) names no firm.
    if (/(?:[“”]|集体|经济|合作社)/.test(firm) || /(?:完成|高端|绿色|新材料|全面|节点|文化|旅游|生态|特色|现代|农业|乡村)/.test(firm)) continue;
    // A place followed by only an industry word (范县电子, 洛阳石化) may be a firm or a sector: left out.
    let placeLen = 0;
    for (let k = Math.min(4, firm.length); k >= 2 && !placeLen; k--) if (isPlace(firm.slice(0, k))) placeLen = k;
    if (placeLen && firm.length - placeLen < 2) continue;
    if (placeLen && FIRM_INDUSTRY.test(firm) && firm.length - placeLen <= 2) continue;
    // 河南吉奥科技电子元器件…, 宁夏伊品玉米…: a province or city written right before the firm is where it is
    // registered, part of its name (the annotations' 湖南万橡), not a place the text speaks of; a county is the site.
    let from = start;
    for (let i = stripped.length - 1; i >= 0; i--) {
      const code = stripped[i]!.code;
      if (!code || code.length > 4 || code === doc.placeCode) break;
      from = stripped[i]!.at;
    }
    const c = org(text, from, start + len, 'org-in-project', 0.75);
    if (!c) continue;
    out.push(c);
    if (works) out.push({ ...p, type: 'Project', id: entityId.project(p.name), source: 'project-firm-works', strength: 0.95 });
  }
  return out;
}
