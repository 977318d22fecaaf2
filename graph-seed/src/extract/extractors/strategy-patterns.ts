// Strategies by pattern: quoted slogans and programmes (“两个更好”, “十百千万”工程, “1335”工作布局) and unquoted named programmes (…战略/工程/计划/精神).
import type { Candidate, DocContext, Extractor } from '../context';
import { BOUNDARY, cleanName, isHan, leftBoundary } from '../text-utils';
import { strategyVocabulary } from '../vocabulary';
import { strategyId } from './strategy-vocabulary';

/** Head nouns kept in the name (“1335”工作布局 → 1335工作布局) … */
const KEEP_HEADS = [
  '行动计划',
  // A programme word after the quote makes it a programme even when the quote ends like a place
  // (“数字乡村”试点, “美丽庭院”提升行动); 示范区/示范村 and …项目/基地 are caught before (THING_AFTER).
  '提升行动',
  '试点',
  '示范',
  '工作布局',
  '工作法',
  '发展模式',
  '战略',
  '工程',
  '计划',
  '规划',
  '模式',
  '布局',
  '改革',
  '精神',
  '理念',
  '制度',
  '经验',
  '组合拳',
];
/** … and head nouns dropped from it (“万人助万企”活动 → 万人助万企), still marking the quote as a programme. */
const WEAK_HEADS = [
  '总体发展思路',
  '总体工作思路',
  '任务',
  '总体定位',
  '工作思路',
  '工作机制',
  '工作要求',
  '发展理念',
  '思路',
  '活动',
  '行动',
  '创建',
  '建设',
  '要求',
  '目标',
  '品牌',
  '机制',
  '体系',
  '愿景',
  '格局',
  '大比武',
  '攻坚',
  '专项行动',
  '重大要求',
  '工作',
];
const HEADS = [...KEEP_HEADS, ...WEAK_HEADS].sort((a, b) => b.length - a.length);

/** Endings that make a quoted name a place, project or product, not a programme. */
const THING_END =
  /(?:谷|园|城|镇|街|村|基地|中心|景区|公园|小镇|峡谷|人家|带|湖|山|馆|楼|路|桥|站|港|厂|院|区|庭院|乡村|田园|家园|称号|氧吧|毛尖|葡萄|防线|书房|医院|学校)$/;
/** Quoted names of buildings to build (“四所医院”, “两馆一中心”, “城市书房”): projects, even when they start with a count. */
export const FACILITY_END = /(?:医院|中心|书房|馆|学校|基地|楼|站|厂|公园)$/;
/** A quoted name followed by these is part of a project or an award. */
const THING_AFTER = /^(?:[\u4e00-\u9fff]{0,6}(?:项目|基地|产业园|园区|称号|荣誉|示范区|示范村|示范县)|总体规划)/;
const NUMERAL_START = /^[一二两三四五六七八九十百千万双多]/;
const CODE_FRAMEWORK = /^(?=.*\d.*\d)[\dN+＋-]{2,12}$/;
const YEAR = /^(?:19|20)\d\d$/;
const ADOPT_BEFORE =
  /(?:建设|拓展|推出|锚定|叫响|践行|落实|坚持|实施|推行|深化|开展|推进|对标|围绕|聚焦|弘扬|传承|树牢|树立|抓好|推广|强化|做到|增强|坚定|实现|谱写)[^，。；“”]?$/;

/** ADOPT_BEFORE with the programme's field between the verb and the quote (大力实施基层党建“A”, 建立种业发展“B”). */
const ADOPT_FIELD =
  /(?:建立|建设|拓展|推出|锚定|践行|落实|坚持|实施|推行|深化|开展|推进|对标|围绕|聚焦|弘扬|树牢|树立|抓好|推广|强化|构建|创新|打造)([\u4e00-\u9fff]{2,6})$/;
