// `npm run eval [-- --set dev|holdout] [--texts DIR] [--verbose]`: scores the samples and a blind set, place given and inferred.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES } from '@policygraph/contract/graph-model';
import { readDocumentText } from '../corpus/read-text';
import { extractDocument } from '../extract';
import { CONFIDENT, type DocumentScore, type GoldFile, type RelationScore, SCORED_RELATIONS, score, scoreDocument, type TypeScore } from './score';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Gold annotations of sample documents, then of documents written to test generalisation. */
export const GOLD_DIRS = ['test/fixtures/gold', 'test/fixtures/generalisation'];
/** Blind-set annotations (committed) and the default home of their texts (third-party, never committed). */
export const BLIND_DIR = 'test/fixtures/blind';
export const BLIND_TEXTS = 'graph-seed/.cache/blind';

export interface GoldEntry {
  file: string;
  gold: GoldFile;
  /** Absolute path of the document's text. */
  textPath: string;
}

export function goldFiles(): GoldEntry[] {
  const out: GoldEntry[] = [];
  for (const dir of GOLD_DIRS) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs
      .readdirSync(abs)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const gold = JSON.parse(fs.readFileSync(path.join(abs, f), 'utf8')) as GoldFile;
      out.push({ file: path.join(dir, f), gold, textPath: path.join(ROOT, gold.text) });
    }
  }
  return out;
}

/** The annotations of one blind set, each with where its text should be (TEXTS, else graph-seed/.cache/blind/SET). */
export function blindFiles(set: string, texts?: string): GoldEntry[] {
  const abs = path.join(ROOT, BLIND_DIR, set);
  if (!fs.existsSync(abs)) return [];
  const textDir = texts ? path.resolve(texts) : path.join(ROOT, BLIND_TEXTS, set);
  return fs
    .readdirSync(abs)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(abs, f), 'utf8')) as GoldFile;
      return { file: path.join(BLIND_DIR, set, f), gold, textPath: path.join(textDir, path.basename(gold.text)) };
    });
}

/** Extracts one document, with its gold place given (as the manifest would) or with none (inferred). */
export function extractFor(entry: GoldEntry, placeGiven: boolean) {
  const { text, encoding } = readDocumentText(entry.textPath);
  const id = path.basename(entry.textPath).replace(/\.[^.]+$/, '');
  return extractDocument({ id, text, placeCode: placeGiven ? entry.gold.placeCode : undefined, encoding });
}

/** Scores one gold file (reads its text, extracts with its place). */
export function evaluate(entry: GoldEntry): TypeScore[] {
  return score(extractFor(entry, true), entry.gold);
}

type RelationTotals = {
  gold: number;
  found: number;
  judged: number;
  correct: number;
  unjudged: number;
  foundForgiven: number;
  judgedByProject: number;
  correctByProject: number;
};
const RELATION_KEYS = ['gold', 'found', 'judged', 'correct', 'unjudged', 'foundForgiven', 'judgedByProject', 'correctByProject'] as const;

function addRelations(into: Map<string, RelationTotals>, scores: RelationScore[]): void {
  for (const r of scores) {
    const x = into.get(r.type) ?? (Object.fromEntries(RELATION_KEYS.map((k) => [k, 0])) as RelationTotals);
    for (const k of RELATION_KEYS) x[k] += r[k] ?? 0;
    into.set(r.type, x);
  }
}

/** Sums of a set's document scores. */
export interface SetTotals {
  documents: number;
  entities: Map<string, { gold: number; predicted: number; matched: number; boundary: number }>;
  relations: Map<string, RelationTotals>;
  /** The same over relations of confidence ≥ CONFIDENT. */
  confidentRelations: Map<string, RelationTotals>;
  place: { documents: number; exact: number; within: number; none: number };
  confusions: number;
  goldNames: number;
}

