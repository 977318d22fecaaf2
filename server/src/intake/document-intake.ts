// Document intake on disk and in the graph: previews uploads, keeps originals byte for byte, loads them, updates the uploads manifest atomically.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentCorrection } from '@policygraph/contract/curation';
import type { GraphWriter } from '@policygraph/contract/graph-writer';
import type { GazetteerResponse, LoadUploadBody, LoadUploadResponse, UploadPreview } from '@policygraph/contract/write-api';
import { Manifest, ManifestDocument } from '@policygraph/graph-seed/corpus/manifest';
import { formatOf, readDocumentBytes } from '@policygraph/graph-seed/corpus/read-document';
import { DocumentReadError } from '@policygraph/graph-seed/corpus/read-text';
import { extractDocument } from '@policygraph/graph-seed/extract';
import { countyLevelDivisions } from '@policygraph/graph-seed/gazetteer/divisions';
import { readCorpusEntries } from '@policygraph/graph-seed/load/corpus-entries';
import { loadDocuments, type LoadOptions } from '@policygraph/graph-seed/load/load-corpus';
import { type DocumentIntake, IntakeError, type ReloadResult } from './ports';

export interface IntakeOptions {
  /** The uploads corpus: originals and manifest.json; previews wait in its `pending/` subfolder. */
  readonly uploadsDir: string;
  readonly writer: GraphWriter;
  readonly maxBytes: number;
  /** Corpus folders besides the uploads one (the sample or CORPUS_DIR), to reload documents from after an undo. */
  readonly corpusDirs?: readonly string[];
  /** Called after a load changed the graph: re-applies the curations and moves the version again. */
  readonly afterLoad?: () => Promise<string>;
  /** The analysts' corrections of documents (title, date, place), read before every load so extraction uses them. */
  readonly corrections?: () => Promise<ReadonlyMap<string, DocumentCorrection>>;
}

/** Writes FILE through a temporary sibling and rename(2): readers see the old or the new content, never half. */
export function writeAtomically(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o644);
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/** The uploads manifest, or an empty one before the first upload. */
export function readUploadsManifest(dir: string): Manifest {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) return { version: 1, description: 'Documents uploaded in the explorer (originals beside this file).', documents: [] };
  return Manifest.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

const DATE_FULL = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const YEAR = /((?:19|20)\d{2})\s*年/;

/** A date found in the title or the opening of the text: a full 年月日 first, else a year. */
function guessDate(title: string, text: string): string | null {
  const head = `${title}\n${text.slice(0, 600)}`;
  const full = DATE_FULL.exec(head);
  if (full) return `${full[1]}-${full[2]!.padStart(2, '0')}-${full[3]!.padStart(2, '0')}`;
  return YEAR.exec(head)?.[1] ?? null;
}

/** A kind from words of the title, as the sample manifest names kinds; `document` otherwise. */
function guessKind(title: string): string {
  if (/政府工作报告/.test(title)) return 'work-report';
  if (/讲话|致辞|报告会|党代会/.test(title)) return 'speech';
  if (/规划|意见|方案|通知|办法|纲要/.test(title)) return 'policy';
  if (/新闻|记者|报道/.test(title)) return 'news';
  return 'document';
}

/** What a kept document's manifest entry says besides its file and hash. */
export type KeptFields = Pick<ManifestDocument, 'id' | 'title' | 'kind' | 'date' | 'place'> & { uploadedBy: string };

/**
 * Keeps an original byte for byte in the uploads folder as `<id><ext>`, loads it, and only once the graph holds
 * it lists it in the uploads manifest (written atomically): so `seed --force` rebuilds the same graph from files,
 * and a correction of the document can extract it again. Both the explorer's 载入 and `seed --add` come here.
 * A document that fails to load is in `summary.failed`, and the file, the manifest and the graph stay as they were.
 */
