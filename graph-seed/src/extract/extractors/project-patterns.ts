// Projects: lists before 等项目/等重点项目/等高速公路, names with project suffixes (高速, 电站, 产业园, 二期, 西延 …), quoted names before 项目.
import { entityId } from '@policygraph/contract/model';
import type { Candidate, DocContext, Extractor } from '../context';
import { cleanName, isHan, LEADING, splitList, trimItem } from '../text-utils';
import { localPlaceForm } from '../local-places';
import { projectLead } from './project-start';
import { organizationVocabulary, strategyVocabulary } from '../vocabulary';
import { BUILD_WORDS, FACILITY_END } from './strategy-patterns';

export const projectId = entityId.project;

/** 等[N个][modifiers](项目|工程|高速公路|…): the list before it names projects. */
const LIST_TRIGGER =
  /(?<![平同相对高初中上优次何])等(?:(?:\d+|[一二三四五六七八九十百千两]+)(?:个|条|座|批)|一大?批)?(?:(?![企机单主向把将对的为在领域方面组织党])[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff]{2,4}的)|的(?=(?:重点|重大|民生|产业|基础设施)?(?:项目|工程))){0,12}?(?:项目|工程|高速公路|干线公路|市政道路|道路)|(?<![平同相对高初中上优次何])等(?:载体)?建设|(?<![平同相对高初中上优次何])等[^，。；]{0,6}?(?:河流|河道|水系|湖泊)[^，。；]{0,4}?治理/g;
/** Suffixes that end a project's name. */
const SUFFIX =
  /(?:产业集聚区|产业园区|工业园区|科技园区|物流园区|农业园区|升级改造|更新改造|提质改造|提升改造|改造提升|新院区|院区|医院|体育场|体育馆|体育中心|会展中心|大厦|污水处理厂|垃圾焚烧发电厂|热电厂|产业社区|产业港|高新区|经开区|开发区|综合新区|新区|特色小镇|小镇|旅游区|度假区|景区|度假村|中学|小学|幼儿园|民宿|展览馆|展示馆|文化馆|旧址|处理站|示范带|海岸带|示范田|风电场|基地|园区|馆|河道治理|综合治理|棚改|公园|火车站|高铁站|连接线|大峡谷|新城|工程|快速通道|通道|航道|旅游带|文化带|生态廊道|廊道|改建|纪念园|纪念馆|博物馆|书院|故居|研学营地|营地|乐器厂|[一二三四五六七八九]厂|示范园|博览园|风景区|抽水蓄能电站|城际铁路|高速公路|高速|高铁|铁路|轻轨|电站|水库|产业园|物流园|科技园|工业园|生产基地|示范基地|生产线|机场二期|机场|水厂|综合体|大桥|快速路|[一二三四五六七八九]期|[东西南北]延|[南北中]段|扩建项目|改扩建|田园综合体|文旅城|科教城|水镇)/g;
const SUFFIX_AT_END = new RegExp(`(?:${SUFFIX.source})$`);
const SUFFIX_ANY = new RegExp(SUFFIX.source);
const BAD_START =
  /^(?:口袋|城市|病险|废弃|闲置|各|园区|项目|工程|该|此|镇村|集镇|村级|重大|总投资|省级|国家级|市级|县级|区级|一批|一大批|大批|全国|各类|各级|现有|主要|重点|一流|全市|全省|全区|全县|我市|我区|我县|相关|有关|新建|大型|中小|新一代|区域性|乡镇)/;
const GENERIC =
  /^(?:项目|工程|建设|招商引资|招商|引资|[好大新小]项目|高质量|高标准|高水平|高速公路|铁路|产业园|基地|园区|道路|公路|重大项目|重点项目|基础设施|签约项目|在建项目|[开竣]工项目|投产项目|[县市区]?产业集聚区|开发区|高新区|经开区|新区|平台|小镇|景区|民宿|[^\d]{0,4}(?:服务|融资|招商|交易|信息|公共|数字|创新|创业|孵化|载体|合作|开放|发展|要素)平台|.{0,2}(?:生产|示范|实训|教育|培训|研发|种植|养殖|繁育|出口)基地|.{0,3}[园城]区|.{0,2}小镇)$/;
/** Endings shared by named places to build and by generic words (开发区, 培训基地, 服务平台): trusted only with a proper name. */
const ZONE_END = /(?:产业集聚区|高新区|经开区|开发区|新区|园区|景区|旅游区|基地|民宿|小镇|示范带|旧址|馆|升级改造|更新改造|提质改造|提升改造|改造提升)$/;
/** Buildings (医院, 体育馆, 大厦): a project only in a clause that builds or opens something. */
const FACILITY = /^(?:新院区|院区|医院|中学|小学|幼儿园|体育场|体育馆|体育中心|会展中心|大厦|污水处理厂|垃圾焚烧发电厂|热电厂)$/;
const BUILD_CUE = /(?:新建|迁建|改建|扩建|建设|建成|开工|竣工|投用|投入使用|封顶|项目|工程)/;
/**
 * The words before a zone ending make a proper name only with a place in them (叶县先进制造业开发区, 鱼山绿色石化基地
 * is not, 比亚迪合肥基地 is): without one, 重要农产品加工基地, 现代服务业开发区 are kinds, not things.
 */