export function totalsOf(scores: DocumentScore[]): SetTotals {
  const t: SetTotals = {
    documents: scores.length,
    entities: new Map(),
    relations: new Map(),
    confidentRelations: new Map(),
    place: { documents: 0, exact: 0, within: 0, none: 0 },
    confusions: 0,
    goldNames: 0,
  };
  for (const s of scores) {
    for (const e of s.entities) {
      const x = t.entities.get(e.type) ?? { gold: 0, predicted: 0, matched: 0, boundary: 0 };
      x.gold += e.gold;
      x.predicted += e.predicted;
      x.matched += e.matched;
      x.boundary += e.boundary.length;
      t.entities.set(e.type, x);
    }
    addRelations(t.relations, s.relations);
    addRelations(t.confidentRelations, s.confidentRelations ?? []);
    if (s.place.expected) {
      t.place.documents++;
      if (s.place.exact) t.place.exact++;
      if (s.place.within) t.place.within++;
      if (!s.place.predicted) t.place.none++;
    }
    t.confusions += s.confusions.length;
    t.goldNames += s.goldNames;
  }
  return t;
}

const f2 = (x: number) => x.toFixed(2);
const ratio = (a: number, b: number) => (b ? f2(a / b) : '–');

function sumOf<T extends Record<string, number>>(values: Iterable<T>, keys: (keyof T)[]): T {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as T;
  for (const v of values) for (const k of keys) (out[k] as number) += v[k] ?? 0;
  return out;
}