export async function keepAndLoad(
  target: { readonly uploadsDir: string; readonly writer: GraphWriter },
  bytes: Uint8Array,
  name: string,
  fields: KeptFields,
  options: LoadOptions = {},
): Promise<{ summary: Awaited<ReturnType<typeof loadDocuments>>; file: string; sha256: string }> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const ext = path.extname(name).toLowerCase() || (formatOf(name) === 'text' ? '.txt' : '');
  const file = `${fields.id}${ext}`;
  const dest = path.join(target.uploadsDir, file);
  const manifest = readUploadsManifest(target.uploadsDir);
  const entry = ManifestDocument.parse({
    ...fields,
    file,
    dateInferred: false,
    sha256,
    uploadedAt: new Date().toISOString(),
    originalName: name,
  });
  // The original is written first under its final name (nothing lists it yet), the manifest only once the graph holds it.
  const previous = fs.existsSync(dest) ? fs.readFileSync(dest) : null;
  writeAtomically(dest, bytes);
  const restore = () => (previous ? writeAtomically(dest, previous) : fs.rmSync(dest, { force: true }));
  let summary: Awaited<ReturnType<typeof loadDocuments>>;
  try {
    summary = await loadDocuments([{ meta: entry, path: dest }], target.writer, options);
  } catch (err) {
    restore();
    throw err;
  }
  if (summary.failed.length > 0) {
    restore();
    return { summary, file, sha256 };
  }
  try {
    // Another file of the same id (an earlier upload with another extension) is replaced, not left beside it.
    const replaced = manifest.documents.find((d) => d.id === fields.id && d.file !== file);
    const documents = [...manifest.documents.filter((d) => d.id !== fields.id), entry];
    writeAtomically(path.join(target.uploadsDir, 'manifest.json'), `${JSON.stringify({ ...manifest, documents }, null, 2)}\n`);
    if (replaced) fs.rmSync(path.join(target.uploadsDir, replaced.file), { force: true });
  } catch (err) {
    // The graph holds a document no file lists: take it out again so `seed --force` and the graph agree.
    await target.writer.removeDocuments([fields.id]).catch(() => undefined);
    restore();
    throw err;
  }
  return { summary, file, sha256 };
}

/** Takes documents out of the uploads manifest (atomically) and deletes their originals; returns the ids it listed. */
export function forgetUploads(uploadsDir: string, ids: readonly string[]): string[] {
  const manifest = readUploadsManifest(uploadsDir);
  const gone = manifest.documents.filter((d) => ids.includes(d.id));
  if (gone.length === 0) return [];
  const documents = manifest.documents.filter((d) => !ids.includes(d.id));
  writeAtomically(path.join(uploadsDir, 'manifest.json'), `${JSON.stringify({ ...manifest, documents }, null, 2)}\n`);
  for (const d of gone) fs.rmSync(path.join(uploadsDir, d.file), { force: true });
  return gone.map((d) => d.id);
}

export class FileDocumentIntake implements DocumentIntake {
  private queue: Promise<unknown> = Promise.resolve();
  constructor(private readonly options: IntakeOptions) {}

  private get pendingDir() {
    return path.join(this.options.uploadsDir, 'pending');
  }

