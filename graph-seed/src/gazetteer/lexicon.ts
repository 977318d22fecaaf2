// Name lexicon over the gazetteer: every full name, short form and region name → candidate places, for fast scanning.
import { entityId } from '@policygraph/contract/model';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceLevel } from '@policygraph/contract/graph-model';
import { FormIndex } from '../extract/form-index';
import { formerNames } from './former-names';
import { gazetteer, loadProvince, type Place } from './table';
import { plainTownshipName } from './townships';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const VOCABULARY_DIR = path.resolve(HERE, '../../vocabulary');

export interface PlaceEntry {
  /** GB/T 2260 code, or null for a region. */
  code: string | null;
  /** Canonical name (full gazetteer name, or region name). */
  name: string;
  level: PlaceLevel;
  /**
   * 'full' name as in the gazetteer, 'short' form without suffix, 'variant' of a village (stem + 村/社区),
   * 'region', 'zone' (a development zone's usual name: 新乡高新区, 平原示范区) or 'zone-local' (高新区, 经开区:
   * only inside the zone's own city).
   */
  form: 'full' | 'short' | 'variant' | 'region' | 'zone' | 'zone-local';
}

export interface Lexicon {
  /** Candidates by surface form. */
  byForm: Map<string, PlaceEntry[]>;
  /** Scanner over all surface forms. */
  index: FormIndex;
  stopShort: Set<string>;
  stopFull: Set<string>;
  blockedAfter: string[];
}

let lexicon: Lexicon | undefined;
/** Lexicons with one province's townships and villages, the most recently used first (a few at a time). */
const provincial = new Map<string, Lexicon>();
const PROVINCIAL_KEPT = 4;

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(VOCABULARY_DIR, file), 'utf8')) as T;
}

/** Region id: place:region:<name>. */
export const regionId = entityId.region;

type Adder = (form: string, e: PlaceEntry) => void;

function adderOf(byForm: Map<string, PlaceEntry[]>, shared?: Map<string, PlaceEntry[]>): Adder {
  return (form, e) => {
    if (form.length < 2) return;
    let list = byForm.get(form);
    // A list copied from the base lexicon is replaced, not changed in place: the base stays as it is.
    if (list && shared && list === shared.get(form)) byForm.set(form, (list = [...list]));
    if (list) {
      if (!list.some((x) => x.code === e.code && x.name === e.name)) list.push(e);
    } else byForm.set(form, [e]);
  };
}

/** Forms of a township or village: its name, 郝堂村 = 郝堂社区, a 乡 renamed 镇 (and back), a township's short name. */
function addDeep(add: Adder, p: Place): void {
  add(p.name, { code: p.code, name: p.name, level: p.level, form: 'full' });
  if (p.level === 'village') {
    if (p.short) {
      add(`${p.short}村`, { code: p.code, name: p.name, level: p.level, form: 'variant' });
      add(`${p.short}社区`, { code: p.code, name: p.name, level: p.level, form: 'variant' });
    }
    return;
  }
  // Many 乡 have become 镇 since the tables were made; texts use the new name.
  // …and an ethnic township is mostly written without its designation (明水满族乡 → 明水乡).
  const plain = plainTownshipName(p.name);
  for (const n of plain ? [p.name, plain] : [p.name]) {
    if (n !== p.name) add(n, { code: p.code, name: p.name, level: p.level, form: 'variant' });
    const m = /^(.{2,})([乡镇])$/.exec(n);
    if (m) add(`${m[1]}${m[2] === '乡' ? '镇' : '乡'}`, { code: p.code, name: p.name, level: p.level, form: 'variant' });
  }
  if (p.short) add(p.short, { code: p.code, name: p.name, level: p.level, form: 'short' });
}

/** The lexicon: all China to county level and regions; with PROVINCE also that province's townships and villages. */
export function placeLexicon(province?: string | null): Lexicon {
  const base = baseLexicon();
  if (!province) return base;
  const key = province.slice(0, 2);
  const hit = provincial.get(key);
  if (hit) {
    provincial.delete(key);
    provincial.set(key, hit);
    return hit;
  }
  const deep = loadProvince(key);
  if (!deep.length) return base;
  const byForm = new Map(base.byForm);
  const add = adderOf(byForm, base.byForm);
  for (const p of deep) addDeep(add, p);
  const lex: Lexicon = { ...base, byForm, index: new FormIndex(byForm.keys()) };
  provincial.set(key, lex);
  while (provincial.size > PROVINCIAL_KEPT) provincial.delete(provincial.keys().next().value!);
  return lex;
}

function baseLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const byForm = new Map<string, PlaceEntry[]>();
  const add = adderOf(byForm);
  for (const p of gazetteer().values()) {
    if (p.code.length > 6) continue;
    add(p.name, { code: p.code, name: p.name, level: p.level, form: 'full' });
    if (p.short) add(p.short, { code: p.code, name: p.name, level: p.level, form: 'short' });
    if (p.level === 'county') for (const z of zoneForms(p)) add(z.form, { code: p.code, name: p.name, level: p.level, form: z.local ? 'zone-local' : 'zone' });
  }
  // Former names (林县 → 林州市) and the usual abbreviations of banners (科左后旗), after every current name so that a
  // name in use today always wins.
  for (const p of gazetteer().values()) {
    if (p.code.length !== 6) continue;
    for (const f of [...formerNames(p), ...bannerAbbreviations(p.name)])
      if (!byForm.has(f)) add(f, { code: p.code, name: p.name, level: p.level, form: 'full' });
  }
  const regions = readJson<{ regions: { name: string; aliases: string[] }[] }>('regions.json').regions;
  for (const r of regions) {
    for (const form of [r.name, ...r.aliases]) add(form, { code: null, name: r.name, level: 'region', form: 'region' });
  }
  const stop = readJson<{ shortForms: string[]; fullForms: string[]; blockedAfter: string[] }>('place-stopwords.json');
  lexicon = {
    byForm,
    index: new FormIndex(byForm.keys()),
    stopShort: new Set(stop.shortForms),
    stopFull: new Set(stop.fullForms),
    blockedAfter: stop.blockedAfter,
  };
  return lexicon;
}

/**
 * Usual names of a county-level development zone: 新乡高新技术产业开发区 → 新乡高新区 (and 高新区 inside 新乡市),
 * 新乡市平原城乡一体化示范区 → 平原示范区, 郑州航空港经济综合实验区 → 航空港经济综合实验区, 航空港区.
 */
function zoneForms(p: Place): { form: string; local: boolean }[] {
  const g = gazetteer();
  const city = p.parentCode ? g.get(p.parentCode) : undefined;
  if (city?.level !== 'city') return [];
  const cityShort = city.short ?? city.name;
  let core = p.name.replace(/^河南/, '');
  for (const prefix of [city.name, cityShort]) if (core.startsWith(prefix)) core = core.slice(prefix.length);
  const out: { form: string; local: boolean }[] = [];
  const m = /^(.*?)(高新技术产业开发区|高新技术开发区|经济技术开发区|经济开发区|城乡一体化示范区|经济综合实验区)$/.exec(core);
  if (!m) return out;
  const [, head, kind] = m as unknown as [string, string, string];
  if (kind.startsWith('高新')) out.push({ form: `${cityShort}高新区`, local: false }, { form: '高新区', local: true });
  else if (kind === '经济技术开发区' || kind === '经济开发区') out.push({ form: `${cityShort}经开区`, local: false }, { form: '经开区', local: true });
  else if (kind === '城乡一体化示范区' && head.length >= 2) out.push({ form: `${head}示范区`, local: false });
  else if (kind === '经济综合实验区' && head.length >= 2) out.push({ form: core, local: false }, { form: `${head}区`, local: false });
  return out;
}

/**
 * How banners with a wing or a position are written short: the stem's first letter, the wing and the position
 * (科尔沁左翼后旗 → 科左后旗, 土默特左旗 → 土左旗, 鄂托克前旗 → 鄂前旗, 喀喇沁左翼蒙古族自治县 → 喀左县). Stems of two
 * letters (巴林左旗) are already short.
 */
export function bannerAbbreviations(name: string): string[] {
  const m = /^([\u4e00-\u9fff]{3,}?)(?:([左右])翼)?([前中后左右])?(旗|[\u4e00-\u9fff]+自治县)$/.exec(name);
  if (!m || (!m[2] && !m[3])) return [];
  const [, stem, wing = '', position = '', kind] = m as unknown as [string, string, string | undefined, string | undefined, string];
  return [`${stem[0]}${wing}${position}${kind === '旗' ? '旗' : '县'}`];
}

/** Ancestors of a code, nearest first, the place itself included. */
export function chainOf(code: string): Place[] {
  const g = gazetteer();
  if (code.length > 6 && !g.has(code)) loadProvince(code.slice(0, 2));
  const out: Place[] = [];
  let cur = g.get(code);
  while (cur && out.length < 8) {
    out.push(cur);
    cur = cur.parentCode ? g.get(cur.parentCode) : undefined;
  }
  return out;
}
