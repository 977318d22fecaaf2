// Turns raw candidates into entities: overlaps settled, one entity per id with its aliases and mentions, ancestors added.
import { gazetteer } from '../gazetteer/table';
import { chainOf } from '../gazetteer/lexicon';
import { localPlaceForm } from './local-places';
import { placeId } from '../gazetteer/divisions';
import { toOriginal } from '../normalize/offset-text';
import type { Candidate, DocContext } from './context';
import type { ExtractedEntity, ExtractedRelation } from './types';

/** Types that may sit inside another type's mention (信钢 inside 信钢180万吨合金带钢, 信阳 inside 信阳技师学院). */
const NESTABLE = new Set(['Place', 'Organization']);

/**
 * Settles overlapping candidates: within one type the longer (then stronger) span wins; Strategy and Project
 * compete for the same letters; Places and Organisations may nest inside other types' names.
 */
export function settle(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.nEnd - b.nStart - (a.nEnd - a.nStart) || b.strength - a.strength || a.nStart - b.nStart);
  const kept: Candidate[] = [];
  const overlaps = (a: Candidate, b: Candidate) => a.nStart < b.nEnd && b.nStart < a.nEnd;
  for (const c of sorted) {
    const clash = kept.some((k) => {
      if (!overlaps(k, c)) return false;
      if (k.type === c.type) return true;
      // 省乡村振兴投资集团有限公司: a programme's words inside a firm's name are the firm's name, not the programme.
      if ((c.type === 'Strategy' && k.type === 'Organization') || (k.type === 'Strategy' && c.type === 'Organization')) return true;
      // 长征国家文化公园（某段）X展示园: a national programme named at the start of a project's name is the programme the
      // project belongs to; both are read.
      const inside = (x: Candidate, y: Candidate) => x.nStart >= y.nStart && x.nEnd <= y.nEnd;
      if (c.type === 'Strategy' && k.type === 'Project' && c.source === 'strategy-vocabulary' && c.nStart === k.nStart && inside(c, k)) return false;
      if (NESTABLE.has(c.type) || NESTABLE.has(k.type)) {
        // A nested place/org is fine when it lies wholly inside the other; a partial overlap is a clash.
        const inside = (x: Candidate, y: Candidate) => x.nStart >= y.nStart && x.nEnd <= y.nEnd;
        return !(inside(c, k) || inside(k, c));
      }
      return true;
    });
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.nStart - b.nStart || a.nEnd - b.nEnd);
}

/**
 * A place written inside a firm's name (上海均和集团, 甘肃某某啤酒, 庆阳某某牧业有限公司) is where the firm is registered
 * or its brand, not a place the document speaks of: those mentions are dropped, unless the place is the document's own
 * or lies inside it (a county's firms carry its name: 松滋市某某有限公司). Places in the names of schools and
 * institutes (西安音乐学院) stay: readers take them as naming the city.
 */
export function dropPlacesInFirms(cands: Candidate[], placeCode: string | null): Candidate[] {
  if (!placeCode) return cands;
  const firms = cands.filter((c) => c.type === 'Organization' && !/(?:大学|学院|研究院|研究所|科学院|医院|学校)$/.test(c.name));
  if (!firms.length) return cands;
  return cands.filter((c) => c.type !== 'Place' || !c.code || c.code.startsWith(placeCode) || !firms.some((f) => f.nStart <= c.nStart && c.nEnd <= f.nEnd));
}

/**
 * One project written with and without its place (平原科教城, 科教城) is one project: the short form's mentions
 * join the long one when the long one is exactly a place mention followed by the short one.
 */
export function mergePlacePrefixed(cands: Candidate[], placeCode: string | null = null): Candidate[] {
  const projects = cands.filter((c) => c.type === 'Project');
  const placeAt = new Map<number, Candidate[]>();
  for (const c of cands) if (c.type === 'Place') placeAt.set(c.nStart, [...(placeAt.get(c.nStart) ?? []), c]);
  const rename = new Map<string, Candidate>();
  const isPlaceForm = localPlaceForm(placeCode);
  for (const long of projects) {
    for (const short of projects) {
      if (short === long || short.name.length < 2 || !long.name.endsWith(short.name)) continue;
      const prefix = long.name.slice(0, long.name.length - short.name.length);
      // The prefix is a place: read as one here, or any gazetteer form (平原 of 平原示范区 is not read alone).
      const isPlace = (placeAt.get(long.nStart) ?? []).some((p) => p.surface === prefix) || (prefix.length >= 2 && isPlaceForm(prefix));
      if (isPlace) rename.set(short.id, long);
    }
  }
  if (rename.size === 0) return cands;
  return cands.map((c) => {
    const to = rename.get(c.id);
    return to ? { ...c, id: to.id, name: to.name } : c;
  });
}