  async preview(bytes: Uint8Array, name: string): Promise<UploadPreview> {
    const base = path.basename(name);
    let doc: Awaited<ReturnType<typeof readDocumentBytes>>;
    try {
      doc = await readDocumentBytes(bytes, base, this.options.maxBytes);
    } catch (err) {
      if (err instanceof DocumentReadError) throw new IntakeError(/too large/.test(err.message) ? 'payload-too-large' : 'unreadable-document', err.message);
      throw err;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const firstLine =
      doc.text
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim() ?? base;
    const title = (doc.title ?? firstLine).slice(0, 120);
    const extraction = extractDocument({ id: 'preview', text: doc.text, file: base, title, encoding: doc.encoding });
    const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
    const places = extraction.entities.filter((e) => e.type === 'Place');
    const placeMentions = places.reduce((n, p) => n + p.mentions.length, 0);
    let place: UploadPreview['place'] = null;
    const placeId = extraction.document.placeId;
    const code = placeId?.startsWith('place:') ? placeId.slice(6) : undefined;
    const division = code ? countyLevelDivisions().get(code) : undefined;
    if (code && division) {
      const own = places.find((p) => p.id === placeId)?.mentions.length ?? 0;
      const share = placeMentions > 0 ? own / placeMentions : 0;
      place = { code, name: division.name, confidence: Math.round((title.includes(division.name) ? 1 : share) * 100) / 100 };
    }
    // The bytes wait, named by their hash, until 载入 or 放弃; the same file previewed twice is one upload.
    fs.mkdirSync(this.pendingDir, { recursive: true });
    writeAtomically(path.join(this.pendingDir, sha256), bytes);
    writeAtomically(path.join(this.pendingDir, `${sha256}.json`), JSON.stringify({ name: base }));
    return {
      uploadId: sha256,
      name: base,
      format: doc.format,
      encoding: doc.encoding,
      bytes: bytes.length,
      sha256,
      text: doc.text,
      mentions: extraction.entities
        .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, entityId: e.id })))
        .sort((a, b) => a.start - b.start),
      entities: extraction.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, mentions: e.mentions.length })),
      relations: extraction.relations
        .filter((r) => r.evidence.length > 0)
        .map((r) => ({
          type: r.type,
          from: r.from,
          to: r.to,
          fromName: names.get(r.from) ?? r.from,
          toName: names.get(r.to) ?? r.to,
          sentence: r.evidence[0]!.sentence,
          start: r.evidence[0]!.start,
          end: r.evidence[0]!.end,
        })),
      place,
      title,
      date: guessDate(title, doc.text),
      kind: guessKind(title),
    };
  }

  /** Loads run one at a time: each rewrites the manifest from the one before. */
  load(uploadId: string, fields: LoadUploadBody, editor: string): Promise<LoadUploadResponse> {
    const run = this.queue.then(() => this.loadNow(uploadId, fields, editor));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async loadNow(uploadId: string, fields: LoadUploadBody, editor: string): Promise<LoadUploadResponse> {
    const pending = path.join(this.pendingDir, uploadId);
    if (!fs.existsSync(pending)) throw new IntakeError('upload-not-found', `No upload ${uploadId} is waiting (discarded, loaded already, or never previewed).`);
    const { name } = JSON.parse(fs.readFileSync(`${pending}.json`, 'utf8')) as { name: string };
    const bytes = fs.readFileSync(pending);
    const division = fields.placeCode ? countyLevelDivisions().get(fields.placeCode) : undefined;
    if (fields.placeCode && !division) throw new IntakeError('invalid-parameter', `placeCode: ${fields.placeCode} is not a GB/T 2260 code in the gazetteer`);
    const id = fields.id ?? `upload_${uploadId.slice(0, 16)}`;
    const { summary, file } = await keepAndLoad(
      this.options,
      bytes,
      name,
      {
        id,
        title: fields.title,
        kind: fields.kind,
        date: fields.date,
        place: division ? { name: division.name, code: division.code, inferred: false } : null,
        uploadedBy: editor,
      },
      { corrections: await this.options.corrections?.() },
    );
    if (summary.failed.length > 0) throw new IntakeError('load-failed', summary.failed[0]!.reason);
    fs.rmSync(pending, { force: true });
    fs.rmSync(`${pending}.json`, { force: true });
    const graphVersion = summary.loaded.length > 0 && this.options.afterLoad ? await this.options.afterLoad() : summary.graphVersion;
    return {
      documentId: id,
      file,
      sha256: uploadId,
      graphVersion,
      nodesCreated: summary.nodesCreated,
      relationshipsCreated: summary.relationshipsCreated,
    };
  }

  /**
   * Rewrites documents from their files (as `seed --force` would, only these) with the documents' corrections
   * (`corrections`, else the active ones): how a corrected place is re-derived and how an undone correction is
   * taken back, without keeping a before-image of the graph. Each document is rewritten in one transaction, so a
   * failure leaves it as it was. The caller re-applies the curations.
   */
  reload(documentIds: string[], corrections?: ReadonlyMap<string, DocumentCorrection>): Promise<ReloadResult> {
    const run = this.queue.then(async () => {
      const wanted = new Set(documentIds);
      const dirs = [...(this.options.corpusDirs ?? []), this.options.uploadsDir].filter((d) => fs.existsSync(path.join(d, 'manifest.json')));
      const sources = dirs.flatMap((d) => readCorpusEntries(d).sources).filter((s) => wanted.has(s.meta.id));
      const missing = documentIds.filter((id) => !sources.some((s) => s.meta.id === id));
      if (sources.length === 0) return { loaded: [], failed: [], missing };
      const summary = await loadDocuments(sources, this.options.writer, {
        force: true,
        corrections: corrections ?? (await this.options.corrections?.()),
      });
      return { loaded: summary.loaded, failed: summary.failed.map((f) => ({ documentId: f.documentId, reason: f.reason })), missing };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async discard(uploadId: string): Promise<boolean> {
    const pending = path.join(this.pendingDir, uploadId);
    const existed = fs.existsSync(pending);
    fs.rmSync(pending, { force: true });
    fs.rmSync(`${pending}.json`, { force: true });
    return existed;
  }

  gazetteer(q: string, limit: number): GazetteerResponse {
    const divisions = countyLevelDivisions();
    const query = q.trim();
    const hits = [...divisions.values()].filter((d) => (/^\d+$/.test(query) ? d.code.startsWith(query) : d.name.includes(query)));
    // Exact names first, then shorter names (a county before the villages that contain its name), then by code.
    hits.sort((a, b) => Number(b.name === query) - Number(a.name === query) || a.name.length - b.name.length || a.code.localeCompare(b.code));
    return {
      places: hits.slice(0, limit).map((d) => ({
        code: d.code,
        name: d.name,
        level: d.level,
        parent: d.parentCode ? (divisions.get(d.parentCode)?.name ?? null) : null,
      })),
    };
  }
}