/** Letters that make the words between a verb and a quote a clause, not a field (实施了一批“A”, 推进全县的“B”). */
const NOT_FIELD = /[的了是在和与及将把对为个批项等以从向让使]/;
/** Years of a life or a calendar, not a year's theme (“项目建设年”). */
const NOT_THEME_YEAR = /(?:周年|百年|新年|今年|明年|去年|全年|往年|当年|少年|青年|老年|中年|成年|童年|丰年|多年|近年|每年)$/;
/** What a code framework names when written after it (“3+3”现代产业, “6+N”产业体系). */
const CODE_NOUN = /^[\u4e00-\u9fff]{0,4}?(?:产业体系|产业集群|产业|体系|布局|格局)/;

/** The field a programme belongs to, written right before its quoted name (招商引资“一号工程”). */
const FIELD_BEFORE = /(?:招商引资|乡村振兴|脱贫攻坚|项目建设|营商环境|产业发展|城市建设|基层治理)$/;

/** “…”的总体架构, “…”的精神: a framework or spirit introduced with 的 (weak head: the quote is the name). */
const OF_HEAD = /^的(?:总体架构|总体布局|总体思路|发展思路|工作思路|思路|精神|总体要求|总要求|方针|原则)/;

/** The head noun right after a quote (possibly with up to 4 modifying letters: “四信”信访模式). */
function headAfter(text: string, at: number): { head: string; full: string; keep: boolean } | null {
  const of = OF_HEAD.exec(text.slice(at, at + 6));
  if (of) return { head: of[0].slice(1), full: of[0], keep: false };
  for (let mod = 0; mod <= 6; mod++) {
    for (const h of HEADS) {
      // Up to four letters qualify any head (“四信”信访模式); six only a kept one (“1520”乡土人才赋能计划).
      if (mod > 4 && !KEEP_HEADS.includes(h)) continue;
      if (text.startsWith(h, at + mod)) {
        const mods = text.slice(at, at + mod);
        if (!/^[\u4e00-\u9fff]*$/.test(mods) || /[是的为了在和与及将把对]|讲话|会议/.test(mods)) return null;
        // “A”发展谋篇布局: 谋篇布局 is an idiom for planning, not a 布局 named by the quote.
        if (h === '布局' && /谋篇$/.test(mods)) return null;
        // A count among the modifiers (“A”“B”“C”三大工程) names the group, not each programme.
        const counted = /[一二两三四五六七八九十百千]大?$|[一二两三四五六七八九十]大/.test(mods);
        return { head: h, full: mods + h, keep: KEEP_HEADS.includes(h) && !counted };
      }
    }
  }
  return null;
}

/** “四美”乡村, “五美”庭院: a two-letter number slogan that qualifies the noun after it; the name is both together. */
function numberPrefix(x: string, text: string, after: number): boolean {
  return x.length === 2 && NUMERAL_START.test(x) && /^(?:乡村|庭院|支部|家庭|社区|村庄|小区|农户|机关|校园)/.test(text.slice(after, after + 2));
}