/** A legal ending of a firm's name and a capacity (年产18万立方米, 30万吨): what a short form of a project leaves out. */
const LEGAL_TAIL = /(?:有限责任公司|股份有限公司|有限公司|集团公司|公司)/;
const CAPACITY_PART = /(?:年产|年加工|年处理|年出栏)?[\d.]+(?:万|亿|千)?(?:吨|台|套|辆|件|只|头|羽|平方米|立方米|千瓦|兆瓦|万千瓦|GWh|MW|双|片|条)/;

/**
 * One project written in full and short in one document (A木业有限公司年产18万立方米胶合板 and A胶合板项目, B年产80万吨
 * 饲料 and 年产80万吨饲料): the short form joins the long one when it is the long name without the firm's legal
 * ending and capacity, without its firm, or with the firm cut to its first letters (A木业… → A). Only when one long
 * name fits.
 */
export function mergeProjectForms(cands: Candidate[], placeCode: string | null = null): Candidate[] {
  const projects = new Map<string, Candidate>();
  for (const c of cands) if (c.type === 'Project' && !projects.has(c.id)) projects.set(c.id, c);
  const list = [...projects.values()];
  const isPlaceForm = localPlaceForm(placeCode);
  const forms = (long: string): { key: string; firm: string; product: string }[] => {
    const legal = LEGAL_TAIL.exec(long);
    const cap = CAPACITY_PART.exec(long);
    if (!legal && !cap) return [];
    const firmEnd = legal ? legal.index : cap!.index;
    const firm = long.slice(0, firmEnd);
    const rest = long.slice(legal ? legal.index + legal[0].length : firmEnd);
    const product = rest.replace(CAPACITY_PART, '');
    const out = [{ key: firm + product, firm, product }];
    if (cap) out.push({ key: long.slice(cap.index), firm: '', product: '' });
    return out;
  };
  const rename = new Map<string, Candidate>();
  for (const short of list) {
    const fits = list.filter((long) => {
      if (long === short || long.name.length <= short.name.length) return false;
      return forms(long.name).some(({ key, firm, product }) => {
        if (key === short.name) return true;
        // A胶合板 for A木业有限公司…胶合板: the firm cut to its first letters, the same product.
        if (!firm || product.length < 2 || !short.name.endsWith(product)) return false;
        const head = short.name.slice(0, short.name.length - product.length);
        return head.length >= 2 && head.length < firm.length && firm.startsWith(head) && !isPlaceForm(head);
      });
    });
    if (fits.length === 1 && !rename.has(fits[0]!.id)) rename.set(short.id, fits[0]!);
  }
  if (rename.size === 0) return cands;
  return cands.map((c) => {
    const to = rename.get(c.id);
    return to ? { ...c, id: to.id, name: to.name, aliases: [...(c.aliases ?? []), c.name] } : c;
  });
}

/** Development zones written before a firm's or site's name (经开区江淮蔚来公司, 高新区中安创谷科技园). */
const ZONE_PREFIX = /^(?:经开区|高新区|开发区|新区|[\u4e00-\u9fff]{1,2}(?:新|经开|高新|开发)区)/;

/**
 * The name without the county, township or zone written before it (庐江县黄山寨田园综合体 → 黄山寨田园综合体), as an
 * alias: documents name a site with or without its place, and search should find both. The name itself keeps the
 * place, so two counties' 产业集聚区 stay two things.
 */