function zoneNameOk(left: string, suffix: string, isPlace: (s: string) => boolean): boolean {
  if (left.length < 1) return false;
  // Sites (小镇, 民宿, 景区, 馆) carry their own proper names (天鸣花海景区): three letters that are not a kind will do.
  if (/^(?:小镇|民宿|景区|旅游区|馆|示范带|旧址)$/.test(suffix) && left.length >= 3 && !/[是按把对为让从]/.test(left)) {
    if (
      !/(?:省级|国家级|市级|县级|精品|重要|域内|境内|城区|乡村|农村|特色|度假|休闲|旅游|文化|农业|革命|红色|主题)$/.test(left) &&
      !/^(?:各|全|本|该|多|一批|城市|乡村|农村|新建)/.test(left)
    )
      return true;
  }
  if (/^[县市区]$/.test(left)) return true; // 县产业集聚区: the document's own
  for (let i = 0; i < left.length - 1; i++) for (let k = 2; k <= 4 && i + k <= left.length; k++) if (isPlace(left.slice(i, i + k))) return true;
  return /^[\u4e00-\u9fff]{1,3}[县市镇乡村](?!级)/.test(left) && !/^(?:城市|全县|全市|本县|本市|农村|乡村)/.test(left);
}
/** 镇原县苹果产业项目: a place's own industry written as a project (with 项目) is one; 苹果产业 alone is a sector. */
function placedIndustry(name: string, written: string, isPlace: (s: string) => boolean): boolean {
  if (!/产业$/.test(name) || !/项目$/.test(written)) return false;
  for (let k = 4; k >= 2; k--) if (isPlace(name.slice(0, k)) && name.length - k >= 4) return true;
  return /^[\u4e00-\u9fff]{1,4}[县市区旗]/.test(name) && name.length >= 7;
}

/** A list item that is a capacity (年产5万吨尼龙切片, 3万吨改性塑料): a project in a list of projects. */
export const CAPACITY =
  /^(?:年产|年加工|年处理|年出栏)?[\d.]+(?:万|亿|千)?(?:吨|台|套|辆|件|只|头|平方米|立方米|千瓦|兆瓦|吉瓦|GWh|MW|KW|kW|万千瓦|双|片|个|条)/;
/** LEFT …及 RIGHT is one item when LEFT alone is not a finished name and RIGHT ends one (XX迁建及物流中心建设项目), or
 * LEFT is a capacity and RIGHT a short product of the same line (5000台客车及专用车). */
export function joinedItem(left: string, right: string): boolean {
  const done = (x: string) => SUFFIX_AT_END.test(x) || /(?:项目|工程)$/.test(x);
  if (done(left)) return false;
  return /(?:项目|工程)$/.test(right) || (/\d/.test(left) && !/\d/.test(right) && right.length <= 5);
}

