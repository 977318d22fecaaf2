// `npm run seed`: loads a corpus (or adds / removes one document) into the running local Neo4j, or NEO4J_URI's.
import { runCli } from './exit';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/driver';
import { Neo4jCurationStore } from '../db/curation-store';
import { Neo4jGraphWriter } from '../db/neo4j-writer';
import { forgetUploads, keepAndLoad } from '../intake/document-intake';
import { ManifestDocument, ManifestError } from '@policygraph/graph-seed/corpus/manifest';
import { readDocumentFile } from '@policygraph/graph-seed/corpus/read-document';
import { DocumentReadError, readFileBytes } from '@policygraph/graph-seed/corpus/read-text';
import { countyLevelDivisions } from '@policygraph/graph-seed/gazetteer/divisions';
import { readCorpusEntries, type DocumentSource } from '@policygraph/graph-seed/load/corpus-entries';
import { loadCorpora, loadCorpus, removeDocuments, summaryLine, type LoadOptions } from '@policygraph/graph-seed/load/load-corpus';
import { terminalProgress } from '@policygraph/graph-seed/load/progress';

const USAGE = `Usage:
  npm run seed                                   load graph-seed/corpus (its manifest.json) and the uploads folder
  npm run seed -- --corpus DIR                   load another corpus folder
  npm run seed -- [--corpus DIR] --prune         also remove documents the manifest no longer lists
  npm run seed -- --add FILE [--title T] [--place CODE|NAME] [--date YYYY[-MM[-DD]]] [--kind K] [--id ID]
                                                 add (or replace) one document; the original is kept in the
                                                 uploads folder, as the explorer's uploads are
  npm run seed -- --remove ID [--remove ID2 …]   retract documents and what only they supported (an added or
                                                 uploaded document's kept original goes too)
Options: --force (rewrite unchanged documents too), --batch-size N (rows per statement, default 1000),
         --tx-rows N (rows per transaction, default 10000)`;