function placeStripped(c: Candidate, placeAt: Map<number, Candidate>): string[] {
  if (c.type !== 'Project' && c.type !== 'Organization') return [];
  const out: string[] = [];
  // X有限公司年产…项目, X集团Y项目: documents also name the works without their builder.
  const firm = c.type === 'Project' ? /^[\u4e00-\u9fff（）()]{2,20}?(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|集团)/.exec(c.name) : null;
  if (firm && c.name.length - firm[0].length >= 4) {
    const rest = c.name.slice(firm[0].length);
    out.push(rest);
    if ((c.aliases ?? []).includes(`${c.name}项目`)) out.push(`${rest}项目`);
  }
  let name = c.name;
  let at = c.nStart;
  for (let guard = 0; guard < 3; guard++) {
    const p = placeAt.get(at);
    const zone = ZONE_PREFIX.exec(name);
    const len = p && p.nEnd <= c.nEnd && name.startsWith(p.surface) ? p.surface.length : zone ? zone[0].length : 0;
    if (!len || name.length - len < 4) break;
    name = name.slice(len);
    at += len;
    out.push(name);
    // 黎川县X扩建项目 → X扩建项目 too, when the name is also written with its 项目.
    if ((c.aliases ?? []).includes(`${c.name}项目`)) out.push(`${name}项目`);
  }
  return out;
}