export function candidate(
  text: string,
  a: number,
  b: number,
  source: string,
  strength: number,
  capacityOk = false,
  isPlace: (s: string) => boolean = localPlaceForm(null),
  /** The text describes the thing (总投资…, 位于…): a zone or base needs no place in its name. */
  described = false,
): Candidate | null {
  const b0 = b;
  const t = trimItem(text, a, b);
  // 抓喜秀龙旅游设施, 以勒镇…: a one-letter verb stripped from the left was the first letter of a place's name.
  if (t.a > a && /[抓到赴以向由对把将与]/.test(text[t.a - 1] ?? '')) {
    for (let k = 5; k >= 3; k--)
      if (isPlace(text.slice(t.a - 1, t.a - 1 + k))) {
        t.a--;
        break;
      }
  }
  a = t.a;
  b = t.b;
  a += projectLead(text.slice(a, b), isPlace);
  // 满足产业园用水, 依托物流园: a verb of serving or relying on, then the kind; the name starts after it.
  const serving = /^(?:满足|依托|围绕|服务于|支持|带动|入驻|进驻)/.exec(text.slice(a, b));
  if (serving && b - a - serving[0].length >= 2) a += serving[0].length;
  // 重点产业项目有X二期, 今年的工程包括X: the words before 有/包括 say what kind the list is; the name starts after them.
  const opened = /^.{0,12}?(?:项目|工程)(?:主要)?(?:有|包括|包含|分别是|分别为)/.exec(text.slice(a, b));
  if (opened && b - a - opened[0].length >= 3) a += opened[0].length;
  else {
    const after = /^(?:有|包括|包含|分别是|分别为)/.exec(text.slice(a, b));
    if (after && b - a - after[0].length >= 3 && /(?:项目|工程)(?:主要|还|还有)?$/.test(text.slice(Math.max(0, a - 4), a))) a += after[0].length;
  }
  // 洽谈达成了X项目, 签约了X: a verb with 了 ends the clause's verb; the name starts after it.
  const done = /^[\u4e00-\u9fff]{1,10}?了(?=[\u4e00-\u9fff\d“]{4})/.exec(text.slice(a, b));
  if (done && !/^(?:为了|除了|了解)/.test(done[0])) a += done[0].length;
  // “长修高速等高速公路”: what follows 等 is the category, not the name.
  const etc = text.slice(a, b).indexOf('等');
  if (etc >= 2) b = a + etc;
  // X工程指挥部, X项目部: the office on a work's site stands for the work.
  const office = /(?:工程|项目)?(?:指挥部|项目部)$/.exec(text.slice(a, b));
  if (office && office.index >= 3) b = a + office.index + (/^(?:工程|项目)/.test(office[0]) ? 2 : 0);
  // 昆明—X三级公路: a dash joining a route's ends is written as the hyphen the road's name takes elsewhere.
  let name = cleanName(text.slice(a, b)).replace(/(?<=[\u4e00-\u9fff])[—–－](?=[\u4e00-\u9fff])/g, '-');
  const written = name;
  name = name.replace(/(?:项目)$/, (s) => (name.length > 4 ? '' : s));
  // A quoted number slogan in a list (推出“一村一品”“四美乡村”等示范工程) is a programme, not a project,
  // unless it names buildings (“四所医院”).
  const raw = text.slice(a, b).trim();
  if (/^“[一二两三四五六七八九十百千万双]/.test(raw) && /”$/.test(raw) && !FACILITY_END.test(raw.slice(1, -1))) return null;
  if (name.length < 3 || name.length > 40 || GENERIC.test(name) || BAD_START.test(name)) return null;
  if (
    (/^[\d.]+(?![A-Za-z])/.test(name) && !(capacityOk && CAPACITY.test(name))) ||
    /[，。；：]/.test(name) ||
    // …产业 is a sector, unless a place starts it (镇原县苹果产业项目) or the text describes the thing and 项目 follows
    // (位于X镇的Y养老产业项目).
    (/(?:产业|行业|领域|企业)$/.test(name) &&
      !placedIndustry(name, text.slice(a, b0), isPlace) &&
      !(described && /产业$/.test(name) && name.length >= 5 && text.startsWith('项目', b0))) ||
    /^(?:新能源|新材料|制氢储氢|基础设施)$/.test(name)
  )
    return null;
  // 两本项目一览表, 重点项目清单: a document about projects, counted in copies, is no project.
  if (/^[一二两三四五六七八九十几\d]+[本份张册部]/.test(name) || /(?:一览表|清单|名单|目录|台账)/.test(name)) return null;
  // 拼经济、搞建设、促发展: a one-letter verb and its object is a slogan of work, not a name.
  if (/^[拼搞抓促保稳扩谋招争跑盯][\u4e00-\u9fff]{2}$/.test(name)) return null;
  // 平洞街道、新屯镇: a list item that is a township or subdistrict is a place, not a work (小镇, 水乡 are sites).
  if (isPlace(name) || /^[\u4e00-\u9fff]{1,4}(?:街道|(?<![小水古])镇|(?<![水])乡)$/.test(name)) return null;
  // X镇Y村, X乡Y社区: a village written with its township is a place, whatever the gazetteer knows of it.
  if (/^[\u4e00-\u9fff]{2,8}(?:镇|乡)[\u4e00-\u9fff]{1,6}(?:村|社区)$/.test(name)) return null;
  // 省列、市列重点(项目), 智慧城市、智能交通(等项目): a rank or a field of projects, not one of them.
  if (/(?:重点|重大)$/.test(name) || /^(?:智慧|智能|数字|电子|绿色|低碳)[\u4e00-\u9fff]{2}$/.test(name)) return null;
  // 二层主体工程: a storey of a building under way, not a work of its own.
  if (/^[一二三四五六七八九十\d]+层/.test(name)) return null;
  // “实力、活力、魅力、幸福的新X”: a quoted list of qualities is a vision, not a thing built (“四馆一中心” has no 、).
  if (/^“[^”]*、[^”]*”$/.test(raw) && !FACILITY_END.test(raw.slice(1, -1))) return null;
  // 制种大县建设工作列入全国种业基地, 推动村村都有好项目: a clause of listing or judging, not a name.
  if (/(?:列入|纳入|入选|建设工作)/.test(name) || /[好]$/.test(name)) return null;
  // 镇原县计划实施: a verb closes a clause, not a name.
  if (/(?:实施|推进|计划|开工|签约|谋划)$/.test(name)) return null;
  // Clause words, not a name: a report (取得较大进展, 记者在), a count (共有, 第一个, 分三期), a ranking (最大), an office's work (调度).
  if (
    /(?:取得|进展|共有|记者|登上|分[一二三四五六七八九十两]期|最大|最长|最高|第一个|调度|更多|百亿级|千亿级)/.test(name) ||
    /^第[一二三四五六七八九十\d]+期$/.test(name)
  )
    return null;
  // 多个胶合板项目, 标志性博物馆, 综合性医院, 基地型项目, 综合型城市公园: a count, a quality or a type of a kind, not one named thing.
  if (
    /多个|多家|多项|若干|一系列|又一[个批座家]|另一[个批座家]/.test(name) ||
    /^[\u4e00-\u9fff]{1,3}性/.test(name) ||
    /^[\u4e00-\u9fff]{1,4}型$|^[\u4e00-\u9fff]{2}型(?:城市)?(?:公园|社区|园区|基地|城市)$/.test(name)
  )
    return null;
  if (/[着了过早+]|以上|亿元|作为|\d+强|安居工程/.test(name) || /^(?:[至到跨]|大项目|大型)/.test(name)) return null;
  // A clause, not a name: a state (已完工), a verb inside (全面完成…, 实现一镇一厂), a slogan (谋项目), an office (市政府).
  if (/^(?:已|正在|将|拟)/.test(name) || /(?:完成|实现|全面)/.test(name) || /^[谋招抓上争跑盯保]项目$/.test(name) || /(?:政府|党委|委员会)$/.test(name))
    return null;
  if (/(?:申报|成功|获得|荣获|获评|评为|认定|并|达到|产值|年度|季度|\d+个|\d{4}年|【|】|>|\/)/.test(name) || /(?:启动|规划)$/.test(name)) return null;
  // X县20xx年第二批重点(项目), X州春季(项目集中开工): a batch or a season of projects, not one of them.
  if (/第[一二三四五六七八九十百\d]+批|\d{2}[x×X]{2}年|(?:春季|夏季|秋季|冬季|上半年|下半年)$/.test(name)) return null;
  // A list item that names a kind of work (现代服务业, 城区绿化, 专项债券) rather than a thing to build.
  if (
    !SUFFIX_AT_END.test(name) &&
    !/(?:项目|工程)$/.test(text.slice(a, b)) &&
    !(described && /产业$/.test(name) && text.startsWith('项目', b)) &&
    /(?:业|类|发展|旅游|投资|债券|资金|效率|推进|绿化|服务|管理|保护|宅基地|整理)$/.test(name)
  )
    return null;
  const zone = ZONE_END.exec(name);
  if (zone && !described && !zoneNameOk(name.slice(0, zone.index), zone[0], isPlace)) return null;
  const v = strategyVocabulary();
  if (v.byForm.has(name) || v.not.has(name)) return null;
  // The name as a document may also write it, with the 项目/工程 that follows (华能XX风电场项目).
  const head = /^(?:项目|工程)/.exec(text.slice(b, b + 2));
  const aliases = head ? [name + head[0]] : written !== name ? [written] : [];
  // X景区开发建设项目, X产业园建设项目: the name as the text writes it, with the work and the 项目 that follow it.
  const work = /^(?:(?:开发|提升|提档升级|改造|扩建|改扩建|新建|续建|迁建)?建设|开发)(?:项目|工程)/.exec(text.slice(b, b + 10));
  if (work) aliases.push(name + work[0]);
  // X生产线建设, X云仓建设: the name as written with the 建设 trimmed off it.
  if (t.b < b0 && /^(?:项目)?建设/.test(text.slice(t.b, b0)) && text.slice(t.b, b0).length <= 4) aliases.push(`${name}建设`);
  return {
    type: 'Project',
    id: projectId(name),
    name,
    surface: text.slice(a, b),
    nStart: a,
    nEnd: b,
    source,
    strength,
    ...(aliases.length ? { aliases } : {}),
  };
}

