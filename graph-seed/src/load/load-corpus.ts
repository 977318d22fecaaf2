// The loader: streams documents through reading, extraction and rows into a GraphWriter, atomically per document.
import fs from 'node:fs';
import path from 'node:path';
import { readDocumentFile } from '../corpus/read-document';
import type { DocumentText } from '../corpus/read-text';
import { extractDocument } from '../extract/index';
import type { DocumentInput, ExtractionResult } from '../extract/types';
import { readCorpusEntries, type DocumentSource, type EntryProblem } from './corpus-entries';
import { contentHashOf, documentGraph, mergeBatch, rowCounts } from './document-rows';
import { correctedMeta } from './corrections';
import type { DocumentCorrection } from '@policygraph/contract/curation';
import type { DocumentGraph, GraphWriter, RemovedDocument, WriteStats } from '@policygraph/contract/graph-writer';
import { isStoreUnavailable } from '@policygraph/contract/problems';
import { corpusReuse } from '../reuse/index';
import { silentProgress, type LoadProgress } from './progress';

export { documentGraph } from './document-rows';

export type LoadFailure = EntryProblem;

export interface LoadSummary {
  /** Documents written (new or changed). */
  loaded: string[];
  /** Documents skipped because the graph already holds them with the same content hash. */
  unchanged: string[];
  failed: LoadFailure[];
  /** Documents retracted because the corpus no longer lists them (only with `prune`). */
  removed: RemovedDocument[];
  /** The new graph version, or null when nothing changed. */
  graphVersion: string | null;
  /** Text reuse found over the whole corpus after the load: REUSES relationships and passage pairs (absent when not run). */
  reuse?: { relations: number; pairs: number };
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  elapsedMs: number;
  /** Documents loaded without a place: the manifest gives none and the text does not decide it (not guessed). */
  placeUnknown?: string[];
}

