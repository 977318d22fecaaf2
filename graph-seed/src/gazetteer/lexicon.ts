// Name lexicon over the gazetteer: every full name, short form and region name → candidate places, for fast scanning.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceLevel } from '../../../server/src/contract/graph-model';
import { FormIndex } from '../extract/form-index';
import { gazetteer, type Place } from './table';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const VOCABULARY_DIR = path.resolve(HERE, '../../vocabulary');

export interface PlaceEntry {
  /** GB/T 2260 code, or null for a region. */
  code: string | null;
  /** Canonical name (full gazetteer name, or region name). */
  name: string;
  level: PlaceLevel;
  /** 'full' name as in the gazetteer, 'short' form without suffix, 'village' stem + 村/社区 variant, 'region'. */
  form: 'full' | 'short' | 'variant' | 'region';
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

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(VOCABULARY_DIR, file), 'utf8')) as T;
}

/** Region id: place:region:<name>. */
export const regionId = (name: string) => `place:region:${name}`;

/** The lexicon (built once per process from the gazetteer and vocabulary/regions.json). */
export function placeLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const byForm = new Map<string, PlaceEntry[]>();
  const add = (form: string, e: PlaceEntry) => {
    if (form.length < 2) return;
    const list = byForm.get(form);
    if (list) {
      if (!list.some((x) => x.code === e.code && x.name === e.name)) list.push(e);
    } else byForm.set(form, [e]);
  };
  for (const p of gazetteer().values()) {
    add(p.name, { code: p.code, name: p.name, level: p.level, form: 'full' });
    if (p.level === 'village') {
      // 郝堂社区 is also written 郝堂村 (and the reverse): both forms reach the same village.
      if (p.short) {
        add(`${p.short}村`, { code: p.code, name: p.name, level: p.level, form: 'variant' });
        add(`${p.short}社区`, { code: p.code, name: p.name, level: p.level, form: 'variant' });
      }
    } else if (p.short) {
      add(p.short, { code: p.code, name: p.name, level: p.level, form: 'short' });
    }
  }
  const regions = readJson<{ regions: { name: string; aliases: string[] }[] }>('regions.json').regions;
  for (const r of regions) {
    for (const form of [r.name, ...r.aliases]) add(form, { code: null, name: r.name, level: 'region', form: 'region' });
  }
  const stop = readJson<{ shortForms: string[]; fullForms: string[]; blockedAfter: string[] }>('place-stopwords.json');
  lexicon = { byForm, index: new FormIndex(byForm.keys()), stopShort: new Set(stop.shortForms), stopFull: new Set(stop.fullForms), blockedAfter: stop.blockedAfter };
  return lexicon;
}

/** Ancestors of a code, nearest first, the place itself included. */
export function chainOf(code: string): Place[] {
  const g = gazetteer();
  const out: Place[] = [];
  let cur = g.get(code);
  while (cur && out.length < 8) {
    out.push(cur);
    cur = cur.parentCode ? g.get(cur.parentCode) : undefined;
  }
  return out;
}

/** True when CODE is ANCESTOR or lies under it (GB/T 2260 codes nest by prefix, but the parent chain is authoritative). */
export function isWithin(code: string, ancestor: string): boolean {
  return chainOf(code).some((p) => p.code === ancestor);
}
