// The document's own place when none is given: read from its structure (header, signature, title, 我县/全县, 美丽XX), not only from counts.
import { chainOf, placeLexicon } from '../gazetteer/lexicon';
import type { DocContext } from './context';
import { disambiguateTownship, townshipIndex } from '../gazetteer/townships';
import { personName, placeGazetteer, scanPlaceForms } from './extractors/place-gazetteer';

/** Which word family a place's own organs use: 县委/全县 for a 县, 市委/全市 for a city or a county-level 市 … */
type Kind = '县' | '市' | '区' | '省' | '州' | '盟';

export interface InferredPlace {
  code: string;
  /** What decided it, for the warning: 'header', 'signature', 'title', 'mentions' … */
  cues: string[];
}

export interface PlaceInference {
  place: InferredPlace | null;
  /** When none was chosen: the leading candidates, for the warning. */
  candidates: { code: string; name: string; score: number }[];
}

function kindOf(name: string, level: string): Kind | null {
  if (level === 'province') return /自治区$/.test(name) ? '区' : /市$/.test(name) ? '市' : '省';
  // 黔东南苗族侗族自治州 speaks of itself as 全州/州委, a city as 全市/市委.
  if (level === 'city') return /州$/.test(name) ? '州' : /盟$/.test(name) ? '盟' : '市';
  if (level === 'county') {
    if (/[县旗]$/.test(name)) return '县';
    if (/市$/.test(name)) return '市';
    if (/区$/.test(name)) return '区';
  }
  return null;
}

const NUM = '[一二三四五六七八九十百零〇\\d]';
/** “在XX县第十六届人民代表大会第三次会议上”, “XX市第十五届人大常委会”: the report's own congress. */
const HEADER_AFTER = new RegExp(`^\\s*第\\s*${NUM}+\\s*(?:届\\s*(?:人民代表大会|人大)|次\\s*(?:党员)?(?:代表大会|党代会))`);
/** …opening its line or after 在 (“认真落实X市第十三次党代会部署” is a higher level's congress, not the header). */
const HEADER_BEFORE = /(?:\n|在|——|—|中国共产党|[:：]|\d日(?:上午|下午)?[，,]?)\s*$/;
/** “我代表X人民政府向大会报告”: who gives the report. */
const DELEGATE_BEFORE = /(?:我|受)\s*代表\s*$/;
const DELEGATE_AFTER = /^(?:人民政府|政府|[县市区旗]?委|[县市区旗]委员会)/;
/** A lead opening a paragraph, or following a news dateline (某某日报讯 年初以来，X县…), with its subject (“今年以来，X盟认真贯彻…”). */
const PARAGRAPH_LEAD_BEFORE =
  /(?:\n|讯(?:[（(][^）)]{0,24}[）)])?)\s*(?:(?:今年以来|今年年初以来|年初以来|去年以来|近年来|近几年|近日|日前|近期|\d{4}年(?:以来)?|\d{1,2}月(?:份)?(?:以来)?)\s*[，,]?\s*)?$/;
/** A short name that starts a mountain, lake, road or village (莲花山, 青龙湖, 裕民村) is that place, not the county. */
const TOPONYM_AFTER = /^(?:[山岭峰湖河江溪路街桥港湾岛村]|社区)/;
/** The same header without the name (“在县第十八届人民代表大会…上”, a line “县长 某某”): it says which kind of place reports. */
const BARE_HEADER = new RegExp(`在([县市区旗州])第\\s*${NUM}+\\s*届\\s*(?:人民代表大会|人大)|(?:^|\\n)\\s*([县市区旗州])长\\s`, 'g');
/** A news item's dateline: “防城港讯（记者…）”, “XX县融媒体讯”. */
const DATELINE_AFTER = /^(?:融媒体?|网|新闻网|日报|发布)?讯/;
/** A news lead's subject right after its date: “3月18日，诸城市…”. */
const LEAD_BEFORE = /\d{1,2}日(?:上午|下午|晚上?)?\s*[，,]?\s*$/;
/** “XX县人民政府县长 某某”, “XX县县长 某某”, “代市长”: the signature of the one who reports. */
const SIGNATURE_AFTER = /^(?:人民政府)?(?:代)?(?:县长|市长|区长|省长|州长|旗长|盟长)/;
/** The place's own organs as subject: XX县委、XX县人民政府、XX县党政代表团 … */
const ORGAN_AFTER = /^(?:委|县委|市委|区委|省委|人民政府|政府|党政代表团|人大|政协)/;
/** Phrases a place uses of itself: 建设现代化XX、美丽XX、幸福XX … (read before the name). */
const SELF_PHRASE_BEFORE = /(?:现代化|美丽|幸福|大美|魅力|活力|和美|锦绣|平安|健康|法治|数字|品质|生态)$/;
/** …and after it: 现代化XX建设, XX高质量发展. */
const SELF_PHRASE_AFTER = /^(?:建设|高质量发展|经济社会发展|发展历程|人民|大地|广大)/;
/** Bare self-references: 我县/全县/县委/县政府/县长 … not preceded by a name (开封市委 is handled by the name). */
const SELF_WORD =
  /(?:我|全|本|该)([县市区省州旗盟])|([县市区省州旗盟])(?:委|政府|人民政府|人大|政协|长|领导|行署|(?:发改|财政|自规|自然资源|住建|交通运输|交通|农业农村|工信|商务|文旅|教育|卫健|水利|人社|审批|统计|应急|生态环境)局)/g;