/**
 * A list whose items are projects (“14个项目分别是A工程、B项目、C工程…”): where two or more 、-separated items of a
 * clause end in 项目/工程, every item that ends so, or in a project suffix, is a project; 工程 here is a construction
 * work whatever its words.
 */
export const projectListCoherent: Extractor = {
  id: 'project-list-coherent',
  entityType: 'Project',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    // Clause by clause; only clauses with a 、 and two 项目 are split (most have neither: one indexOf each).
    let a0 = 0;
    for (const m of text.matchAll(/[，。；：\n！？]|$/g)) {
      const ca = a0;
      const cb = m.index;
      a0 = cb + 1;
      if (cb - ca < 10) continue;
      const inClause = (i: number) => i >= 0 && i < cb;
      const first = text.indexOf('项目', ca);
      if (!inClause(first) || !inClause(text.indexOf('项目', first + 2)) || !inClause(text.indexOf('、', ca))) continue;
      // An item after 和 joins the list only when it too ends in 项目/工程 (…、C项目和D项目).
      const items = splitList(text, ca, cb, joinedItem).filter((it) => text[it.a - 1] !== '和' || /(?:项目|工程)$/.test(text.slice(it.a, it.b)));
      // Two items ending in 项目: a list of programmes (A工程、B工程) does not qualify.
      const ending = (it: { a: number; b: number }) => /项目$/.test(text.slice(it.a, it.b).replace(/(?:建设|等.*)$/, ''));
      if (items.filter(ending).length < 2) continue;
      for (const it of items) {
        let b = it.b;
        const t = text.slice(it.a, b);
        const etc = t.search(/等(?:[\d一二三四五六七八九十]+个)?[^、]{0,6}(?:项目|工程)$/);
        if (etc > 0) b = it.a + etc;
        // …、X项目成功签约: the last item carries the clause's predicate after its 项目.
        const pred = /(?:项目|工程)(?:已经|已|均|正式|成功|顺利|集中|全面)?(?:签约|开工建设|开工|竣工|投产|落地|建成)$/.exec(text.slice(it.a, b));
        if (pred) b = it.a + pred.index + 2;
        const item = text.slice(it.a, b);
        if (!/(?:项目|工程)$/.test(item) && !SUFFIX_AT_END.test(item)) continue;
        // A list of projects vouches for its items: a zone or site in it needs no place in its name.
        const c = candidate(text, it.a, b, 'project-list-coherent', 0.8, true, isPlace, true);
        if (c && c.name.length <= 40) out.push(c);
      }
    }
    return out;
  },
};

/** 西和县, 新和县: a 和 at AT that is a letter inside a county's name, not a joining word. */
function inPlaceName(text: string, at: number, isPlace: (s: string) => boolean): boolean {
  return text[at] === '和' && (isPlace(text.slice(at - 1, at + 2)) || isPlace(text.slice(at - 2, at + 2)) || isPlace(text.slice(at - 1, at + 3)));
}

