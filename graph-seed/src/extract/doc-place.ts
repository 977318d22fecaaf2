// The document's own place when none is given: read from its structure (header, signature, title, 我县/全县, 美丽XX), not only from counts.
import { chainOf, placeLexicon } from '../gazetteer/lexicon';
import type { DocContext } from './context';
import { placeGazetteer, scanPlaceForms } from './extractors/place-gazetteer';

/** Which word family a place's own organs use: 县委/全县 for a 县, 市委/全市 for a city or a county-level 市 … */
type Kind = '县' | '市' | '区' | '省';

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
  if (level === 'city') return '市';
  if (level === 'county') {
    if (/[县旗]$/.test(name)) return '县';
    if (/市$/.test(name)) return '市';
    if (/区$/.test(name)) return '区';
  }
  return null;
}

const NUM = '[一二三四五六七八九十百零〇\\d]';
/** “在XX县第十六届人民代表大会第三次会议上”, “XX市第十五届人大常委会”: the report's own congress. */
const HEADER_AFTER = new RegExp(`^\\s*第\\s*${NUM}+\\s*届\\s*(?:人民代表大会|人大)`);
/** “XX县人民政府县长 某某”, “XX县县长 某某”, “代市长”: the signature of the one who reports. */
const SIGNATURE_AFTER = /^(?:人民政府)?(?:代)?(?:县长|市长|区长|省长|州长|旗长|盟长)/;
/** The place's own organs as subject: XX县委、XX县人民政府、XX县党政代表团 … */
const ORGAN_AFTER = /^(?:委|县委|市委|区委|省委|人民政府|政府|党政代表团|人大|政协)/;
/** Phrases a place uses of itself: 建设现代化XX、美丽XX、幸福XX … (read before the name). */
const SELF_PHRASE_BEFORE = /(?:现代化|美丽|幸福|大美|魅力|活力|和美|锦绣|平安|健康|法治|数字|品质|生态)$/;
/** …and after it: 现代化XX建设, XX高质量发展. */
const SELF_PHRASE_AFTER = /^(?:建设|高质量发展|经济社会发展|发展历程|人民|大地|广大)/;
/** Bare self-references: 我县/全县/县委/县政府/县长 … not preceded by a name (开封市委 is handled by the name). */
const SELF_WORD = /(?:我|全|本)([县市区省])|([县市区省])(?:委|政府|人民政府|人大|政协|长|领导)/g;

const TOWNSHIP_NAME = /[\u4e00-\u9fff]{2,}(?:镇|乡|街道|苏木)$/;

/** Lines of web pages around an article (crumbs, site names, dates, sources): not its title. */
const CHROME = /[>|｜]|首页|当前位置|来源|发布时间|网站|网讯|作者|字体|打开|查看|分享|浏览|点击|时间[:：]/;

/** The article's title: its first line of at least six letters, up to 60 long, that is not web chrome. */
export function titleLine(text: string): { start: number; end: number } | null {
  const lineRe = /[^\n]+/g;
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
  return /^[^，。；]{0,20}?(?:到|来|赴|莅临|走进)我[县市区省]/.test(after);
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
  const nearStart = Math.max(400, Math.floor(text.length * 0.1));
  const cue = (c: Cand, at: number, end: number) => {
    const after = text.slice(end, end + 20);
    if (HEADER_AFTER.test(after) && at < nearStart) {
      c.bonus += 8;
      c.cues.add('header');
    }
    if (SIGNATURE_AFTER.test(after) && !/副$/.test(text.slice(end, end + 1)) && (at < nearStart || at > text.length - 300)) {
      c.bonus += 6;
      c.cues.add('signature');
    }
    if (ORGAN_AFTER.test(after)) c.bonus += 1;
    if (title && at >= title.start && at < title.end) {
      c.bonus += 3;
      c.cues.add('title');
    }
  };

  // Mentions as the place extractor reads them (no place given), with the cues around each.
  const others = new Set<string>();
  const found = placeGazetteer.extract({ ...doc, placeCode: null }).filter((m) => m.code);
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
    if (next && next.nStart === m.nEnd && next.code.length > m.code.length && next.code.startsWith(m.code)) continue;
    const c = cand(m.code);
    if (!c) continue;
    if (isOtherPlace(doc, m.nStart, m.nEnd)) others.add(m.code);
    c.mentions++;
    cue(c, m.nStart, m.nEnd);
  }
  // Short names the extractor leaves out between two words, read here only inside self phrases (现代化延津建设,
  // 美丽岱山), and full township names that exist in a single county: both point to the document's own place.
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
    const kind = (m[1] ?? m[2]) as Kind;
    const prev = text[m.index - 1] ?? '';
    // 开封市委 belongs to its name; **市委 is masked (unknown); 副县长 is still the county's.
    if (m[2] && (/[*＊]/.test(prev) || (/[\u4e00-\u9fff]/.test(prev) && !/[副原和与及、，的是]/.test(prev)))) continue;
    selfCounts.set(kind, (selfCounts.get(kind) ?? 0) + 1);
  }
  const masked = /[*＊]{2}[县市区省]/.test(text);
  const ranked = [...selfCounts].sort((a, b) => b[1] - a[1]);
  const selfKind = ranked[0] && ranked[0][1] >= 2 && (!ranked[1] || ranked[0][1] >= 1.5 * ranked[1][1]) ? ranked[0][0] : null;

  const scored = [...cands.values()]
    .filter((c) => !others.has(c.code) || c.cues.has('header') || c.cues.has('signature'))
    .filter((c) => c.level !== 'province' || c.cues.has('header') || c.cues.has('signature') || selfKind === '省')
    .map((c) => ({ c, score: c.mentions + c.bonus + (selfKind && c.kind === selfKind ? 3 : 0) }))
    .sort((a, b) => b.score - a.score || b.c.code.length - a.c.code.length || a.c.code.localeCompare(b.c.code));
  const candidates = scored.slice(0, 3).map(({ c, score }) => ({ code: c.code, name: c.name, score }));
  let best = scored[0];
  if (!best) return { place: null, candidates };
  const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  // A county's report names its city and province too: the deepest place related to the leader wins when it scores
  // at least half as much (or is the kind the self-words name).
  for (const s of scored) {
    if (s.c.code.length > best.c.code.length && s.c.code.startsWith(best.c.code)) {
      if (s.score * 2 >= best.score || (selfKind && s.c.kind === selfKind && best.c.kind !== selfKind)) best = s;
    }
  }
  const winner = best;
  const rival = scored.find((s) => !related(s.c.code, winner.c.code));
  const decisive = (c: Cand) => c.cues.has('header') || c.cues.has('signature');
  // A masked document (**市) is about a place it hides: counts of other names do not say which.
  if (masked && !decisive(winner.c)) return { place: null, candidates };
  if (winner.score < 3) return { place: null, candidates };
  // An unrelated rival must be clearly behind, unless only the winner signs or heads the document.
  if (rival && winner.score < 1.5 * rival.score && !(decisive(winner.c) && !decisive(rival.c))) return { place: null, candidates };
  const cues = [...winner.c.cues];
  if (winner.c.mentions) cues.push('mentions');
  if (selfKind && winner.c.kind === selfKind) cues.push(`self-words ${selfKind}`);
  return { place: { code: winner.c.code, cues }, candidates };
}