/** A 旗 (Inner Mongolia's county) speaks like a 县; a 盟 (its prefecture) as 全盟/盟委. */
const kindOfWord = (w: string): Kind => (w === '旗' ? '县' : (w as Kind));
/** An autonomous region speaking of itself: 自治区党委、自治区政府 with no name before (“广西壮族自治区” has one). */
const REGION_SELF = /(?<![\u4e00-\u9fff])自治区|(?<=[在由经据按和与及对向将把])自治区/g;
/** A province acting or speaking as itself (全省、省委、省政府), not ranking one of its counties (全省首批、全省唯一). */
const PROVINCE_SELF = /(?:全省|省委|省政府|省人民政府)(?!首批|第[一二三四五六七八九十\d]+批|唯一|前列|第一|首个|首家|率先|排名|领先|之首|示范)/g;
/** A township speaking of itself: 我镇、全乡、镇党委、街道党工委 (乡镇党委 is every township's, not one's). */
const TOWN_SELF = /(?:我|全|本|该)[镇乡](?![镇村])|(?<![\u4e00-\u9fff])(?:[镇乡](?:党委|政府|人大|域)|街道(?:党工委|办事处))/g;

const TOWNSHIP_NAME = /[\u4e00-\u9fff]{2,}(?:镇|乡|街道|苏木)$/;
/** A township acting as the subject of its lead: 召开、举行、开展 … (not 党委书记某某, a person's title). */
const TOWN_ACTS = /^(?:[^，。；]{0,2}?)(?:召开|举行|举办|开展|组织|启动|推进|实施|全力|坚持|聚焦|以|把|通过|积极|大力|扎实)/;
/**
 * What a township written as a clause's subject may be followed by without acting: a person's title (X镇党委书记某某),
 * 的, or a part of it (X镇Y村). Where no county decides, any other word after it is the township doing something
 * (九真镇紧抓…, 构林镇围绕…, X街道分别与…签订).
 */
const TOWN_NOT_ACTING = /^(?:党委|党工委|人大|政府|镇长|乡长|副镇长|副乡长|主任|书记|的|[\u4e00-\u9fff]{1,4}(?:村|社区)|[、和与及])/;
/** The start of a clause or of a lead after its time phrase (今年以来，X镇…; …上，X街道…). */
const CLAUSE_START =
  /(?:^|[\n。；！？，])\s*(?:(?:今年|去年|今年上半年|上半年|年初|近年|近几年|近日|日前|近期|\d{4}年|\d{1,2}月(?:份)?)(?:以来)?\s*[，,]?\s*)?$/;

/** Lines of web pages around an article (crumbs, site names, dates, sources): not its title. */
const CHROME = /[>|｜]|首页|当前位置|来源|发布时间|网站|网讯|作者|字体|打开|查看|分享|浏览|点击|时间[:：]/;