export const strategyQuoted: Extractor = {
  id: 'strategy-quoted',
  entityType: 'Strategy',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const vocab = strategyVocabulary();
    const out: Candidate[] = [];
    let prevChainEnd = -1;
    let prevAccepted = false;
    for (const m of text.matchAll(/“([^“”\n]{1,30})”/g)) {
      // “四区一基地〔2〕”, “六稳”[1]: a footnote's number is the report's apparatus, not part of the name.
      const x = cleanName(m[1]!).replace(/[〔［[【(（]\d{1,2}[〕］\]】)）]$/, '');
      const a = m.index + 1;
      const b = a + m[1]!.length;
      const after = m.index + m[0].length;
      // 招商引资“一号工程”: a phrase that names no programme alone (“一号工程”, “一把手工程”) does with its field before it.
      const field = FIELD_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index));
      if (field && vocab.not.has(x) && /工程$/.test(x)) {
        const name = field[0] + x;
        out.push({
          type: 'Strategy',
          id: strategyId(name),
          name,
          surface: text.slice(m.index - field[0].length, after),
          nStart: m.index - field[0].length,
          nEnd: after,
          source: 'strategy-quoted',
          strength: 0.8,
        });
        continue;
      }
      if (x.length < 2 || vocab.not.has(x) || YEAR.test(x) || FACILITY_END.test(x)) continue;
      // Vocabulary forms written with quotes: “五星”支部 = 五星支部, “十百千万”工程 = 十百千万工程.
      let vocabHit: string | null = vocab.byForm.has(x) ? x : null;
      for (let k = 4; k >= 1 && !vocabHit; k--) if (vocab.byForm.has(x + text.slice(after, after + k))) vocabHit = x + text.slice(after, after + k);
      if (vocabHit) {
        const e = vocab.byForm.get(vocabHit)!;
        out.push({
          type: 'Strategy',
          id: strategyId(e.name),
          name: e.name,
          surface: vocabHit,
          nStart: a,
          nEnd: b,
          source: 'strategy-quoted',
          strength: 0.95,
          partOf: e.partOf ? strategyId(e.partOf) : undefined,
        });
        continue;
      }
      // “A”工程重点项目B: the programme word comes first, the projects listed after it serve it.
      const programmeFirst = /^(?:提升行动|工程|行动|计划|战略|试点|示范)(?:重点|首批|开工|签约|[，。；：、])/.test(text.slice(after, after + 8));
      // “A”的生态项目: projects that serve the programme (的 between), not a project named by the quote.
      const ofThing = text[after] === '的' && !/^的(?:称号|荣誉)/.test(text.slice(after, after + 4));
      if (!programmeFirst && !ofThing && (THING_AFTER.test(text.slice(after, after + 10)) || /^(?:[\u4e00-\u9fff]{0,4}(?:项目|称号))/.test(text.slice(after))))
        continue;
      if (/[。！？；]/.test(x) || x.length > 24) continue;
      // “A”“B”等H: a chain of quotes shares the head noun after the last one.
      let chainEnd = after;
      while (true) {
        const rest = text.slice(chainEnd, chainEnd + 32);
        const next = /^(?:、|和|及|与|或)?“[^“”\n]{1,30}”/.exec(rest);
        if (!next) break;
        chainEnd += next[0].length;
      }
      if (text[chainEnd] === '等') chainEnd++;
      const chained = chainEnd !== after;
      const found = headAfter(text, chainEnd);
      // In a chain (“A”“B”等示范工程) the head names the group: each quote keeps its own name.
      const head = found && chained && found.full !== found.head ? { ...found, keep: false } : found;
      const inChain = prevChainEnd === m.index && prevAccepted;
      // “A”和“B”为抓手: quotes named as the lever or guide of the work are programmes.
      const asLever = /^为(?:抓手|引领|契机|统领|主线|牵引|突破口|切入点|核心|支撑|主题|总抓手|主攻方向)/.test(text.slice(chainEnd, chainEnd + 5));
      // 大力实施基层党建“书记项目”: the field of the work stands between the verb and the quoted programme.
      const adoptField = ADOPT_FIELD.exec(text.slice(Math.max(0, m.index - 10), m.index));
      const fieldWords = adoptField && !NOT_FIELD.test(adoptField[1]!) ? adoptField[1]! : null;
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      // 入选“A”试点: a pilot or demonstration programme one is chosen for, not a title.
      const pilot = !!found && /^(?:试点|示范)$/.test(found.head);
      if (/(?:荣获|获评|评为|创成|被评|入选|称为)$/.test(before) && !(pilot && /入选$/.test(before))) continue;
      // 省“十大杰出青年农民”评选: an award people are chosen for, not a programme.
      if (/^\s*(?:评选|评比|表彰|荣誉|获得者|提名)/.test(text.slice(chainEnd, chainEnd + 6))) continue;
      // “一站式”, “一条龙式”: a manner (…式) qualifying the noun after it, not a programme.
      const numberSlogan = NUMERAL_START.test(x) && x.length >= 3 && x.length <= 10 && !/式$/.test(x);
      const code = CODE_FRAMEWORK.test(x);
      const selfHeaded = HEADS.some((h) => x.endsWith(h) && x.length > h.length + 1) && !THING_END.test(x) && x.length <= 12 && !/[，,]/.test(x);
      // “项目建设年”, “能力作风提升年”: a year named for its theme is the year's campaign.
      const themeYear = /^[\u4e00-\u9fff]{3,10}年$/.test(x) && !NOT_THEME_YEAR.test(x);
      let name: string | null = null;
      let strength = 0.8;
      if (head) {
        // “断头路”三年行动计划 is a programme though 断头路 is a thing: a kept head makes the name a programme.
        // Three parallel phrases in one quote (“生态立镇、农业强镇、旅游活镇”目标) are a slogan, whatever their last letter.
        const parallel = (x.match(/、/g)?.length ?? 0) >= 2;
        // “企业满园”行动: an action named right after the quote makes a campaign of it, whatever its last letter.
        const action = head.full === head.head && /^(?:行动|专项行动|活动|攻坚)$/.test(head.head);
        if (THING_END.test(x) && !selfHeaded && !numberSlogan && !parallel && !action && head.head !== '品牌' && !head.keep) continue;
        if (head.head === '工程' && /(?:公路|道路|水库|水利|管网|治理|桥)$/.test(x)) continue;
        name = head.keep ? x + head.full : x;
        strength = 0.9;
      } else if (numberSlogan || code || selfHeaded || themeYear) {
        name = x;
      } else if (asLever && x.length >= 3 && x.length <= 16 && !THING_END.test(x)) {
        name = x;
        strength = 0.7;
      } else if (numberPrefix(x, text, after)) {
        name = x + text.slice(after, after + 2);
      } else if (inChain && x.length >= 3 && x.length <= 16 && !THING_END.test(x)) {
        name = x;
        strength = 0.6;
      } else if ((ADOPT_BEFORE.test(before) || fieldWords) && x.length >= 3 && x.length <= 16 && !THING_END.test(x) && !/[，,]/.test(x)) {
        name = x;
        strength = 0.6;
      }
      const next = /^(?:、|和|及|与|或)?“/.exec(text.slice(after, after + 3));
      prevChainEnd = next ? after + next[0].length - 1 : -1;
      prevAccepted = !!name && !/[，,]/.test(x);
      if (!name || vocab.not.has(name) || (/[，,]/.test(x) && !head)) continue;
      // A name with a masked part (“**答卷”, the city's name hidden as **) cannot be told apart from another city's.
      if (/[*＊]/.test(name)) continue;
      const v = vocab.byForm.get(name);
      const canonical = v ? v.name : name;
      // 招商引资“一号工程”, 乡村振兴“十大工程”: the field written before the quote is how readers name it too.
      const forms = new Set<string>();
      if (field) forms.add(field[0] + name);
      // “1324”工作机制, “五拼五比”活动: the name as written with its dropped head is how readers name it too; and with the
      // field before it (建立种业发展“1324”工作机制 → 种业发展1324工作机制, 基层党建“书记项目” → 基层党建书记项目).
      const written = head && !head.keep && !chained ? x + head.full : name;
      if (written !== name) forms.add(written);
      if (fieldWords) forms.add(fieldWords + written);
      // “3+3”现代产业: a code framework with the noun it counts.
      const codeNoun = code && !head ? CODE_NOUN.exec(text.slice(after, after + 8)) : null;
      if (codeNoun) forms.add(x + codeNoun[0]);
      forms.delete(canonical);
      const aliases = forms.size ? [...forms] : undefined;
      out.push({
        type: 'Strategy',
        id: strategyId(canonical),
        name: canonical,
        surface: x,
        nStart: a,
        nEnd: b,
        source: 'strategy-quoted',
        strength,
        ...(aliases ? { aliases } : {}),
      });
    }
    return out;
  },
};