export interface LoadOptions {
  /** Rows gathered before a transaction is sent: several small documents share one (default 10,000). */
  transactionRows?: number;
  /** Rewrite every document even when its content hash is unchanged (after the extractor improved). */
  force?: boolean;
  /**
   * Retract the documents the graph holds that the sources (and problem entries) do not list. Off by default:
   * loading a partial folder must not empty the graph.
   */
  prune?: boolean;
  /** Reads a file as text (default: readDocumentFile: PDF, .docx, web page or text in UTF-8/UTF-16/GB18030; refuses the rest by name). */
  readText?: (file: string) => DocumentText | Promise<DocumentText>;
  /** Extracts entities and relations (default: extractDocument); null loads documents and their manifest place only. */
  extract?: ((input: DocumentInput) => ExtractionResult) | null;
  progress?: LoadProgress;
  /**
   * The analysts' corrections of documents (title, date, place) by id, from the active curations: applied to
   * the manifest entry before extraction, so what depends on the place is derived from the corrected one.
   */
  corrections?: ReadonlyMap<string, DocumentCorrection>;
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

/** Loads every document of DIR/manifest.json; wrong entries and bad documents are reported, the rest still load. */
export async function loadCorpus(dir: string, writer: GraphWriter, options: LoadOptions = {}): Promise<LoadSummary> {
  const { sources, problems } = readCorpusEntries(dir);
  return loadDocuments(sources, writer, options, problems);
}

/**
 * Loads several corpus folders as one corpus (the sample or CORPUS_DIR, then the uploads folder), so `prune`
 * sees every listed document; a folder given as optional is skipped while it has no manifest.json yet.
 */
export async function loadCorpora(dirs: { dir: string; optional?: boolean }[], writer: GraphWriter, options: LoadOptions = {}): Promise<LoadSummary> {
  const sources: DocumentSource[] = [];
  const problems: EntryProblem[] = [];
  for (const { dir, optional } of dirs) {
    if (optional && !fs.existsSync(path.join(dir, 'manifest.json'))) continue;
    const entries = readCorpusEntries(dir);
    sources.push(...entries.sources);
    problems.push(...entries.problems);
  }
  return loadDocuments(sources, writer, options, problems);
}

/**
 * Loads documents: unchanged ones (same content hash) are skipped, changed ones replaced (old evidence
 * retracted in the same transaction), new ones added. Documents are grouped into transactions of about
 * `transactionRows` rows; if a group fails, each of its documents is retried alone, so a bad document fails by
 * itself, reported with its reason, and the graph keeps what it had for it.
 */
export async function loadDocuments(
  sources: DocumentSource[],
  writer: GraphWriter,
  options: LoadOptions = {},
  problems: EntryProblem[] = [],
): Promise<LoadSummary> {
  const started = Date.now();
  const progress = options.progress ?? silentProgress;
  const readText = options.readText ?? readDocumentFile;
  const extract = options.extract === undefined ? extractDocument : options.extract;
  const transactionRows = Math.max(1, options.transactionRows ?? 10_000);
  const summary: LoadSummary = {
    loaded: [],
    unchanged: [],
    failed: [],
    removed: [],
    graphVersion: null,
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    elapsedMs: 0,
  };
  const total = sources.length + problems.length;
  let done = 0;
  const report = () => progress.update({ done, total, nodes: summary.nodesCreated, relationships: summary.relationshipsCreated });
  const fail = (f: LoadFailure) => {
    summary.failed.push(f);
    progress.note(`✗ ${f.documentId}${f.file ? ` (${f.file})` : ''}: ${f.reason}`);
  };
  const addStats = (s: WriteStats) => {
    summary.nodesCreated += s.nodesCreated;
    summary.relationshipsCreated += s.relationshipsCreated;
    summary.nodesDeleted += s.nodesDeleted;
    summary.relationshipsDeleted += s.relationshipsDeleted;
  };

  await writer.ensureSchema();
  progress.start(total);
  for (const p of problems) {
    fail(p);
    done++;
  }
  const hashes = await writer.documentHashes();
  // A document not in the graph yet needs no retraction, which saves a first load its retraction queries.
  const stored = (id: string) => hashes.has(id);

  /** `alone` is the retry of one document of a failed group: merged, not created, in case it is there after all. */
  const write = async (group: DocumentGraph[], alone = false): Promise<void> => {
    try {
      addStats(await writer.writeBatch(mergeBatch(group, alone ? () => true : stored)));
      for (const g of group) summary.loaded.push(g.document.id);
    } catch (err) {
      // A lost database is nobody's document's fault: stop rather than blame every remaining document.
      if (isStoreUnavailable(err)) throw err;
      if (!alone) {
        for (const g of group) await write([g], true);
        return;
      }
      fail({ documentId: group[0]!.document.id, file: group[0]!.document.file, reason: `Neo4j refused it: ${reasonOf(err)}` });
    }
    done += group.length;
    report();
  };

  /** Same retraction as `--remove`, all stale documents in one transaction, falling back to one each. */
  const prune = async (ids: string[]): Promise<void> => {
    if (ids.length === 0) return;
    try {
      const { removed, stats } = await writer.removeDocuments(ids);
      addStats(stats);
      for (const d of removed) {
        summary.removed.push(d);
        progress.note(`− ${d.id}${d.title ? ` (${d.title})` : ''}: no longer in the corpus, removed`);
      }
    } catch (err) {
      if (isStoreUnavailable(err)) throw err;
      if (ids.length > 1) {
        for (const id of ids) await prune([id]);
        return;
      }
      fail({ documentId: ids[0]!, file: '', reason: `could not be removed: ${reasonOf(err)}` });
    }
  };

  // One transaction is in flight while the next group is read and extracted, so Neo4j and Node overlap.
  let inFlight: Promise<void> = Promise.resolve();
  let group: DocumentGraph[] = [];
  let groupRows = 0;
  for (const source of sources) {
    const meta = correctedMeta(source.meta, options.corrections?.get(source.meta.id));
    // Reading and extraction are synchronous: yield so the in-flight transaction's replies are handled meanwhile.
    await new Promise<void>((resolve) => setImmediate(resolve));
    let graph: DocumentGraph;
    try {
      const { text, encoding } = await readText(source.path);
      if (!options.force && hashes.get(meta.id) === contentHashOf(meta, text)) {
        summary.unchanged.push(meta.id);
        done++;
        report();
        continue;
      }
      const extraction = extract ? extract({ id: meta.id, text, file: meta.file, title: meta.title, placeCode: meta.place?.code, encoding }) : null;
      graph = documentGraph(meta, text, extraction, encoding);
      if (!meta.place && extraction && !extraction.document.placeId) {
        (summary.placeUnknown ??= []).push(meta.id);
        progress.note(
          `? ${meta.id}${meta.file ? ` (${meta.file})` : ''}: its place is neither in the manifest nor clear from the text; loaded without one (give it with --place or the manifest)`,
        );
      }
    } catch (err) {
      fail({ documentId: meta.id, file: meta.file, reason: reasonOf(err) });
      done++;
      report();
      continue;
    }
    group.push(graph);
    const counts = rowCounts(graph);
    groupRows += counts.nodes + counts.relationships;
    if (groupRows >= transactionRows) {
      await inFlight;
      inFlight = write(group);
      group = [];
      groupRows = 0;
    }
  }
  await inFlight;
  if (group.length > 0) await write(group);

  if (options.prune) {
    // A listed document that failed (or whose entry is wrong) keeps its previous version: it is still listed.
    const listed = new Set([...sources.map((s) => s.meta.id), ...problems.map((p) => p.documentId)]);
    const stale = [...hashes.keys()].filter((id) => !listed.has(id));
    // An empty manifest is far likelier a mistake (wrong folder, truncated file) than a wish to empty the graph.
    if (listed.size === 0 && stale.length > 0) {
      fail({
        documentId: '(corpus)',
        file: '',
        reason: `lists no documents: --prune would remove all ${stale.length} in the graph; nothing removed (use --remove to retract documents by id)`,
      });
    } else {
      await prune(stale);
    }
  }

  if (summary.loaded.length > 0 || summary.removed.length > 0) {
    summary.reuse = await refreshReuse(writer);
    summary.graphVersion = await writer.bumpVersion();
  }
  progress.stop();
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/**
 * Recomputes text reuse over every stored sentence and replaces the REUSES relationships. Reuse is a property of
 * the corpus, not of one document (a new document can echo any earlier one), so it is redone after each load
 * that changed something; LSH keeps that linear in sentences (BENCHMARKS.md, Text reuse).
 */
export async function refreshReuse(writer: GraphWriter): Promise<LoadSummary['reuse']> {
  if (!writer.corpusSentences || !writer.replaceReuse) return undefined;
  const { relations } = corpusReuse(await writer.corpusSentences());
  await writer.replaceReuse(relations);
  return { relations: relations.length, pairs: relations.reduce((n, r) => n + r.evidence.length, 0) };
}

/** Removes documents and everything only they supported, in one transaction; unknown ids are reported. */
export async function removeDocuments(
  ids: string[],
  writer: GraphWriter,
): Promise<{ removed: string[]; unknown: string[]; graphVersion: string | null; stats: WriteStats }> {
  await writer.ensureSchema();
  const res = await writer.removeDocuments(ids);
  const removed = res.removed.map((d) => d.id);
  const unknown = ids.filter((id) => !removed.includes(id));
  const graphVersion = removed.length > 0 ? await writer.bumpVersion() : null;
  return { removed, unknown, graphVersion, stats: res.stats };
}

/** The one-line summary printed at the end of a load. */
export function summaryLine(s: LoadSummary): string {
  const secs = (s.elapsedMs / 1000).toFixed(1);
  const parts = [`${s.loaded.length} documents loaded`, `${s.unchanged.length} unchanged`, `${s.failed.length} failed`];
  if (s.removed.length > 0) parts.push(`${s.removed.length} removed (no longer in the corpus)`);
  const unknown = s.placeUnknown ?? [];
  if (unknown.length > 0) {
    const named = unknown.length > 5 ? `${unknown.slice(0, 5).join(', ')} …` : unknown.join(', ');
    parts.push(`${unknown.length} without a known place (${named})`);
  }
  const written = `${s.nodesCreated.toLocaleString('en-US')} nodes and ${s.relationshipsCreated.toLocaleString('en-US')} relationships created`;
  return `${parts.join(', ')}; ${written} in ${secs} s${s.graphVersion ? `; graph version ${s.graphVersion}` : '; graph unchanged'}.`;
}
