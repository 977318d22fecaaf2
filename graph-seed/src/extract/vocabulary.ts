// The curated vocabulary (graph-seed/vocabulary/*.json): policy terms and organisations with their aliases.
import fs from 'node:fs';
import type { StrategyScope } from '@policygraph/contract/model';
import path from 'node:path';
import { VOCABULARY_DIR } from '../gazetteer/lexicon';
import { FormIndex } from './form-index';

export interface VocabEntry {
  name: string;
  aliases: string[];
  listAliases?: string[];
  partOf?: string;
  kind?: string;
  /** A common phrase that is also a modifier (全域旅游交通网): read only where it ends a phrase. */
  weak?: boolean;
  /** Strategies: a plan that frames a period (十四五规划): read, but no place is said to pursue it. */
  frame?: boolean;
  /** Strategies: where the term comes from, a general property of it (not of a document); absent when unknown. */
  scope?: StrategyScope;
}

export interface Vocabulary {
  /** Written form → entry (names and aliases). */
  byForm: Map<string, VocabEntry>;
  /** Scanner over names and aliases. */
  index: FormIndex;
  /** Forms only read inside lists (移动、联通、电信). */
  listForms: Map<string, VocabEntry>;
  /** Words that look like entries of this kind but are not. */
  not: Set<string>;
}

function build(entries: VocabEntry[], not: string[]): Vocabulary {
  const byForm = new Map<string, VocabEntry>();
  const listForms = new Map<string, VocabEntry>();
  for (const e of entries) {
    for (const f of [e.name, ...e.aliases]) if (f.length >= 2 && !byForm.has(f)) byForm.set(f, e);
    for (const f of e.listAliases ?? []) listForms.set(f, e);
  }
  return { byForm, index: new FormIndex(byForm.keys()), listForms, not: new Set(not) };
}

let strategies: Vocabulary | undefined;
let organizations: Vocabulary | undefined;

const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(VOCABULARY_DIR, file), 'utf8')) as T;

export function strategyVocabulary(): Vocabulary {
  if (!strategies) {
    const data = read<{ strategies: VocabEntry[]; notStrategies: string[] }>('strategies.json');
    strategies = build(data.strategies, data.notStrategies);
  }
  return strategies;
}

/** Ids of the vocabulary's frame strategies (the five-year plans). */
export function frameStrategyNames(): Set<string> {
  return new Set([...new Set(strategyVocabulary().byForm.values())].filter((e) => e.frame).map((e) => e.name));
}

export function organizationVocabulary(): Vocabulary {
  if (!organizations) {
    const data = read<{ organizations: VocabEntry[]; notOrganizations: string[] }>('organizations.json');
    organizations = build(data.organizations, data.notOrganizations);
  }
  return organizations;
}

/** Every vocabulary form in TEXT, longest first, no overlaps. */
export function scanVocabulary(v: Vocabulary, text: string): { form: string; entry: VocabEntry; at: number }[] {
  return v.index.scan(text).map(({ form, at }) => ({ form, entry: v.byForm.get(form)!, at }));
}