const UNQUOTED_HEADS = /(?:行动计划|战略|工程|计划|精神|运动|改革|行动)/g;
/** Letters that make …工程 a construction project rather than a programme. */
export const BUILD_WORDS =
  /(?:航道|港|至|通道|引丹|调水|南水北调|控导|防洪|排涝|公路|道路|大道|路段|路口|水库|水利|管网|治理|改造|设施|新建|改建|扩建|调蓄|桥|清淤|污水|河道|安居|水源|铁路|高速|电站|供水|供热|燃气|绕城|堤|闸|渠|迁建|扩容|圩|景观|亮化|主体|土建|[一二三四五六七八九]期|安置|拆迁|管廊|电网|站)/;
const GENERIC_X =
  /^(?:[一二两三四五六七八九十百千]+[大个项]?|战略性.*|基因|生物|系统|软件|土木|信息|网络|人才|发展|国家|重大|重点|这一|该|各项|一系列|相关|系列|上述|新|总体|区域|战略|长远|全局|整体|中长期|年度|专项|民生|工作|建设|系统|实事|重要|各类|一批|基础|配套|示范|德政|民心|惠民)$/;
const SPIRIT_BAD =
  /(?:强大|宝贵|人文|群众性|奋斗|新时代|无私|崇高|优良|民族|细则|会议|讲话|指示|批示|全会|规定|文件|贺词|二十大|十九大|大会|奉献|斗争|革命|创新|拼搏|工匠|劳动|劳模|企业家|科学|契约|法治|主人翁|自我|时代|实干|担当|团结|奋斗|首创)/;