class UsageError extends Error {
  override name = 'UsageError';
}

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, got "${raw}"`);
  return n;
}

/** A place given as a GB/T 2260 code or an exact name from the gazetteer (county level and above). */
function resolvePlace(value: string): { name: string; code: string; inferred: boolean } {
  const divisions = countyLevelDivisions();
  if (/^\d+$/.test(value)) {
    const d = divisions.get(value);
    if (!d) throw new UsageError(`--place ${value}: no such GB/T 2260 code in the gazetteer`);
    return { name: d.name, code: d.code, inferred: false };
  }
  const matches = [...divisions.values()].filter((d) => d.name === value);
  if (matches.length === 0) throw new UsageError(`--place ${value}: no place of that name in the gazetteer; give its GB/T 2260 code`);
  if (matches.length > 1) {
    throw new UsageError(`--place ${value} is ambiguous: ${matches.map((d) => d.code).join(', ')}; give the code instead`);
  }
  return { name: matches[0]!.name, code: matches[0]!.code, inferred: false };
}

/** The document id of an added file: --id, else its name when it is a valid id, else a hash of its path. */
function idFor(file: string): string {
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  if (/^[A-Za-z0-9_.-]{1,128}$/.test(base)) return base;
  return `doc_${createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 16)}`;
}

async function addedSource(file: string, values: { title?: string; id?: string; kind?: string; date?: string; place?: string }): Promise<DocumentSource> {
  const abs = path.resolve(file);
  let title = values.title;
  if (!title) {
    // Only to name the document (the file's own title, else its first line): the loader reads the file again and reports a bad one by name.
    try {
      const doc = await readDocumentFile(abs);
      title =
        doc.title?.slice(0, 80) ??
        doc.text
          .split('\n')
          .map((l) => l.trim())
          .find((l) => l !== '')
          ?.slice(0, 80);
    } catch {
      title = undefined;
    }
  }
  const parsed = ManifestDocument.safeParse({
    id: values.id ?? idFor(file),
    file: abs,
    title: title || path.basename(file),
    kind: values.kind ?? 'document',
    date: values.date ?? null,
    dateInferred: false,
    place: values.place ? resolvePlace(values.place) : null,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--${String(issue.path[0] ?? 'add')}: ${issue.message}`);
  }
  return { meta: parsed.data, path: abs };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      add: { type: 'string' },
      title: { type: 'string' },
      place: { type: 'string' },
      date: { type: 'string' },
      kind: { type: 'string' },
      id: { type: 'string' },
      remove: { type: 'string', multiple: true },
      force: { type: 'boolean' },
      prune: { type: 'boolean' },
      'batch-size': { type: 'string' },
      'tx-rows': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const modes = [values.corpus !== undefined, values.add !== undefined, values.remove !== undefined].filter(Boolean).length;
  if (modes > 1) throw new UsageError('give only one of --corpus, --add and --remove');
  // With one file there is no list of what should remain, so everything else would count as stale.
  if (values.prune && (values.add !== undefined || values.remove !== undefined))
    throw new UsageError('--prune goes with a corpus load, not with --add or --remove');
  const batchSize = positiveInt('batch-size', values['batch-size']);
  const transactionRows = positiveInt('tx-rows', values['tx-rows']);
  const source = values.add !== undefined ? await addedSource(values.add, values) : undefined;

  const config = loadConfig();
  // Two corpus folders listing one id would load whichever came last; the sample's documents are replaced in their own folder.
  if (
    source &&
    fs.existsSync(path.join(config.corpusDir, 'manifest.json')) &&
    readCorpusEntries(config.corpusDir).sources.some((s) => s.meta.id === source.meta.id)
  )
    throw new UsageError(`--id ${source.meta.id}: the corpus folder ${config.corpusDir} already lists a document of this id; give another --id`);
  const log = (line: string) => console.error(`[seed] ${line}`);
  let db: Database | undefined;
  try {
    db = await openDatabase(config.neo4j, log);
    const writer = new Neo4jGraphWriter(db.driver, db.database, { batchSize });
    if (values.remove) {
      const res = await removeDocuments(values.remove, writer);
      // Otherwise the next `npm start` or `seed` would load the kept original again.
      const forgotten = forgetUploads(config.uploadsDir, values.remove);
      res.unknown = res.unknown.filter((id) => !forgotten.includes(id));
      for (const id of res.unknown) console.error(`✗ ${id}: no such document in the graph`);
      console.log(
        `${res.removed.length} documents removed (${res.stats.nodesDeleted} nodes, ${res.stats.relationshipsDeleted} relationships deleted)` +
          (res.graphVersion ? `; graph version ${res.graphVersion}.` : '; graph unchanged.'),
      );
      return res.unknown.length > 0 ? 1 : 0;
    }
    // Documents are extracted as the analysts corrected them (place, title, date), so `--force` rebuilds the corrected graph.
    const store = new Neo4jCurationStore(db.driver, db.database);
    await store.ensureSchema();
    const corrections = await store.documentCorrections();
    const options: LoadOptions = {
      force: values.force ?? false,
      prune: values.prune ?? false,
      transactionRows,
      progress: terminalProgress(),
      corrections,
    };
    let bytes: Buffer | undefined;
    try {
      bytes = source ? readFileBytes(source.path) : undefined;
    } catch (err) {
      if (!(err instanceof DocumentReadError)) throw err;
      console.error(`✗ ${source!.meta.id}: ${err.message}`);
      return 1;
    }
    const summary = source
      ? // Kept like an upload, so `seed --force` rebuilds it and a correction of its place can extract it again.
        (
          await keepAndLoad(
            { uploadsDir: config.uploadsDir, writer },
            bytes!,
            path.basename(source.path),
            { ...source.meta, uploadedBy: 'seed --add' },
            options,
          )
        ).summary
      : values.corpus
        ? await loadCorpus(path.resolve(values.corpus), writer, options)
        : // The default corpus is the sample (or CORPUS_DIR) plus what analysts uploaded in the explorer.
          await loadCorpora([{ dir: config.corpusDir }, { dir: config.uploadsDir, optional: true }], writer, options);
    if (summary.loaded.length > 0) {
      // Corrections hold across re-extraction: whatever the load rewrote, the analysts' curations are applied again.
      const notApplied = await store.applyAll();
      summary.graphVersion = await store.bump();
      // A curation whose target this extraction no longer finds is kept and named, not dropped in silence.
      for (const c of notApplied) console.error(`! curation ${c.id} (${c.action}) changed nothing: ${c.reason}`);
    }
    console.log(summaryLine(summary));
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await db?.close();
  }
}

const isUsage = (err: unknown) => err instanceof UsageError || Boolean((err as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS'));

runCli(main, {
  isUsage,
  explain: (err) => (isUsage(err) ? `✗ ${(err as Error).message}\n\n${USAGE}` : err instanceof ManifestError ? `✗ ${err.message}` : undefined),
  otherwise: (line) =>
    `✗ The load stopped: ${line}\n  → Documents written before stay in the graph; run the command again to continue (unchanged ones are skipped).`,
});