/** Start of the clause the list sits in: after the last ，。；： or line break. */
function clauseStart(text: string, end: number, max = 90): number {
  let s = end;
  while (s > 0 && end - s < max && !/[，。；：\n！？□]/.test(text[s - 1]!)) s--;
  return s;
}

/** End of the clause from I: the next ，。；： or line break. */
function clauseEnd(text: string, i: number, max = 90): number {
  let e = i;
  while (e < text.length && e - i < max && !/[，。；：\n！？□]/.test(text[e]!)) e++;
  return e;
}

/**
 * What a text says about a project right after naming it (X项目总投资12亿元, X项目位于…, X项目建成后…): the name
 * before 项目 is a project whatever its words. The name runs back to the clause's start (after 其中/如 …).
 */
const DESCRIBED =
  /项目(?=[，,]?(?:总投资|投资(?:超|约|达|近)?[\d.]+(?:万|亿)|实现开工|即将开工|计划总投资|计划投资|估算总投资|概算总投资|总建筑面积|建筑面积|用地面积|占地|规划面积|位于|选址|坐落|落户|于\d{4}年|\d{4}年\d{1,2}月|建成后|达产后|投产后|投产达效后|达产达效后|全部建成|主要建设|建设内容|主要生产|面向|拟建设|计划建设|将建设|设计产能|由[\u4e00-\u9fff]{2,20}(?:投资|建设|承建|实施)|现场|工地|施工现场|建设现场|签约仪式|奠基仪式|竣工仪式|集中开工仪式|正式签约|成功签约|顺利签约|集中签约|开工仪式|正式开工|顺利开工|集中开工|竣工投产|正式投产|顺利投产|建成投产|主体完工|已完成|预计|计划于|进展顺利|顺利推进|稳步推进|有序推进|基本完工|全面完工|已完工|建成投用|投入使用|正式运营))/g;

/**
 * 安防线束及汽车线束生产制造项目总投资…: one 及 whose left part is no finished name (no project ending, no firm) joins
 * two products of one line into one project; A工程及B项目, A公司及B项目 stay apart.
 */
function oneThingWithAnd(inner: string): boolean {
  const parts = inner.split('及');
  if (parts.length !== 2 || /[、和与]/.test(inner)) return false;
  const [left, right] = parts as [string, string];
  if (left.length < 2 || right.length < 2) return false;
  return !SUFFIX_AT_END.test(left) && !/(?:项目|工程|公司|集团|企业|厂)$/.test(left);
}

/**
 * Whether the words before a work (…建设, …开发建设) name a site: a site's ending in them (X景区, X产业园…) or a place
 * starting them and a thing of its own after it (X镇德祥生态园); X县基础设施, X镇新农村 name a kind of work.
 */
function namedSite(x: string, isPlace: (s: string) => boolean): boolean {
  if (GENERIC.test(x)) return false;
  if (SUFFIX_ANY.test(x)) return true;
  for (let k = Math.min(8, x.length - 3); k >= 2; k--) {
    if (!isPlace(x.slice(0, k))) continue;
    let r = x.slice(k);
    for (let j = Math.min(6, r.length - 3); j >= 2; j--)
      if (isPlace(r.slice(0, j))) {
        r = r.slice(j);
        break;
      }
    return r.length >= 3 && !/^(?:基础设施|公共服务|城乡|城市|城镇|农村|乡村|新农村|美丽乡村|重点|重大|民生|产业|项目|工程|各|全)/.test(r);
  }
  return false;
}

export const projectDescribed: Extractor = {
  id: 'project-described',
  entityType: 'Project',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    for (const m of text.matchAll(DESCRIBED)) {
      if (/[”等的]/.test(text[m.index - 1] ?? '')) continue; // “X”项目 and lists are read elsewhere; 的项目 is a kind
      const start = clauseStart(text, m.index, 40);
      const t = trimItem(text, start, m.index);
      let a = t.a;
      const lead = /^(?:其中|如|比如|例如|此外|另外|同时|目前|当前|该|这个|此|这一|本次|此次|今年|去年|年内)[，,]?/.exec(text.slice(a, m.index));
      if (lead) a += lead[0].length;
      while (text[a] === '的' && a < m.index) a++; // 新建的X项目: the verb went, its 的 too
      // X县举行Y项目奠基仪式: the project is named after the event's verb.
      const held = /^.*(?:举行|举办)/.exec(text.slice(a, m.index));
      if (held && m.index - a - held[0].length >= 4 && !/[届会节]/.test(text.slice(a + held[0].length, m.index))) a += held[0].length;
      const inner = text.slice(a, m.index);
      if (/(?:举行|召开|举办|开幕|闭幕|届|活动|会议|仪式|出席|见证)/.test(inner)) continue; // an event (…文化节举行项目签约仪式), not a thing
      // X景区开发建设项目总投资…: the work (建设, 开发建设) done on a named site is the site's project; a kind of work
      // (基础设施建设项目, 新农村建设项目) names no site.
      const site = /^(.{3,}?)(?:开发|提升|提档升级|改造|扩建)?建设$/.exec(inner);
      if (site && namedSite(site[1]!, isPlace)) {
        const c = candidate(text, a, m.index, 'project-described', 0.75, true, isPlace, true);
        if (c) out.push({ ...c, aliases: [...(c.aliases ?? []), `${c.name}项目`] });
        continue;
      }
      if (
        inner.length < 3 ||
        (/[、和及与]/.test(inner) && !oneThingWithAnd(inner)) ||
        (held && inner.length >= 8 && /示范$/.test(inner) ? false : /示范$/.test(inner)) ||
        /(?:重点|重大|建设|签约|在建|新建|续建|招商|产业|合作|试点|投资|亿元|个|批|类|这些|一些|所有|全部|对接|洽谈|储备|谋划|前期|优质|优秀|好|大)$/.test(
          inner,
        )
      )
        continue;
      if (/^(?:全市|全县|全区|全省|我市|我县|我区|各|一批|一大批|多个|\d)/.test(inner) && !/^\d{2,3}(?:省道|国道)/.test(inner)) continue;
      const c = candidate(text, a, m.index, 'project-described', 0.75, true, isPlace, true);
      if (c) out.push({ ...c, aliases: [...(c.aliases ?? []), `${c.name}项目`] });
    }
    return out;
  },
};