/** Entities with original-offset mentions, merged by id; gazetteer ancestors of places added without mentions. */
export function buildEntities(doc: DocContext, cands: Candidate[]): { entities: ExtractedEntity[]; partOf: ExtractedRelation[] } {
  const byId = new Map<string, ExtractedEntity>();
  const placeAt = new Map<number, Candidate>();
  for (const c of cands) if (c.type === 'Place' && !placeAt.has(c.nStart)) placeAt.set(c.nStart, c);
  for (const c of cands) {
    let e = byId.get(c.id);
    if (!e) {
      e = { id: c.id, type: c.type, name: c.name, aliases: [], mentions: [] };
      if (c.level) e.level = c.level;
      if (c.code) e.code = c.code;
      if (c.parentId) e.parentId = c.parentId;
      byId.set(c.id, e);
    }
    if (c.unmentioned) continue;
    const o = toOriginal(doc.norm, c.nStart, c.nEnd);
    const sentence = doc.sentenceAt(c.nStart);
    e.mentions.push(sentence ? { start: o.start, end: o.end, sentence: sentence.index } : { start: o.start, end: o.end });
    const written = doc.original.slice(o.start, o.end).replace(/[“”"\s]/g, '');
    for (const alias of [c.surface.replace(/[“”"\s]/g, ''), written, ...(c.aliases ?? []), ...placeStripped(c, placeAt)]) {
      if (alias && alias !== e.name && !e.aliases.includes(alias) && alias.length <= 40) e.aliases.push(alias);
    }
  }
  const partOf: ExtractedRelation[] = [];
  const g = gazetteer();
  const seenEdge = new Set<string>();
  for (const e of [...byId.values()]) {
    if (e.type !== 'Place' || !e.code) continue;
    const chain = chainOf(e.code);
    for (let i = 0; i + 1 < chain.length; i++) {
      const child = chain[i]!;
      const parent = chain[i + 1]!;
      const pid = placeId(parent.code);
      if (!byId.has(pid)) {
        const gp = g.get(parent.code)!;
        byId.set(pid, {
          id: pid,
          type: 'Place',
          name: gp.name,
          aliases: gp.short ? [gp.short] : [],
          mentions: [],
          level: gp.level,
          code: gp.code,
          ...(gp.parentCode ? { parentId: placeId(gp.parentCode) } : {}),
        });
      }
      const key = `${child.code}>${parent.code}`;
      if (seenEdge.has(key)) continue;
      seenEdge.add(key);
      partOf.push({ type: 'PART_OF', from: placeId(child.code), to: pid, evidence: [], source: 'gazetteer' });
    }
  }
  return { entities: [...byId.values()], partOf };
}

/** What a firm's full name adds to its short one (中南高科 → 中南高科产业集团, 中硅 → 中硅公司, 台X → 台X（福建）光伏玻璃有限公司). */
const FIRM_TAIL =
  /^(?:[\u4e00-\u9fff]{0,4}(?:集团|公司|有限公司|股份有限公司|有限责任公司)|控股|股份|科技|实业|[（(][\u4e00-\u9fff]{2,4}[）)][\u4e00-\u9fff]{0,8}(?:集团|公司|有限公司|股份有限公司|有限责任公司))$/;

/**
 * One firm per thing within a document: a short form joins the full name the same document writes, when the
 * full name is the short one plus a legal or group tail (中南高科 ⇄ 中南高科产业集团), when the text binds them
 * (信阳钢铁（简称“信钢”）), or when the short form is the full name's first letter and some later ones in order
 * (信钢 ⇄ 信阳钢铁) and no other firm of the document fits. Curated names (vocabulary) keep their own ids.
 */
export function mergeFirmForms(doc: DocContext, cands: Candidate[]): Candidate[] {
  const orgs = new Map<string, Candidate>();
  for (const c of cands) if (c.type === 'Organization' && !orgs.has(c.id)) orgs.set(c.id, c);
  const list = [...orgs.values()];
  const rename = new Map<string, Candidate>();
  const text = doc.norm.text;
  for (const m of text.matchAll(/([\u4e00-\u9fffA-Za-z]{4,24})[（(](?:以下)?简称[“"]?([\u4e00-\u9fffA-Za-z]{2,6})[”"]?[）)]/g)) {
    const long = list.find((c) => m[1]!.endsWith(c.name));
    const short = list.find((c) => c.name === m[2]);
    if (long && short && long !== short) rename.set(short.id, long);
  }
  const curated = (c: Candidate) => c.source === 'org-vocabulary';
  const initials = (short: string, long: string) => {
    if (short.length > 3 || long.length < 4 || short[0] !== long[0]) return false;
    let j = 1;
    for (const ch of short.slice(1)) {
      j = long.indexOf(ch, j);
      if (j < 0) return false;
      j++;
    }
    return true;
  };
  for (const short of list) {
    if (rename.has(short.id) || curated(short)) continue;
    const tails = list.filter((l) => l !== short && !curated(l) && l.name.startsWith(short.name) && FIRM_TAIL.test(l.name.slice(short.name.length)));
    const abbrs = list.filter((l) => l !== short && !curated(l) && !l.name.startsWith(short.name) && initials(short.name, l.name));
    // 省土地发展集团 after 山东省土地发展集团: the level word stands for the place written in the full name.
    if (/^[省市县区]/.test(short.name) && short.name.length >= 4) {
      const placed = list.filter((l) => l !== short && !curated(l) && l.name.endsWith(short.name) && l.name.length - short.name.length <= 4);
      if (placed.length === 1 && !rename.has(placed[0]!.id)) {
        rename.set(short.id, placed[0]!);
        continue;
      }
    }
    const target = tails.length === 1 ? tails[0] : tails.length === 0 && abbrs.length === 1 ? abbrs[0] : undefined;
    if (target && !rename.has(target.id)) rename.set(short.id, target);
  }
  if (rename.size === 0) return cands;
  return cands.map((c) => {
    const to = rename.get(c.id);
    return to ? { ...c, id: to.id, name: to.name } : c;
  });
}

const VARIANT_HEAD = /(?:工作法|发展模式|模式|战略|工程|行动|计划|机制)$/;

/**
 * One programme per thing within a document: a name that is another's plus up to three letters before the same
 * head (二分之一招商工作法 beside 二分之一工作法) is a variant of it and joins it, keeping its own form as an alias.
 */
export function mergeStrategyVariants(cands: Candidate[]): Candidate[] {
  const names = new Map<string, Candidate>();
  for (const c of cands) if (c.type === 'Strategy' && !names.has(c.id)) names.set(c.id, c);
  const list = [...names.values()];
  const rename = new Map<string, Candidate>();
  for (const long of list) {
    const head = VARIANT_HEAD.exec(long.name)?.[0];
    if (!head) continue;
    const core = long.name.slice(0, -head.length);
    const short = list.find((s) => {
      if (s === long || !s.name.endsWith(head)) return false;
      const c = s.name.slice(0, -head.length);
      return c.length >= 2 && core.startsWith(c) && core.length - c.length <= 3;
    });
    if (short) rename.set(long.id, short);
  }
  if (rename.size === 0) return cands;
  return cands.map((c) => {
    const to = rename.get(c.id);
    return to ? { ...c, id: to.id, name: to.name, aliases: [...(c.aliases ?? []), c.name] } : c;
  });
}