/** Whether AT lies inside 《…》 (a title opened before it, in the same line, and not closed yet). */
function insideBookTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  if (open < 0 || at - open > 40) return false;
  const close = text.indexOf('》', open);
  return (close < 0 || close > at) && !text.slice(open, at).includes('\n');
}

export const strategyHeadNoun: Extractor = {
  id: 'strategy-head-noun',
  entityType: 'Strategy',
  extract(doc: DocContext): Candidate[] {
    const text = doc.norm.text;
    const vocab = strategyVocabulary();
    const out: Candidate[] = [];
    for (const m of text.matchAll(UNQUOTED_HEADS)) {
      const head = m[0];
      const end = m.index + head.length;
      if (text[m.index - 1] === '”') continue; // quoted: the quoted extractor reads it
      // 《X县战略规划》, 《…行动计划》: inside a document's title the head names the document, not a programme.
      if (insideBookTitle(text, m.index)) continue;
      if (isHan(text[end]) && /^(?:师|院|局|部|办|处|队|款|书|病|科|学|会|委|员|栏|频|指挥|监理|造价|质量|技术)/.test(text.slice(end))) continue; // 工程师, 精神病, 运动会, 发展改革委, 工程指挥长 …
      const start = leftBoundary(text, m.index, 12);
      const x = text.slice(start, m.index);
      // A window that ran out inside a phrase (抢抓成|渝地区双城经济圈建设国家战略) has lost the name's first letters,
      // and a name we cannot see the start of is no name.
      if (start === m.index - 12 && isHan(text[start - 1]) && !BOUNDARY.test(text[start - 1]!)) continue;
      // X国家战略 where X is a national term: the term is the name, 国家战略 only says what it is.
      if (/国家$/.test(x) && vocab.byForm.has(x.slice(0, -2))) continue;
      // 36个重大工程, 30万千瓦风电工程: a count or a capacity before the head names works, not a programme.
      if (/[\d.]/.test(text[start - 1] ?? '') || /^[个项]/.test(x)) continue;
      // 预计两年内园区所有工程: a quantifier, not a name.
      if (/(?:所有|全部|各个|预计)/.test(x)) continue;
      // 一位女工程…, 一名…: a person counted, not a programme named.
      if (/^[一两二三四五六七八九十几]?(?:位|名|个|支|批)/.test(x)) continue;
      if (x.length < 2 || GENERIC_X.test(x) || /\d/.test(x) || /^(?:一批|各类|各项|一系列|有关|相关|重大|重点|这些|该|此)/.test(x)) continue;
      if (head === '工程' && BUILD_WORDS.test(x)) continue;
      if (/(?:纳入|争取|推进|加快|落实|提高|作为|投入|到|制定|出台|研究|完善)/.test(x)) continue;
      // 计划 before a verb is “plans to” (2021年某县计划开工建设…), not a programme.
      if (head === '计划' && /^(?:开工|建设|投资|实施|完成|新建|建成|用|在|于|到|将|年内|今年|明年|总投资|累计|共|分)/.test(text.slice(end))) continue;
      // 城市重点工程, 三期计划: works counted or ranked (重点, 重大) or a project's phase, not a programme's name.
      if (/(?:重点|重大|[一二三四五六七八九十\d]期)$/.test(x)) continue;
      if (head === '改革' && /^(?:创新|试验|试点|发展|任务|开放|成果|红利|举措|事项|经验|先行|攻坚|稳定|方案|措施)/.test(text.slice(end))) continue;
      // …行动 only as the object of 实施/开展/启动 (实施高标准市场体系建设行动), else it is any action.
      // …行动 only as the object of a verb that carries it out (实施X行动, 深入推进X三年行动), else any action.
      if (
        head === '行动' &&
        (x.length < 4 || !/(?:实施|开展|启动|推进|深化|落实|推动|打好|打赢|打响|决战|决胜)[^，。；]{0,14}$/.test(text.slice(Math.max(0, start - 16), start)))
      )
        continue;
      if (
        head === '改革' &&
        (x.length < 3 ||
          /(?:上|领域)$/.test(x) ||
          /^(?:体制机制|全面深化|深化|重点领域|各项|各领域|重大|关键|系统|配套|综合|相关)$/.test(x) ||
          (/[化性]$/.test(x) && x.length < 4))
      )
        continue;
      if (head === '运动' && (x.length < 3 || /(?:体育|社会|群众|政治|竞技|户外)$/.test(x))) continue;
      // 时尚运动健康城, 运动休闲小镇: 运动 qualifying a place or product is no campaign.
      if (head === '运动' && /^(?:健康|休闲|公园|场|馆|城|小镇|品牌|装备|器材|服|鞋|康养|主题)/.test(text.slice(end))) continue;
      // 占年度计划56亿元的59%, 完成全年计划的八成: a target a figure is measured against, not a programme.
      if (head === '计划' && (/^的?[\d.一二三四五六七八九十百]/.test(text.slice(end)) || /^(?:占|完成|超|达)/.test(x))) continue;
      if (head === '战略' && /^(?:合作|性|目标|机遇|新兴|定力|意义|高度|眼光|地位|支点|腹地|储备|资源|性新兴|定位|伙伴|投资者|布局)/.test(text.slice(end)))
        continue;
      if (head === '精神' && /^(?:文明|病|状态|面貌|力量|财富|谱系|家园|高地)/.test(text.slice(end))) continue;
      if (text[start - 1] === '”') continue; // the head of a quote: the quoted extractor reads it
      if (head === '精神' && (x.length > 5 || SPIRIT_BAD.test(x))) continue;
      if (head === '计划' && /(?:投资|资金|招生|生育|用工|项目)$/.test(x)) continue;
      const name = x + head;
      if (vocab.not.has(name)) continue;
      const v = vocab.byForm.get(name);
      out.push({
        type: 'Strategy',
        id: strategyId(v ? v.name : name),
        name: v ? v.name : name,
        surface: name,
        nStart: start,
        nEnd: end,
        source: 'strategy-head-noun',
        strength: v ? 0.9 : 0.7,
        partOf: v?.partOf ? strategyId(v.partOf) : undefined,
      });
    }
    return out;
  },
};