/** Other ways a text closes a list of projects: A、B、C三个项目; 以A、B为代表的一批重点项目. */
const LIST_COUNTED = /(?<=[\u4e00-\u9fff”])(?:[一二三四五六七八九十两]|\d{1,3})(?:个|项)(?:重点|重大|产业|工业|基础设施|民生)?(?:项目|工程)/g;
const LIST_LED = /为(?:代表|龙头|重点|主体|骨干)的(?:[^，。；]{0,12}?)(?:项目|工程)/g;
/** 以A、B项目为抓手，发展…: a list closed by 项目 and made the means of the clause's aim (为重点/引领/抓手/突破口/依托 …). */
const LIST_MEANS = /(?:项目|工程)为(?:重点|引领|抓手|切入点|突破口|依托|支撑|牵引|龙头|核心|载体|主体)(?=[，。；、])/g;
/** Lists a text opens with what they are: 重点项目包括：A、B和C. */
const LIST_OPENED = /(?:项目|工程)(?:主要)?(?:有|包括|包含|分别是|分别为)[：:]?/g;

/** A visit's list of sites (考察了A、B、C项目): an item that ends in 项目 is one. */
const VISIT_LIST = /(?:考察了?|调研了?|参观了?|察看了?|查看了?|走访了?|观摩了?|先后来到|来到|走进|深入)/g;

export const projectVisited: Extractor = {
  id: 'project-visited',
  entityType: 'Project',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    for (const m of text.matchAll(VISIT_LIST)) {
      const start = m.index + m[0].length;
      let end = start;
      while (end < text.length && end - start < 120 && !/[，。；：\n！？]/.test(text[end]!)) end++;
      for (const item of splitList(text, start, end, joinedItem)) {
        let b = item.b;
        const etc = text.slice(item.a, b).search(/等(?:地|处|单位|企业|项目|点位)?$/);
        if (etc > 0) b = item.a + etc;
        if (!/项目$/.test(text.slice(item.a, b)) || b - item.a < 5) continue;
        const c = candidate(text, item.a, b, 'project-visited', 0.7, false, isPlace, true);
        if (c) out.push(c);
      }
    }
    return out;
  },
};

/**
 * A list item of projects that is a firm's name: a group or company, or a short name (two to six letters) ending in a
 * word firms are named with (电子, 精密, 科技, 影视 …) and no project ending, product or capacity. Items named after
 * their product (某某制动, 某某合金) stay projects.
 */
export function firmStandingFor(c: Candidate): boolean {
  const n = c.name;
  if (/(?:集团|公司)$/.test(n) || organizationVocabulary().byForm.has(n)) return true;
  if (n.length < 4 || n.length > 6 || /\d/.test(n) || /(?:项目|工程)$/.test(c.surface) || SUFFIX_ANY.test(n)) return false;
  return /(?:电子|精密|科技|智能|股份|控股|实业|药业|生物|影视|电器|光电|传媒|时代|生化|高科|新材)$/.test(n);
}