/** The article's title: its first line of at least six letters, up to 60 long, that is not web chrome. */
export function titleLine(text: string): { start: number; end: number } | null {
  const lineRe = /[^\n]+/g;
  // A web page puts its byline (来源/责任编辑/发布时间) right under the title: the line above it is the title, whatever
  // site slogans stand higher up.
  let prev: { start: number; end: number } | null = null;
  let n = 0;
  for (const m of text.matchAll(lineRe)) {
    if (++n > 12 || m.index > 600) break;
    const line = m[0].trim();
    if (!line) continue;
    if (/来源|责任编辑|发布时间|稿源|作者[:：]/.test(line)) {
      if (prev) return prev;
      break;
    }
    const letters = line.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    prev = letters >= 6 && line.length <= 60 && !CHROME.test(line) && !/[。；]/.test(line.slice(0, -1)) ? { start: m.index, end: m.index + m[0].length } : null;
  }
  let seen = 0;
  for (const m of text.matchAll(lineRe)) {
    const line = m[0].trim();
    if (++seen > 12 || m.index > 600) break;
    if (!line) continue;
    const letters = line.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    if (letters < 6 || CHROME.test(line)) continue;
    if (line.length > 60 || /[。；]/.test(line.slice(0, -1))) return null;
    return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * A place the sentence shows as another one than the document's: the destination of “我县代表团赴X”, or the
 * visitor of “X考察团到我县”.
 */
function isOtherPlace(doc: DocContext, start: number, end: number): boolean {
  const s = doc.sentenceAt(start);
  if (!s) return false;
  const text = doc.norm.text;
  const before = text.slice(s.nStart, start);
  const after = text.slice(end, s.nEnd);
  if (/我[县市区省]/.test(before) && /(?:赴|到|前往|走进|来到)[^，。；]{0,14}$/.test(before)) return true;
  // 浙江丽水援疆指挥部, X市对口帮扶工作队, X市援建的: the place that gives aid is not the one the text is about.
  if (/^[市县区省]?(?:援疆|援藏|援青|援建|对口支援|对口帮扶|对口协作|对口援建|东西部协作|帮扶)/.test(text.slice(end, end + 6))) return true;
  // “X市政协副主席某某一行就我县…进行了考察”: a visiting delegation.
  // “X区与我县签订合作协议”: a partner.
  if (/^[^，。；]{0,12}?(?:与|同)我[县市区省][^，。；]{0,6}?(?:签订|签约|签署|合作|结对|共建|携手|对接)/.test(after)) return true;
  return /^[^，。；]{0,20}?(?:到|来|赴|莅临|走进)我[县市区省]/.test(after) || /^[^，。；]{0,20}?一行[^。；]{0,12}?我[县市区省]/.test(after);
}

/** The document's place from its words: null (with the leading candidates) when the text does not decide it. */
export function inferDocumentPlace(doc: DocContext): PlaceInference {
  const text = doc.norm.text;
  const lex = placeLexicon();
  interface Cand {
    code: string;
    name: string;
    level: string;
    kind: Kind | null;
    mentions: number;
    bonus: number;
    cues: Set<string>;
  }
  const cands = new Map<string, Cand>();
  const cand = (code: string): Cand | null => {
    const p = chainOf(code)[0];
    if (!p || (p.level !== 'province' && p.level !== 'city' && p.level !== 'county')) return null;
    let c = cands.get(code);
    if (!c) {
      c = { code, name: p.name, level: p.level, kind: kindOf(p.name, p.level), mentions: 0, bonus: 0, cues: new Set() };
      cands.set(code, c);
    }
    return c;
  };
  const title = titleLine(text);
  // The lead paragraph: the first line of at least 40 letters (captions and list items are shorter or later).
  const leadLine = (() => {
    for (const m of text.matchAll(/[^\n]+/g)) if ((m[0].match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 40) return { start: m.index, end: m.index + m[0].length };
    return { start: -1, end: -1 };
  })();
  const nearStart = Math.max(400, Math.floor(text.length * 0.1));
  const cue = (c: Cand, at: number, end: number) => {
    const after = text.slice(end, end + 20);
    // What stands before the name, with the text's start read as a line start.
    const before = (n: number) => (at <= n ? `\n${text.slice(0, at)}` : text.slice(at - n, at));
    if (HEADER_AFTER.test(after) && at < nearStart && HEADER_BEFORE.test(before(8))) {
      c.bonus += 8;
      c.cues.add('header');
    }
    if (DELEGATE_AFTER.test(after) && at < nearStart && DELEGATE_BEFORE.test(before(6))) {
      c.bonus += 8;
      c.cues.add('header');
    }
    if (SIGNATURE_AFTER.test(after) && !/副$/.test(text.slice(end, end + 1)) && (at < nearStart || at > text.length - 300)) {
      c.bonus += 6;
      c.cues.add('signature');
    }
    if (ORGAN_AFTER.test(after)) c.bonus += 1;
    if (at < 200 && DATELINE_AFTER.test(after)) {
      c.bonus += 4;
      c.cues.add('dateline');
    }
    if (
      at < nearStart &&
      (LEAD_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || (at >= leadLine.start && at < leadLine.end && PARAGRAPH_LEAD_BEFORE.test(before(40))))
    ) {
      c.bonus += 2;
      c.cues.add('lead');
    }
    if (title && at >= title.start && at < title.end) {
      c.bonus += 3;
      c.cues.add('title');
    }
  };

  // Mentions as the place extractor reads them (no place given), with the cues around each.
  const others = new Set<string>();
  // Counties and above only: a township read after its county (兰考县东坝头镇) must not take the county's mention.
  const found = placeGazetteer.extract({ ...doc, placeCode: null }).filter((m) => m.code && m.code.length <= 6);
  // 潍坊寒亭: a county's short name right after its city's name is that county, even between two words.
  const ends = new Map(found.map((m) => [m.nEnd, m]));
  const taken = new Set(found.map((m) => m.nStart));
  const hits = scanPlaceForms(text);
  const qualified = hits.flatMap((h) => {
    const parent = ends.get(h.at);
    if (!parent || taken.has(h.at)) return [];
    const e = (lex.byForm.get(h.form) ?? []).filter((x) => x.level === 'county' && x.code?.startsWith(parent.code!) && x.code !== parent.code);
    return e.length === 1 ? [{ code: e[0]!.code!, nStart: h.at, nEnd: h.at + h.form.length }] : [];
  });
  const mentions = [...found.map((m) => ({ code: m.code!, nStart: m.nStart, nEnd: m.nEnd })), ...qualified].sort((a, b) => a.nStart - b.nStart);
  for (const [i, m] of mentions.entries()) {
    // 潍坊市寒亭区, 潍坊寒亭: the city only qualifies the district written right after it; the mention is the district's.
    const next = mentions[i + 1];
    const listed = (a: { nEnd: number } | undefined, b: { nStart: number } | undefined) => !!a && !!b && /^[、和及与]$/.test(text.slice(a.nEnd, b.nStart));
    // 周口市扶沟县、太康县、项城市: a city before a list of its counties is the subject, not a qualifier.
    if (next && next.nStart === m.nEnd && next.code.length > m.code.length && next.code.startsWith(m.code) && !listed(next, mentions[i + 2])) {
      // 江西省景德镇市浮梁县…: a full chain written at the start introduces the place the text is about.
      const child = cand(next.code);
      if (child && m.nStart < nearStart && !child.cues.has('chain')) {
        child.bonus += 2;
        child.cues.add('chain');
      }
      continue;
    }
    const c = cand(m.code);
    if (!c) continue;
    if (isOtherPlace(doc, m.nStart, m.nEnd)) others.add(m.code);
    // 上思县、东兴市、港口区、防城区4个县市区: places enumerated side by side are parts of the subject, not it.
    const prev = mentions[i - 1];
    if (c.level === 'county' && (listed(prev, m) || listed(m, next))) continue;
    c.mentions++;
    cue(c, m.nStart, m.nEnd);
  }
  // Short names the extractor leaves out between two words, read here only inside self phrases (现代化延津建设,
  // 美丽岱山), and full township names that exist in a single county: both point to the document's own place.
  // Short names (黎平、浦江、武进) of a single county or city: a place's own text names itself so (黎平发展史上); counted
  // when written at least twice outside a longer name, and not an ordinary word (place-stopwords).
  const covered = (at: number) => found.some((m) => m.nStart <= at && at < m.nEnd);
  const shortHits = new Map<string, { at: number; end: number }[]>();
  for (const h of hits) {
    if (lex.stopShort.has(h.form) || covered(h.at)) continue;
    // 张前锋一行 is a person; 莲花山 a mountain.
    if (personName(text, h.at, h.at + h.form.length) || TOPONYM_AFTER.test(text.slice(h.at + h.form.length, h.at + h.form.length + 2))) continue;
    let entries = (lex.byForm.get(h.form) ?? []).filter((e) => e.code);
    // 平山 is a county of 石家庄 and a district of 本溪: the city or province the text names decides which.
    if (entries.length > 1) {
      const under = entries.filter((e) =>
        chainOf(e.code!)
          .slice(1)
          .some((p) => (cands.get(p.code)?.mentions ?? 0) > 0),
      );
      if (under.length === 1) entries = under;
    }
    if (entries.length !== 1 || entries[0]!.form !== 'short' || (entries[0]!.level !== 'county' && entries[0]!.level !== 'city')) continue;
    const list = shortHits.get(entries[0]!.code!) ?? [];
    list.push({ at: h.at, end: h.at + h.form.length });
    shortHits.set(entries[0]!.code!, list);
  }
  for (const [code, list] of shortHits) {
    const n = list.length;
    if (!cands.has(code) && n < 2) continue;
    const c = cand(code);
    // An ordinary word that is also a short name (资源, 合作) rarely comes with its city or province named too.
    const parentNamed = chainOf(code)
      .slice(1)
      .some((p) => (cands.get(p.code)?.mentions ?? 0) > 0);
    if (c && n >= 2 && (parentNamed || n >= 3)) {
      c.mentions += n;
      c.cues.add('short names');
      for (const h of list) cue(c, h.at, h.end);
    }
  }
  for (const h of hits) {
    const entries = lex.byForm.get(h.form) ?? [];
    const before = text.slice(Math.max(0, h.at - 4), h.at);
    const after = text.slice(h.at + h.form.length, h.at + h.form.length + 6);
    const short = entries.filter((e) => e.form === 'short' && (e.level === 'county' || e.level === 'city'));
    if (short.length === 1 && (SELF_PHRASE_BEFORE.test(before) || (/现代化$/.test(before) && SELF_PHRASE_AFTER.test(after)))) {
      const c = cand(short[0]!.code!);
      if (c) {
        c.bonus += 3;
        c.cues.add('self-phrase');
      }
    }
  }
  // Full township names of the provinces the text names most, each found in a single county of it: 曲梁镇、来集镇 → 新密市.
  const byProvince = new Map<string, number>();
  for (const c of cands.values()) byProvince.set(c.code.slice(0, 2), (byProvince.get(c.code.slice(0, 2)) ?? 0) + c.mentions);
  const provinces = [...byProvince].sort((a, b) => b[1] - a[1]).slice(0, 2);
  for (const [province] of provinces) {
    const deep = placeLexicon(province);
    for (const h of deep.index.scan(text)) {
      // Only real township names (…镇/乡/街道): “先进制造业开发区” is a township-level row in several counties.
      const towns = (deep.byForm.get(h.form) ?? []).filter(
        (e) => (e.form === 'full' || e.form === 'variant') && e.level === 'township' && TOWNSHIP_NAME.test(h.form),
      );
      const counties = new Set(towns.map((e) => e.code!.slice(0, 6)));
      if (towns.length && counties.size === 1) {
        const c = cand([...counties][0]!);
        if (c) {
          c.bonus += 1;
          c.cues.add('townships');
        }
      }
    }
  }
  if (doc.input.title) {
    for (const h of scanPlaceForms(doc.input.title)) {
      const full = (lex.byForm.get(h.form) ?? []).filter((e) => e.form === 'full' && e.code);
      if (full.length === 1) {
        const c = cand(full[0]!.code!);
        if (c) {
          c.bonus += 4;
          c.cues.add('title');
        }
      }
    }
  }

  // Which family of self-words the document uses (全县、县委 → a 县): a bonus for the candidates of that kind.
  const selfCounts = new Map<Kind, number>();
  for (const m of text.matchAll(SELF_WORD)) {
    const kind = kindOfWord(m[1] ?? m[2]!);
    const prev = text[m.index - 1] ?? '';
    // 开封市委 belongs to its name; **市委 is masked (unknown); 副县长 is still the county's.
    if (m[2] && (/[*＊]/.test(prev) || (/[\u4e00-\u9fff]/.test(prev) && !/[副原和与及、，的是]/.test(prev)))) continue;
    selfCounts.set(kind, (selfCounts.get(kind) ?? 0) + 1);
  }
  // A header without the name still says who reports (在县第十八届人民代表大会…上; 县长 某某).
  for (const m of text.slice(0, nearStart).matchAll(BARE_HEADER)) {
    const kind = kindOfWord(m[1] ?? m[2]!);
    selfCounts.set(kind, (selfCounts.get(kind) ?? 0) + 3);
  }
  const regionSelf = [...text.matchAll(REGION_SELF)].length;
  const masked = /[*＊]{2}[县市区省]/.test(text);
  const ranked = [...selfCounts].sort((a, b) => b[1] - a[1]);
  const selfKind = ranked[0] && ranked[0][1] >= 2 && (!ranked[1] || ranked[0][1] >= 1.5 * ranked[1][1]) ? ranked[0][0] : null;

  const scored = [...cands.values()]
    .filter((c) => !others.has(c.code) || c.cues.has('header') || c.cues.has('signature'))
    .filter(
      (c) =>
        c.level !== 'province' ||
        c.cues.has('header') ||
        c.cues.has('signature') ||
        selfKind === '省' ||
        (/自治区$/.test(c.name) && regionSelf >= 2) ||
        (c.cues.has('title') && c.kind === selfKind),
    )
    .map((c) => ({
      c,
      score: c.mentions + c.bonus + (selfKind && c.kind === selfKind ? 3 : 0) + (c.level === 'province' && /自治区$/.test(c.name) && regionSelf >= 2 ? 3 : 0),
    }))
    .sort((a, b) => b.score - a.score || b.c.code.length - a.c.code.length || a.c.code.localeCompare(b.c.code));
  const candidates = scored.slice(0, 3).map(({ c, score }) => ({ code: c.code, name: c.name, score }));
  let best = scored[0];
  // No county-level place decides it: the townships the text names, looked up in all China, may (甫田乡、澧溪镇、
  // 官莲乡 are all of one county; a 我镇 summary whose one township name exists once).
  // Places above townships the text names in any form (尤溪, 固原市, 宁夏), outside township names: which of several
  // same-named townships it means.
  const townSpans = townshipIndex()
    .index.scan(text)
    .map((h) => [h.at, h.at + h.form.length] as const);
  const named = new Set<string>();
  for (const h of hits) {
    if (townSpans.some(([a, b]) => h.at < b && a < h.at + h.form.length)) continue;
    for (const e of lex.byForm.get(h.form) ?? []) if (e.code && !(e.form === 'short' && lex.stopShort.has(h.form))) named.add(e.code);
  }
  const fallback = () => {
    const t = townsAnywhere(text, title, selfKind, named);
    if (t.place) return { place: t.place, candidates };
    if (t.unsure.length) return { place: null, candidates: t.unsure };
    // A village's text that names its county once, in the chain introducing it (X县Y镇Z村党总支…).
    const lone = scored[0];
    if (lone && lone.c.level === 'county' && !scored.some((s) => s !== lone && !lone.c.code.startsWith(s.c.code))) {
      const village = villageTownship(text, lone.c.code, lone.c.mentions);
      if (village) return { place: { code: village, cues: ['village text'] }, candidates };
    }
    // A 我县 news item that writes its county's short name once (努力把X打造成…): the only county-level name it has.
    let codes = [...shortHits.keys()].filter((code) => chainOf(code)[0]?.level === 'county');
    // Two short names, one under the city the text names (平山 under 石家庄, 天山 of a park's name elsewhere): that one.
    const under = codes.filter((code) => scored.some((s) => code.startsWith(s.c.code)));
    if (codes.length > 1 && under.length === 1) codes = under;
    // Its city may be named too (a firm's name, a source line): only places above the county may score.
    if (
      codes.length === 1 &&
      !scored.some((s) => s.c.level !== 'province' && !codes[0]!.startsWith(s.c.code)) &&
      selfKind &&
      selfKind !== '省' &&
      selfKind !== '州' &&
      selfKind !== '盟'
    )
      return { place: { code: codes[0]!, cues: ['short name', `self-words ${selfKind}`] }, candidates };
    return { place: null, candidates };
  };
  if (!best) return fallback();
  const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  // A county's report names its city and province too: the deepest place related to the leader wins when it scores
  // at least half as much (or is the kind the self-words name).
  // Not when a sibling scores nearly as much: 上思县、东兴市、港口区、防城区 listed in a city's news are its parts.
  const leader = best;
  for (const s of scored) {
    if (s.c.code.length > best.c.code.length && s.c.code.startsWith(best.c.code)) {
      const sibling = scored.find((o) => o !== s && o.c.code.startsWith(leader.c.code) && o.c.code !== leader.c.code && !related(o.c.code, s.c.code));
      if (sibling && sibling.score * 3 >= s.score * 2) continue;
      if (s.score * 2 >= best.score || (selfKind && s.c.kind === selfKind && best.c.kind !== selfKind)) best = s;
    }
  }
  const winner = best;
  const rival = scored.find((s) => !related(s.c.code, winner.c.code));
  const decisive = (c: Cand) => c.cues.has('header') || c.cues.has('signature');
  // A province speaking of itself (全省、省委; 自治区党委) that names places of two or more of its prefectures is the
  // subject, however often it names one county where a project is: 全省…开工活动在A市举行，B市、C市设分会场.
  // A county speaking as a 县 (全县、县委、我县) is not a district (区) it names, nor the other way round: a partner or a
  // place of the same name elsewhere (越秀区 in a 县's speech). Without its own name it says it does not know.
  if (
    selfKind &&
    (selfKind === '县' || selfKind === '区') &&
    (winner.c.kind === '县' || winner.c.kind === '区') &&
    winner.c.kind !== selfKind &&
    !decisive(winner.c) &&
    (selfCounts.get(selfKind) ?? 0) >= 3 &&
    (selfCounts.get(winner.c.kind) ?? 0) === 0
  )
    return fallback();
  const province = winner.c.code.slice(0, 2);
  // 全省首批/全省唯一/全省前列 rank a county within its province: its own news, not the province speaking.
  const provinceWords = [...text.matchAll(PROVINCE_SELF)].length;
  const provinceSelf = (selfKind === '省' && provinceWords >= 2) || (regionSelf >= 2 && /自治区$/.test(chainOf(province)[0]?.name ?? ''));
  if (provinceSelf && winner.c.code.length > 2 && !decisive(winner.c) && !winner.c.cues.has('title') && winner.c.kind !== '省') {
    const prefectures = new Set(mentions.filter((m) => m.code.length >= 4 && m.code.startsWith(province)).map((m) => m.code.slice(0, 4)));
    if (prefectures.size >= 2 && chainOf(province)[0]?.level === 'province') {
      return { place: { code: province, cues: ['province self-words', 'prefectures'] }, candidates };
    }
  }
  // A masked document (**市) is about a place it hides: counts of other names do not say which.
  if (masked && !decisive(winner.c)) return { place: null, candidates };
  // A city's news that names only its counties (市长某某到A市、B区、C市调研): three or more counties of one city, none
  // far ahead and none heading or signing, speak of the city.
  if (winner.c.level === 'county' && !decisive(winner.c) && winner.c.code.length === 6) {
    const city = winner.c.code.slice(0, 4);
    const siblings = new Set(mentions.filter((m) => m.code.length === 6 && m.code.startsWith(city)).map((m) => m.code));
    const runnerUp = scored.find((s) => s !== winner && s.c.code.length === 6 && s.c.code.startsWith(city));
    const cityPlace = chainOf(city)[0];
    const sumOf = (code: string) => scored.filter((s) => s.c.code.length === 6 && s.c.code.startsWith(code)).reduce((n, s) => n + s.score, 0);
    if (
      cityPlace?.level === 'city' &&
      siblings.size >= 3 &&
      runnerUp &&
      runnerUp.score * 3 >= winner.score * 2 &&
      sumOf(city) >= 3 &&
      (!selfKind || selfKind === kindOf(cityPlace.name, 'city'))
    ) {
      return { place: { code: city, cues: ['counties of one city'] }, candidates };
    }
  }
  if (winner.score < 3) return fallback();
  // An unrelated rival must be clearly behind, unless only the winner signs or heads the document.
  // Undecided between unrelated places (firms' homes, a site's footer): a township that speaks as the text's subject may still decide.
  if (rival && winner.score < 1.5 * rival.score && !(decisive(winner.c) && !decisive(rival.c))) {
    const t = townsAnywhere(text, title, selfKind, named);
    return { place: t.place, candidates: t.place || !t.unsure.length ? candidates : t.unsure };
  }
  const cues = [...winner.c.cues];
  if (winner.c.mentions) cues.push('mentions');
  if (selfKind && winner.c.kind === selfKind) cues.push(`self-words ${selfKind}`);
  const countySelf = winner.c.kind ? (selfCounts.get(winner.c.kind) ?? 0) : 0;
  const town = ownTownship(text, winner.c.code, winner.c.mentions, countySelf, decisive(winner.c), title);
  if (town) return { place: { code: town.code, cues: [...cues, ...town.cues] }, candidates };
  const village = decisive(winner.c) ? null : villageTownship(text, winner.c.code, winner.c.mentions);
  if (village) return { place: { code: village, cues: [...cues, 'village text'] }, candidates };
  return { place: { code: winner.c.code, cues }, candidates };
}

/** A village speaking of itself: 该村、村党总支、村两委 … (村集体 is any village’s economy, not one speaking). */
const VILLAGE_SELF = /(?:该|本|我|全)村(?![民庄])|(?<![\u4e00-\u9fff])村(?:党总支|党支部|两委)/g;

/**
 * A village's own text (its 党总支 acting, 该村, named more often than its county) is kept at its township, the
 * deepest level a document's place has: the village introduced with its township (X镇Y村) at least once, named three
 * times or more, and speaking of itself. A feature that only visits a village (游人如织) does not speak as it.
 */
function villageTownship(text: string, county: string, countyMentions: number): string | null {
  if (county.length !== 6) return null;
  const deep = placeLexicon(county.slice(0, 2));
  const counts = new Map<string, { n: number; chained: boolean; name: string }>();
  let prevEnd = -1;
  let prevTown: string | null = null;
  for (const h of deep.index.scan(text)) {
    const entries = (deep.byForm.get(h.form) ?? []).filter((e) => e.code?.startsWith(county));
    const town = entries.filter((e) => e.level === 'township');
    const villages = entries.filter((e) => e.level === 'village' && (e.form === 'full' || e.form === 'variant'));
    if (villages.length === 1 && h.form.length >= 3) {
      const code = villages[0]!.code!;
      const c = counts.get(code) ?? { n: 0, chained: false, name: h.form };
      c.n++;
      if (prevEnd === h.at && prevTown && code.startsWith(prevTown)) c.chained = true;
      counts.set(code, c);
    }
    prevTown = town.length === 1 ? town[0]!.code! : null;
    prevEnd = h.at + h.form.length;
  }
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n);
  const [top, second] = ranked;
  if (!top || (second && second[1].n >= top[1].n)) return null;
  const [code, c] = top;
  const own = [...text.matchAll(VILLAGE_SELF)].length + (text.split(`${c.name}党`).length - 1);
  if (!c.chained || c.n < 3 || c.n <= countyMentions || own < 1) return null;
  return code.slice(0, 9);
}

/**
 * A township's own text (a 镇's summary, news of a 镇): one township of the chosen county that the title names,
 * or that the text names most and speaks as (我镇、镇党委), or names at least as often as its county, when the county
 * is not the one signing or heading the document.
 */
function ownTownship(
  text: string,
  county: string,
  countyMentions: number,
  countySelf: number,
  countyDecisive: boolean,
  title: { start: number; end: number } | null,
): { code: string; cues: string[] } | null {
  // Counties, and the cities without counties whose townships sit right under them (东莞, 中山, 儋州).
  if (county.length !== 6 && county.length !== 4) return null;
  const deep = placeLexicon(county.slice(0, 2));
  const countyShort = county.length === 6 ? chainOf(county)[0]?.short : null;
  const counts = new Map<string, { n: number; title: boolean; chain: boolean; lead?: boolean }>();
  let last = -1;
  for (const h of deep.index.scan(text)) {
    if (h.at < last) continue;
    const towns = (deep.byForm.get(h.form) ?? []).filter(
      (e) => (e.form === 'full' || e.form === 'variant') && e.level === 'township' && e.code?.startsWith(county) && TOWNSHIP_NAME.test(h.form),
    );
    if (towns.length !== 1) continue;
    last = h.at + h.form.length;
    const c = counts.get(towns[0]!.code!) ?? { n: 0, title: false, chain: false };
    c.n++;
    // 嵩县饭坡镇沙坡村游人如织: a title about one of its villages is not about the township.
    if (title && h.at >= title.start && h.at < title.end && !/^[\u4e00-\u9fff]{1,4}(?:村|社区)/.test(text.slice(last, last + 6))) c.title = true;
    // 走进贞丰县龙场镇: a visit to one township of the county the text is about introduces no township text.
    const visited = /(?:走进|来到|深入|前往|走访|探访|步入|到访)[\u4e00-\u9fff]{2,8}$/.test(text.slice(Math.max(0, h.at - 12), h.at));
    // 兰考县东坝头镇, and with the county's short name (瑞安陶山镇: 瑞安 is 瑞安市).
    if (
      (/[县市区旗]$/.test(text.slice(Math.max(0, h.at - 1), h.at)) ||
        (!!countyShort && text.slice(Math.max(0, h.at - countyShort.length), h.at) === countyShort)) &&
      h.at < 300 &&
      !visited &&
      !/^[\u4e00-\u9fff]{1,4}(?:村|社区)/.test(text.slice(last, last + 6))
    ) {
      c.chain = true;
      // 3月5日，通城县麦市镇召开…: the county and township open the lead as its subject, and the township acts.
      const countyName = chainOf(county)[0]?.name ?? '';
      const chainStart = text.slice(h.at - countyName.length, h.at) === countyName ? h.at - countyName.length : h.at - (countyShort?.length ?? 0);
      const lead =
        LEAD_BEFORE.test(text.slice(Math.max(0, chainStart - 12), chainStart)) ||
        PARAGRAPH_LEAD_BEFORE.test(`\n${text.slice(Math.max(0, chainStart - 40), chainStart)}`.slice(-41));
      if (lead && TOWN_ACTS.test(text.slice(last, last + 8))) c.lead = true;
    }
    counts.set(towns[0]!.code!, c);
  }
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n);
  const [top, second] = ranked;
  if (!top || (second && second[1].n >= top[1].n)) return null;
  const [code, c] = top;
  // 我镇、镇域 with no name before, and the township's own organs (张王镇党委); another township's 镇党委 is not its.
  const name = chainOf(code)[0]?.name ?? '';
  // 张王镇党委书记某某 is a person's title, not the township acting.
  const own = name ? [...text.matchAll(new RegExp(`${name}(?:党委|政府|人大|党工委|办事处)(?!副?书记|委员|副?镇长|副?乡长|主任)`, 'g'))].length : 0;
  // 张王镇党委书记某某主持召开…会议: the township holds the meeting through its head, as its own organs would.
  const chairs = name ? [...text.matchAll(new RegExp(`${name}(?:党委书记|党工委书记|镇长|乡长|主任)[\\u4e00-\\u9fff]{2,4}主持(?:召开)?`, 'g'))].length : 0;
  const selfWords = [...text.matchAll(TOWN_SELF)].length + own + chairs;
  const cues: string[] = [];
  if (c.title) cues.push('township in title');
  // Otherwise the text must speak as the township at least as much as the county (镇党委、我镇 vs 县委、全县).
  // 井研县周坡镇…，挖掘周坡地方特色: the short name written again counts for the township the chain introduced.
  const short = chainOf(code)[0]?.short;
  const shortN = c.chain && short ? text.split(short).length - 1 - c.n : 0;
  if (c.lead) cues.push('township leads');
  if (selfWords >= countySelf || (c.chain && shortN >= 1)) {
    if (c.chain && c.n + shortN >= 2) cues.push('township after its county');
    if (selfWords >= 1 && c.n >= 2 && c.n >= countyMentions) cues.push('township self-words');
  }
  if (!cues.length || (countyDecisive && !c.title)) return null;
  return { code, cues };
}

/** What `townsAnywhere` read: the place, or the same-named townships it could not tell apart (for the warning). */
interface TownsAnywhere {
  place: InferredPlace | null;
  unsure: { code: string; name: string; score: number }[];
}

/**
 * The county (or township) of a text that names no county-level place it can be sure of, from the townships it
 * names, looked up in all China: two or more township names that exist together in one county only, or a township
 * that the title names or the text speaks as (我镇, 镇党委, 街道党工委). A name several townships share (梅仙镇 in
 * two provinces) is told apart by the places above it and the townships and villages of its county the text names
 * (`disambiguateTownship`); when nothing does, the text's own township is left unsure, not guessed. WITHIN keeps
 * only the townships under a place already chosen (a province).
 */
function townsAnywhere(text: string, title: { start: number; end: number } | null, selfKind: Kind | null, named: Set<string>, within = ''): TownsAnywhere {
  const none: TownsAnywhere = { place: null, unsure: [] };
  const idx = townshipIndex();
  const hits = idx.index.scan(text).filter((h) => (idx.byName.get(h.form) ?? []).some((c) => c.startsWith(within)));
  if (!hits.length) return none;
  const codesOf = (form: string) => (idx.byName.get(form) ?? []).filter((c) => c.startsWith(within));
  const byCounty = new Map<string, Set<string>>();
  for (const h of hits)
    for (const code of codesOf(h.form)) {
      const county = code.slice(0, 6);
      const set = byCounty.get(county) ?? new Set<string>();
      set.add(h.form);
      byCounty.set(county, set);
    }
  const ranked = [...byCounty].sort((a, b) => b[1].size - a[1].size);
  const [top, second] = ranked;
  if (!within && top && top[1].size >= 2 && (!second || second[1].size * 2 <= top[1].size)) {
    const county = top[0];
    if (chainOf(county)[0]?.level !== 'county' && chainOf(county)[0]?.level !== 'city') return none;
    // …and one of them may be the text's own (我镇, its 镇党委 acting, its title).
    const own = townsAnywhere(text, title, selfKind, named, county).place;
    return { place: own ?? { code: county, cues: ['townships anywhere'] }, unsure: [] };
  }
  // One township speaking of itself.
  const selfTown = [...text.matchAll(TOWN_SELF)].length + [...text.matchAll(/街办|街道(?:党工委|办事处)/g)].length;
  const forms = [...new Set(hits.map((h) => h.form))];
  const decided = new Map(
    forms.map((f) => [
      f,
      disambiguateTownship(
        text,
        codesOf(f),
        named,
        forms.filter((o) => o !== f),
      ),
    ]),
  );
  const named2 = new Map<string, { n: number; title: boolean; form: string; leads: boolean; subject: number }>();
  for (const h of hits) {
    const key = decided.get(h.form) ?? `?${h.form}`;
    const c = named2.get(key) ?? { n: 0, title: false, form: h.form, leads: false, subject: 0 };
    c.n++;
    // 7月20日，东田镇召开…: the township opens the lead as its subject and acts.
    const end = h.at + h.form.length;
    const before = `\n${text.slice(0, h.at)}`.slice(-41);
    const opens = LEAD_BEFORE.test(text.slice(Math.max(0, h.at - 12), h.at)) || PARAGRAPH_LEAD_BEFORE.test(before);
    const acts = !TOWN_NOT_ACTING.test(text.slice(end, end + 8));
    if (opens && (TOWN_ACTS.test(text.slice(end, end + 8)) || acts)) c.leads = true;
    // Written as a clause's subject and acting (…上，北辛街道分别与…签订；今年以来，北辛街道坚持…).
    if (acts && CLAUSE_START.test(before)) c.subject++;
    // A title over a body: a one-line excerpt is no title.
    if (title && h.at >= title.start && h.at < title.end && text.length - title.end > 40) c.title = true;
    named2.set(key, c);
  }
  const towns = [...named2].sort((a, b) => b[1].n - a[1].n);
  const [t1, t2] = towns;
  if (!t1 || (t2 && t2[1].n >= t1[1].n)) return none;
  // 桂竹帽镇党委政府在县委…领导下: the township's own organs acting.
  const name = t1[1].form;
  const organs = [...text.matchAll(new RegExp(`${name}(?:党委|人民政府|政府|党工委|办事处)(?!副?书记|委员|副?镇长|副?乡长|主任)`, 'g'))].length;
  if (!(t1[1].title || (selfTown >= 1 && t1[1].n >= 2) || organs >= 1 || t1[1].leads || t1[1].subject >= 2) || (selfKind && selfKind !== '县' && selfTown < 2))
    return none;
  if (t1[0].startsWith('?')) {
    const unsure = codesOf(name).map((code) => ({
      code,
      name: chainOf(code)
        .map((p) => p.name)
        .reverse()
        .join(''),
      score: t1[1].n,
    }));
    return { place: null, unsure };
  }
  return chainOf(t1[0]).length ? { place: { code: t1[0], cues: ['township anywhere'] }, unsure: [] } : none;
}