/** One relation table: recall and precision per type, then all types. */
function relationTable(totals: Map<string, RelationTotals>): string[] {
  const lines = [
    '| type | gold | found | recall | judged | correct | precision | unjudged | recall, boundaries forgiven | judged where gold relates the project | precision there |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const row = (type: string, r: RelationTotals) =>
    `| ${type} | ${r.gold} | ${r.found} | ${ratio(r.found, r.gold)} | ${r.judged} | ${r.correct} | ${ratio(r.correct, r.judged)} | ${r.unjudged} | ${ratio(r.foundForgiven, r.gold)} | ${r.judgedByProject} | ${ratio(r.correctByProject, r.judgedByProject)} |`;
  for (const type of SCORED_RELATIONS) {
    const r = totals.get(type);
    if (r) lines.push(row(type, r));
  }
  lines.push(row('all', sumOf(totals.values(), [...RELATION_KEYS])));
  return lines;
}

/** The tables of one set in one mode, as Markdown. */
export function report(title: string, t: SetTotals, inferred: boolean): string {
  const lines = [
    `### ${title}`,
    '',
    `Entities (${t.documents} documents, micro-averaged):`,
    '',
    '| type | gold | found | correct | precision | recall | boundary misses | recall, boundaries forgiven |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const entityRow = (type: string, e: { gold: number; predicted: number; matched: number; boundary: number }) =>
    `| ${type} | ${e.gold} | ${e.predicted} | ${e.matched} | ${ratio(e.matched, e.predicted)} | ${ratio(e.matched, e.gold)} | ${e.boundary} | ${ratio(e.matched + e.boundary, e.gold)} |`;
  for (const type of ENTITY_TYPES) {
    const e = t.entities.get(type);
    if (e) lines.push(entityRow(type, e));
  }
  lines.push(entityRow('all', sumOf(t.entities.values(), ['gold', 'predicted', 'matched', 'boundary'])));
  const rAll = sumOf(t.relations.values(), [...RELATION_KEYS]);
  if (rAll.gold) {
    lines.push(
      '',
      'Relations (gold lists only the 3–8 key relations of each document: precision is measured over produced relations whose two ends are both gold entities; the others are unjudged. Two more views, strict figures unchanged: recall when a name cut at another boundary is forgiven, and precision over the produced relations whose project gold relates the same way, so a true relation gold did not list as key is not counted wrong):',
      '',
      ...relationTable(t.relations),
      '',
      `Confident relations only (confidence ≥ ${CONFIDENT}; below it a relation is a guess the explorer can hide):`,
      '',
      ...relationTable(t.confidentRelations),
    );
  }
  lines.push('');
  if (inferred) {
    const p = t.place;
    lines.push(
      `Document place inferred: exact ${p.exact} of ${p.documents} (${ratio(p.exact, p.documents)}), within (right county where a township was expected) ${p.within} of ${p.documents} (${ratio(p.within, p.documents)}), none inferred ${p.none}, wrong ${p.documents - p.within - p.none}.`,
    );
  }
  const pct = t.goldNames ? ((100 * t.confusions) / t.goldNames).toFixed(1) : '0.0';
  lines.push(`Strategy ⇄ Project type confusions: ${t.confusions} of ${t.goldNames} gold strategy and project names (${pct} %).`, '');
  return lines.join('\n');
}

/** Per-document misses, for --verbose. */
function details(entry: GoldEntry, s: DocumentScore, inferred: boolean): string {
  const name = path.basename(entry.file);
  const out: string[] = [];
  // Inferred mode: only what the place changes (relations, the place itself); entity misses are listed once.
  for (const e of inferred ? [] : s.entities) {
    if (e.missed.length) out.push(`  ${e.type} missed:   ${e.missed.join(' | ')}`);
    if (e.spurious.length) out.push(`  ${e.type} spurious: ${e.spurious.join(' | ')}`);
    if (e.boundary.length) out.push(`  ${e.type} missed at a boundary (a spurious name overlaps): ${e.boundary.join(' | ')}`);
  }
  for (const r of s.relations) {
    if (r.missed.length) out.push(`  ${r.type} missed: ${r.missed.join(' | ')}`);
    if (r.wrong.length) out.push(`  ${r.type} not in gold: ${r.wrong.join(' | ')}`);
    if (r.coarser?.length) out.push(`  ${r.type} coarser than gold (counted correct): ${r.coarser.join(' | ')}`);
    if (r.wrongByProject?.length) out.push(`  ${r.type} other than gold's for the same project: ${r.wrongByProject.join(' | ')}`);
  }
  if (inferred && !s.place.exact) out.push(`  place: expected ${s.place.expected}, inferred ${s.place.predicted ?? 'none'}`);
  if (!inferred && s.confusions.length) out.push(`  confusions: ${s.confusions.map((c) => `${c.name} (${c.gold} → ${c.predicted})`).join(' | ')}`);
  return out.length ? `${name}${inferred ? ' [inferred]' : ''}\n${out.join('\n')}` : '';
}

/** Scores every entry whose text is present in both modes; missing texts are named and skipped. */
export function evaluateSet(entries: GoldEntry[]): { given: DocumentScore[]; inferred: DocumentScore[]; skipped: string[]; entries: GoldEntry[] } {
  const given: DocumentScore[] = [];
  const inferred: DocumentScore[] = [];
  const skipped: string[] = [];
  const kept: GoldEntry[] = [];
  for (const entry of entries) {
    if (!fs.existsSync(entry.textPath)) {
      skipped.push(path.basename(entry.file));
      continue;
    }
    kept.push(entry);
    given.push(scoreDocument(extractFor(entry, true), entry.gold));
    inferred.push(scoreDocument(extractFor(entry, false), entry.gold));
  }
  return { given, inferred, skipped, entries: kept };
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main() {
  const verbose = process.argv.includes('--verbose');
  const set = argValue('--set') ?? 'dev';
  if (!/^[a-z0-9-]+$/.test(set)) {
    console.error(`--set: expected a set name such as dev or holdout, got “${set}”`);
    process.exit(2);
  }
  const texts = argValue('--texts');
  const groups: [string, GoldEntry[]][] = [
    ['samples (test/fixtures/gold)', goldFiles().filter((e) => e.file.includes('/gold/'))],
    ['written for generalisation (test/fixtures/generalisation)', goldFiles().filter((e) => e.file.includes('/generalisation/'))],
    [`blind set “${set}” (${BLIND_DIR}/${set})`, blindFiles(set, texts)],
  ];
  for (const [title, entries] of groups) {
    if (!entries.length) {
      console.log(`## ${title}\n\nNo annotations.\n`);
      continue;
    }
    const r = evaluateSet(entries);
    console.log(`## ${title}\n`);
    if (r.skipped.length) {
      console.log(
        `Skipped ${r.skipped.length} of ${entries.length} annotations whose text is not present (${texts ?? path.join(BLIND_TEXTS, set)}): ${r.skipped.join(', ')}\n`,
      );
    }
    if (!r.given.length) continue;
    console.log(report('place given (as the manifest gives it)', totalsOf(r.given), false));
    console.log(report('no place given (inferred from the text)', totalsOf(r.inferred), true));
    if (verbose) {
      for (const [i, entry] of r.entries.entries()) {
        for (const [s, inf] of [
          [r.given[i]!, false],
          [r.inferred[i]!, true],
        ] as const) {
          const d = details(entry, s, inf);
          if (d) console.log(d);
        }
      }
      console.log('');
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