export const projectList: Extractor = {
  id: 'project-list',
  entityType: 'Project',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    const read = (start: number, end: number, source: string, strength: number, minItems = 1) => {
      const items = splitList(text, start, end, joinedItem);
      if (items.length < minItems) return;
      for (const item of items) {
        const c = candidate(text, item.a, item.b, source, strength, true, isPlace);
        if (!c) continue;
        // 赛纬电子、博大精密等16个项目, 国电投、保利集团等一批优质项目: firms standing for their projects.
        out.push(firmStandingFor(c) ? { ...c, type: 'Organization', id: entityId.organization(c.name), source: 'org-as-project', strength: 0.7 } : c);
      }
    };
    for (const m of text.matchAll(LIST_TRIGGER)) {
      // A long 、-list runs past 90 letters; one longer than the walk has lost its first item's start, so that item goes.
      let start = clauseStart(text, m.index, 200);
      if (start > 0 && !/[，。；：\n！？□]/.test(text[start - 1]!)) start = Math.max(start, text.indexOf('、', start) + 1);
      // 包含A、B、C等设施工程, 建有A、B等配套工程: the parts a project contains, not projects of their own.
      if (/^(?:[^，。；]{0,4}?(?:包含|含有|建有|配套建设|配套))/.test(text.slice(start, m.index)) || /^等[^，。；]{0,4}(?:(?<!基础)设施|配套)/.test(m[0]))
        continue;
      read(start, m.index, 'project-list', 0.85);
    }
    for (const m of text.matchAll(LIST_COUNTED)) read(clauseStart(text, m.index), m.index, 'project-list', 0.75, 2);
    for (const m of text.matchAll(LIST_LED)) {
      const start = clauseStart(text, m.index);
      const open = text.lastIndexOf('以', m.index);
      if (open >= start) read(open + 1, m.index, 'project-list', 0.75);
    }
    for (const m of text.matchAll(LIST_MEANS)) {
      const start = clauseStart(text, m.index);
      const open = text.lastIndexOf('以', m.index);
      // The 项目 closing the list belongs to its last item (A、B升级改造项目); 等项目 lists are read above.
      if (open >= start && text[m.index - 1] !== '等') read(open + 1, m.index + 2, 'project-list', 0.75);
    }
    // 项目涵盖…领域，包括A、B、C等。: a sentence about projects opens a list with 包括 and closes it with a bare 等.
    for (const m of text.matchAll(/包括[：:]?/g)) {
      const s = doc.sentenceAt(m.index);
      if (!s || !text.slice(s.nStart, m.index).includes('项目')) continue;
      // 建设项目包括道路硬化、沼气池…等: what one work is made of (its 建设内容), not projects of their own.
      if (/(?:建设项目|建设内容|建设任务|主要内容)(?:主要)?$/.test(text.slice(s.nStart, m.index))) continue;
      const start = m.index + m[0].length;
      const close = /^[^。；\n]{6,200}?等(?=[。；，])/.exec(text.slice(start, s.nEnd));
      if (close && !/[，]/.test(close[0])) read(start, start + close[0].length - 1, 'project-list', 0.7, 3);
    }
    for (const m of text.matchAll(LIST_OPENED)) {
      // 建设项目包括道路硬化、沼气池…: what one work is made of, not projects of their own.
      if (/(?:建设)$/.test(text.slice(m.index - 2, m.index))) continue;
      const start = m.index + m[0].length;
      let end = start;
      while (end < text.length && end - start < 120 && !/[。；\n]/.test(text[end]!)) end++;
      // A list cut by the length limit ends mid-name: it ends at its last comma instead.
      if (end - start >= 120) end = Math.max(start, text.lastIndexOf('，', end));
      read(start, end, 'project-list', 0.7, 2);
    }
    return out;
  },
};

export const projectSuffix: Extractor = {
  id: 'project-suffix',
  entityType: 'Project',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    for (const m of text.matchAll(SUFFIX)) {
      const end = m.index + m[0].length;
      if (isHan(text[end]) && /^(?:公司|集团|企业|产业|经济|建设者|有限|股份)/.test(text.slice(end))) continue;
      // 高铁铁路结构件, 公路养护设备: a route word qualifying a product names the product line, not a route; 公园城市 is
      // a kind of city.
      if (/^(?:结构件|构件|配件|零部件|部件|设备|装备|器材|建材|材料)/.test(text.slice(end)) || (m[0] === '公园' && text.startsWith('城市', end))) continue;
      // 把废弃小学改建成博物馆: the work turns one thing into the next, which is the name.
      if (/(?:改建|改扩建|扩建)$/.test(m[0]) && text[end] === '成') continue;
      // 内乡县大桥乡: the ending is the first letters of a township's or village's name, not a work.
      if (/^[乡镇村]/.test(text.slice(end)) && isPlace(text.slice(m.index, end + 1))) continue;
      // …工程 is a project only when its words are about building (航道升级工程), else a programme (强基固本工程).
      if (m[0] === '工程' && !BUILD_WORDS.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // Treatment works and corridors are named after their river or route (马家河综合治理, 鹿邑至亳州快速通道);
      // without one they are a kind of work (生态环境综合治理), not a project.
      if (/治理$/.test(m[0]) && !/[河湖渠江沟库港]$/.test(text.slice(m.index - 1, m.index)) && !/河/.test(text.slice(m.index - 4, m.index))) continue;
      if (/(?:通道|廊道)$/.test(m[0]) && !/[至河]/.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      if (FACILITY.test(m[0]) && !BUILD_CUE.test(text.slice(clauseStart(text, m.index, 60), clauseEnd(text, end, 40)))) continue;
      let s = m.index;
      // Walk left over the name (letters, digits of capacities), stopping at clause punctuation and joining words;
      // a name whose start is not found within 16 letters is not trusted.
      while (s > 0 && m.index - s < 16 && (!/[，。；：、\n！？（）()“”和及与的等□【】>|/将把被]/.test(text[s - 1]!) || inPlaceName(text, s - 1, isPlace))) s--;
      if (s > 0 && m.index - s >= 16) continue;
      if (text[s - 1] === '等') continue; // “…等南水北调调蓄工程”: the category of a list, not a name
      if (/^\d+[座条个家所]/.test(text.slice(end, end + 4))) continue; // 建成黄河公路大桥6座: a count of a kind
      if (/期$/.test(m[0]) && /[第前首本每上下成完]/.test(text[m.index - 1] ?? '')) continue; // 第六期, 完成一期: not a phase of a work
      const c = candidate(text, s, end, 'project-suffix', 0.7, false, isPlace);
      if (c && c.name.length - m[0].length >= 2) out.push(c);
    }
    return out;
  },
};

/** A clause that builds or opens named things: “A、B、C建成投用”, “加快推动A、B开工建设”. */
const DONE = /(?:建成投用|建成投产|完成建设|开工建设|竣工通车|建成通车|正式通水|开通运营|建成开放|建成使用|正式投产)/g;

export const projectListVerb: Extractor = {
  id: 'project-list-verb',
  entityType: 'Project',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    for (const m of text.matchAll(DONE)) {
      const start = clauseStart(text, m.index, 60);
      const items = splitList(text, start, m.index);
      // One item is trusted only with a project suffix; a list of two or more names is trusted as a list.
      if (items.length < 2 && !SUFFIX_ANY.test(text.slice(start, m.index))) continue;
      for (const item of items) {
        const c = candidate(text, item.a, item.b, 'project-list-verb', 0.7, false, isPlace);
        if (c && c.name.length <= 16 && !(items.length >= 2 && firmStandingFor(c))) out.push(c);
      }
    }
    // 全力推进A线新乡段、B线新乡段建设: a verb opens the clause, a list of coded or suffixed names ends in 建设.
    for (const m of text.matchAll(/建设(?=[，。；])/g)) {
      const start = clauseStart(text, m.index, 60);
      if (!LEADING.test(text.slice(start, m.index))) continue;
      const items = splitList(text, start, m.index);
      if (items.length < 2) continue;
      for (const item of items) {
        const t = text.slice(item.a, item.b);
        const suffix = SUFFIX_AT_END.exec(t);
        if (!/[A-Z]\d|\d+[A-Z]?线/.test(t) && !(suffix && t.length - suffix[0].length >= 2)) continue;
        const c = candidate(text, item.a, item.b, 'project-list-verb', 0.65, false, isPlace);
        if (c && c.name.length <= 20) out.push(c);
      }
    }
    // 建成开放林河公园, 全力打造“马家岩大峡谷”: a verb, then one name up to the end of the clause.
    for (const m of text.matchAll(/(?:建成开放|建成通车|开工建设|全力打造|加快建设|启动建设)(“[^“”\n]{2,12}”|[\u4e00-\u9fff]{2,12})(?=[，。；、])/g)) {
      const a = m.index + m[0].length - m[1]!.length;
      const quoted = m[1]!.startsWith('“');
      if (!quoted && !SUFFIX_AT_END.test(m[1]!)) continue;
      if (quoted && !/(?:谷|园|城|镇|街|馆|基地|中心|景区|公园|小镇|峡谷|湖|带|楼)”$/.test(m[1]!)) continue;
      const c = candidate(text, a, a + m[1]!.length, 'project-list-verb', 0.7, false, isPlace);
      if (c) out.push(c);
    }
    return out;
  },
};

/** “雷山匠谷”项目, 中豫集团项目: a name right before 项目. */
export const projectNamed: Extractor = {
  id: 'project-named',
  entityType: 'Project',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const isPlace = localPlaceForm(doc.placeCode);
    const out: Candidate[] = [];
    for (const m of text.matchAll(/“([^“”\n]{2,16})”(?=(?:项目|工程建设|建设|“|和|、))/g)) {
      if (/[“和、]/.test(text[m.index + m[0].length]!) && !FACILITY_END.test(m[1]!)) continue;
      const c = candidate(text, m.index, m.index + m[0].length, 'project-named', 0.85, false, isPlace);
      if (c) out.push(c);
    }
    for (const m of text.matchAll(/项目(?!库|储备|谋划|前期|建设年|为王|资金|招商|落地|审批|保障|管理)/g)) {
      if (text[m.index - 1] === '”' || text[m.index - 1] === '等') continue;
      // 实施总装机X万千瓦光伏项目9个: a count after 项目 says how many projects of a kind, not which one.
      if (/^(?:共|有)?(?:\d+|[一二两三四五六七八九十]+)(?:个|项)/.test(text.slice(m.index + 2, m.index + 8))) continue;
      let s = m.index;
      while (s > 0 && m.index - s < 24 && !/[，。；：\n！？（）的等□]/.test(text[s - 1]!)) s--;
      // Only where a construction verb introduces the name (加快推进X项目), or an investment figure does (总投资…的X项目):
      // elsewhere “X项目” is mostly a verb phrase (抓项目, 以项目推动).
      const introduced =
        LEADING.test(text.slice(s, m.index)) ||
        /(?:投资[^，。；]{0,12}|(?:超|约|达|近)?[\d.]+(?:万|亿)(?:美)?元以?上?)的$/.test(text.slice(Math.max(0, s - 16), s));
      if (!introduced) continue;
      const t = trimItem(text, s, m.index);
      const inner = text.slice(t.a, t.b);
      // …服务保障项目早开工: a verb before 项目 makes it the object of the work, not a name.
      if (
        inner.length < 3 ||
        /(?:重点|重大|建设|专项债|签约|在建|工业|民生|水利|招商|产业|文旅|节点|示范|合作|试点|扩建|投资|亿元|个|批|保障|服务|推动|支持|助力|推进|加快|抓|谋)$/.test(
          inner,
        )
      )
        continue;
      const items = oneThingWithAnd(inner) ? [t] : splitList(text, t.a, t.b, joinedItem);
      for (const item of items) {
        const c = candidate(text, item.a, item.b, 'project-named', 0.75, false, isPlace);
        if (c) out.push(c);
      }
    }
    return out;
  },
};
