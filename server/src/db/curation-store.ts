// Curations in Neo4j: the records (:Curation), their application in order (rejections take what they name out of the graph), redirects of merged and retyped ids; one writer at a time.
import { randomBytes } from 'node:crypto';
import {
  type CURABLE_TYPES,
  Curation,
  type CurationAction,
  type CurationRequest,
  type DocumentCorrection,
  documentCorrections,
  type NotAppliedCause,
  notAppliedText,
} from '@policygraph/contract/curation';
import { InvalidParameterError, NotFoundError } from '@policygraph/contract/problems';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { type EntityType, RELATION_PATTERNS, type RelationType } from '@policygraph/contract/model';
import { CURATION, idUnderLabel, keptEdges, labelOfEntityId } from './cypher/curation';
import { WRITE } from './cypher/write';
import { refreshPinyin } from './pinyin-refresh';
import { toNumber } from './records';
import { WriteSession } from './write-session';

/** Stores curations and applies them; every change moves the graph version, so open explorers reload. */
export class Neo4jCurationStore {
  private readonly session: WriteSession;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(driver: Driver, database: string) {
    this.session = new WriteSession(driver, database);
  }

  /** Runs `work` after every earlier write of this store: a version check and the write it guards cannot interleave. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  ensureSchema(): Promise<void> {
    return this.session.statements(CURATION.schema);
  }

  async list(): Promise<Curation[]> {
    const res = await this.session.read((tx) => tx.run(CURATION.list));
    return res.records.map((r) => {
      const notApplied = r.get('notApplied');
      const cause = r.get('notAppliedCause');
      return Curation.parse({
        ...JSON.parse(String(r.get('payload'))),
        ...(notApplied == null ? {} : { notApplied: String(notApplied) }),
        ...(cause == null ? {} : { notAppliedCause: JSON.parse(String(cause)) }),
      });
    });
  }

  /** The documents' corrected titles, dates and places, from the curations not undone: what the loader extracts with. */
  async documentCorrections(): Promise<Map<string, DocumentCorrection>> {
    return documentCorrections(await this.list());
  }

  async graphVersion(): Promise<string | null> {
    const res = await this.session.read((tx) => tx.run(CURATION.graphVersion));
    const v = res.records[0]?.get('version');
    return v == null ? null : String(v);
  }

  async redirectOf(id: string): Promise<string | null> {
    let current = id;
    // A chain (a merged into b, b later into c) is followed a few steps; a loop cannot form (merge checks both exist).
    for (let i = 0; i < 5; i++) {
      const res = await this.session.read((tx) => tx.run(CURATION.redirect, { id: current }));
      const to = res.records[0]?.get('to');
      if (to == null) return current === id ? null : current;
      current = String(to);
    }
    return current;
  }

  /** Checks the targets exist (and fills the names it will need when re-applied), records the curation, applies it, moves the version. */
  async add(request: CurationRequest, who: string): Promise<{ curation: Curation; graphVersion: string }> {
    const curation = await this.prepare(request, who);
    await this.session.write(async (tx) => {
      await this.save(tx, curation);
      await this.applyOne(tx, curation);
    });
    return { curation, graphVersion: await this.bump() };
  }

  /**
   * The curation as it will be stored (targets checked, names filled in), not stored yet: a document's
   * correction is first re-extracted with it, and recorded only when that worked. `placeInGazetteer` accepts
   * a corrected place the graph does not hold yet (the re-extraction adds it with its ancestors).
   */
  async prepare(request: CurationRequest, who: string, placeInGazetteer?: (code: string) => boolean): Promise<Curation> {
    const { note, ...action } = request as CurationRequest & { note?: string };
    const filled = await this.validate(action as CurationAction, placeInGazetteer);
    const seq = toNumber((await this.session.read((tx) => tx.run(CURATION.nextSeq))).records[0]?.get('seq'));
    return Curation.parse({
      ...filled,
      id: `c_${randomBytes(8).toString('hex')}`,
      seq,
      at: new Date().toISOString(),
      who,
      ...(note ? { note } : {}),
      undone: false,
    });
  }

  /** Records a prepared curation and re-applies every active one in one transaction (the graph was re-extracted for it). */
  async commit(curation: Curation): Promise<{ graphVersion: string; notApplied: NotApplied[] }> {
    const notApplied = await this.applyAll(curation);
    return { graphVersion: await this.bump(), notApplied };
  }

  /** Takes a recorded curation out again (its re-extraction or application failed): as if it had never been made. */
  async forget(id: string): Promise<void> {
    await this.session.write((tx) => tx.run(CURATION.forget, { id }));
  }

  /** Marks a curation undone; returns it and the documents to reload so the graph is as extraction left it (then re-applied). */
  async undo(id: string, who: string): Promise<{ curation: Curation; previous: Curation; documents: string[] }> {
    const found = (await this.list()).find((c) => c.id === id);
    if (!found) throw new NotFoundError(`No curation ${id}.`);
    const curation = Curation.parse({ ...found, undone: true, note: found.note ? `${found.note} (undone by ${who})` : `undone by ${who}` });
    const documents = await this.affectedDocuments(found);
    await this.session.write((tx) => this.save(tx, curation));
    return { curation, previous: found, documents };
  }

  /** Puts a record back as it was (an undo whose reload failed). */
  async restore(curation: Curation): Promise<void> {
    await this.session.write((tx) => this.save(tx, curation));
  }

  /** Replaces nothing: curations whose id is not stored yet are added in their order, then all are re-applied. */
  async importAll(curations: Curation[]): Promise<number> {
    const known = new Set((await this.list()).map((c) => c.id));
    const fresh = curations.filter((c) => !known.has(c.id)).sort((a, b) => a.seq - b.seq);
    await this.session.write(async (tx) => {
      for (const c of fresh) await this.save(tx, c);
    });
    await this.applyAll();
    await this.bump();
    return fresh.length;
  }

  /**
   * Re-applies every curation not undone, in order, after a load or an undo (with `adding` recorded first, in
   * the same transaction). A curation whose target is no longer in the graph changes nothing: it is marked
   * (`notApplied`, shown in the history) and returned, so a correction lost to a re-extraction is reported.
   */
  async applyAll(adding?: Curation): Promise<NotApplied[]> {
    await this.ensureSchema();
    const active = (await this.list()).filter((c) => !c.undone && c.id !== adding?.id);
    if (adding) active.push(adding);
    return this.session.write(async (tx) => {
      if (adding) await this.save(tx, adding);
      await tx.run(CURATION.clearRedirects);
      const missed: NotApplied[] = [];
      for (const c of active) {
        const cause = await this.applyOne(tx, c);
        const reason = cause && notAppliedText(cause.cause, cause.detail);
        await tx.run(CURATION.markApplied, { id: c.id, reason, cause: cause && JSON.stringify(cause.cause) });
        if (cause && reason) missed.push({ id: c.id, action: c.action, reason, cause: cause.cause });
      }
      return missed;
    });
  }

  async bump(): Promise<string> {
    await refreshPinyin(this.session);
    const res = await this.session.write((tx) => tx.run(WRITE.bumpVersion));
    return String(res.records[0]?.get('version'));
  }

  private save(tx: ManagedTransaction, c: Curation) {
    // Whether it applied is the graph's state, not part of the record (export, import): kept beside it.
    const { notApplied: _, notAppliedCause: __, ...record } = c;
    return tx.run(CURATION.save, { id: c.id, seq: c.seq, action: c.action, at: c.at, who: c.who, undone: c.undone, payload: JSON.stringify(record) });
  }

  private async nameOf(id: string): Promise<string> {
    const label = labelOfEntityId(id);
    if (!label) throw new InvalidParameterError('entityId', `${id} is not an entity id (place:…, strategy:…, project:… or org:…)`);
    const res = await this.session.read((tx) => tx.run(CURATION.exists(label), { id }));
    if (res.records.length === 0) throw new NotFoundError(`No entity ${id} in the graph.`);
    return String(res.records[0]!.get('name'));
  }

  private async validate(action: CurationAction, placeInGazetteer?: (code: string) => boolean): Promise<CurationAction> {
    switch (action.action) {
      case 'rename':
        return { ...action, previous: await this.nameOf(action.entityId) };
      case 'merge': {
        if (action.from === action.into) throw new InvalidParameterError('into', 'must differ from `from`');
        if (labelOfEntityId(action.from) !== labelOfEntityId(action.into))
          throw new InvalidParameterError('into', 'must be an entity of the same type as `from`');
        await this.nameOf(action.into);
        return { ...action, fromName: await this.nameOf(action.from) };
      }
      case 'correct-document': {
        if (!action.title && !action.date && !action.placeCode) throw new InvalidParameterError('title', 'give a title, a date or a placeCode to correct');
        await this.documentMustExist(action.documentId);
        if (action.placeCode) {
          const place = await this.session.read((tx) => tx.run(CURATION.placeByCode, { code: action.placeCode }));
          if (place.records.length === 0 && !placeInGazetteer?.(action.placeCode))
            throw new InvalidParameterError('placeCode', `${action.placeCode} is not a place in the graph or the gazetteer`);
        }
        return action;
      }
      case 'change-type': {
        const label = this.curableLabel(action.entityId);
        if (label === action.type) throw new InvalidParameterError('type', `${action.entityId} is a ${label} already`);
        const name = await this.nameOf(action.entityId);
        const kept = keptEdges(action.type);
        const edges = await this.session.read((tx) => tx.run(CURATION.edgesOf(label), { id: action.entityId }));
        const dropped = edges.records
          .map((r) => ({
            type: String(r.get('type')),
            direction: r.get('direction') as 'out' | 'in',
            other: String(r.get('other')),
            labels: r.get('labels') as string[],
          }))
          .filter((e) => !kept.some((k) => k.type === e.type && k.out === (e.direction === 'out') && e.labels.includes(k.other)))
          .map(({ labels: _, ...e }) => e);
        const documents = await this.documentsNaming(label, action.entityId);
        return { ...action, newId: idUnderLabel(action.entityId, action.type), name, previousType: label, dropped, documents };
      }
      case 'reject-entity': {
        const label = this.curableLabel(action.entityId);
        const res = await this.session.read((tx) => tx.run(CURATION.entitySnapshot(label), { id: action.entityId }));
        const row = res.records[0];
        if (!row) throw new NotFoundError(`No entity ${action.entityId} in the graph.`);
        return {
          ...action,
          name: String(row.get('name')),
          entityType: label,
          relations: toNumber(row.get('relations')),
          documents: (row.get('documents') as string[]).slice().sort(),
        };
      }
      case 'reject-relation': {
        const pattern = this.patternOf(action.type as RelationType, action.from, action.to);
        const res = await this.session.read((tx) => tx.run(CURATION.relation(pattern.type, pattern.from, pattern.to), { from: action.from, to: action.to }));
        const row = res.records[0];
        if (!row) throw new NotFoundError(`No ${action.type} relation from ${action.from} to ${action.to} in the graph.`);
        return {
          ...action,
          fromName: String(row.get('fromName')),
          toName: String(row.get('toName')),
          evidence: row.get('evidence') as string[],
          documents: row.get('documents') as string[],
        };
      }
      case 'add-relation': {
        this.patternOf(action.type as RelationType, action.from, action.to);
        if (action.end <= action.start) throw new InvalidParameterError('end', 'must be after start');
        await this.documentMustExist(action.documentId);
        const sentence = await this.session.read((tx) => tx.run(CURATION.sentenceAt, { documentId: action.documentId, start: action.start, end: action.end }));
        const sentenceId = sentence.records[0]?.get('id');
        if (sentenceId == null)
          throw new InvalidParameterError('start', `offsets ${action.start}–${action.end} are not inside one sentence of document ${action.documentId}`);
        return { ...action, sentenceId: String(sentenceId), fromName: await this.nameOf(action.from), toName: await this.nameOf(action.to) };
      }
    }
  }

  /** The label of an entity an analyst may retype or reject (not a gazetteer place), or a 400 naming why not. */
  private curableLabel(id: string): (typeof CURABLE_TYPES)[number] {
    const label = labelOfEntityId(id);
    if (!label) throw new InvalidParameterError('entityId', `${id} is not an entity id (strategy:…, project:… or org:…)`);
    if (label === 'Place')
      throw new InvalidParameterError('entityId', `${id} is a place of the gazetteer: correct the relations or the document's place instead`);
    return label;
  }

  /** The contract's pattern for a relation between these two ids, or a 400 naming the labels the type joins. */
  private patternOf(type: RelationType, fromId: string, toId: string) {
    const from = labelOfEntityId(fromId);
    const to = labelOfEntityId(toId);
    const pattern = RELATION_PATTERNS.find((p) => p.type === type && p.from === from && p.to === to);
    if (!pattern) {
      const allowed = RELATION_PATTERNS.filter((p) => p.type === type).map((p) => `${p.from} → ${p.to}`);
      throw new InvalidParameterError('type', `${type} joins ${allowed.join(', ')}, not ${from ?? fromId} → ${to ?? toId}`);
    }
    return pattern;
  }

  private async documentsNaming(label: EntityType, id: string): Promise<string[]> {
    const res = await this.session.read((tx) => tx.run(CURATION.mentioning(label), { id }));
    return ((res.records[0]?.get('ids') as string[] | undefined) ?? []).slice().sort();
  }

  private async documentMustExist(id: string): Promise<void> {
    const res = await this.session.read((tx) => tx.run(CURATION.documentExists, { id }));
    if (res.records.length === 0) throw new NotFoundError(`No document ${id} in the graph.`);
  }

  private async affectedDocuments(c: Curation): Promise<string[]> {
    switch (c.action) {
      case 'correct-document':
      case 'add-relation':
        return [c.documentId];
      // What was rejected is no longer in the graph: the record names the documents that held it.
      case 'reject-entity':
      case 'reject-relation':
        return c.documents ?? [];
      case 'change-type': {
        // The documents that named it then, and those naming the node it became now (other loads may have added some).
        const now = c.newId ? await this.documentsNaming(c.type, c.newId) : [];
        return [...new Set([...(c.documents ?? []), ...now])];
      }
      case 'rename':
      case 'merge': {
        const id = c.action === 'rename' ? c.entityId : c.into;
        return this.documentsNaming(labelOfEntityId(id)!, id);
      }
    }
  }

  /**
   * Applies one curation; returns why it changed nothing when its target is gone (null when it applied, or when
   * what it takes away is absent already: a rejection of something not extracted again still holds).
   */
  private async applyOne(tx: ManagedTransaction, c: Curation): Promise<Missed | null> {
    const extra = c as Curation & { previous?: string; fromName?: string; sentenceId?: string; name?: string };
    const changed = (res: { summary: { counters: { updates(): { propertiesSet: number } } } }) => res.summary.counters.updates().propertiesSet > 0;
    switch (c.action) {
      case 'rename': {
        const label = labelOfEntityId(c.entityId);
        if (!label) return cannot(`${c.entityId} is not an entity id`);
        const res = await tx.run(CURATION.rename(label), { id: c.entityId, name: c.name, previous: extra.previous ? [extra.previous] : [] });
        return changed(res) ? null : gone({ what: 'entity', id: c.entityId });
      }
      case 'merge': {
        const label = labelOfEntityId(c.into);
        if (!label) return cannot(`${c.into} is not an entity id`);
        for (const statement of CURATION.mergeEdges(label)) await tx.run(statement, { from: c.from, into: c.into });
        const params = { from: c.from, into: c.into, fromName: extra.fromName ?? c.from.slice(c.from.indexOf(':') + 1) };
        const aliases = await tx.run(CURATION.mergeAliases(label), params);
        if (!changed(aliases)) return gone({ what: 'entity', id: c.into });
        await tx.run(CURATION.mergeDelete(label), params);
        await tx.run(CURATION.mergeRedirect, params);
        return null;
      }
      case 'correct-document': {
        const res = await tx.run(CURATION.correctDocument, { id: c.documentId, title: c.title ?? null, date: c.date ?? null });
        if (!changed(res)) return gone({ what: 'document', id: c.documentId });
        if (c.placeCode) {
          const moved = await tx.run(CURATION.correctDocumentPlace, { id: c.documentId, code: c.placeCode });
          if (!changed(moved)) return gone({ what: 'place', id: c.placeCode });
        }
        return null;
      }
      case 'change-type': {
        const from = labelOfEntityId(c.entityId);
        if (!from || from === 'Place' || from === c.type) return cannot(`${c.entityId} cannot become a ${c.type}`);
        const params = { from: c.entityId, into: idUnderLabel(c.entityId, c.type), fromName: extra.name ?? c.entityId.slice(c.entityId.indexOf(':') + 1) };
        // Re-applied after the entity is gone (undone elsewhere, or not extracted again): nothing to move.
        const exists = await tx.run(CURATION.exists(from), { id: c.entityId });
        if (exists.records.length === 0) {
          const became = await tx.run(CURATION.exists(c.type), { id: params.into });
          return became.records.length > 0 ? null : gone({ what: 'entity', id: c.entityId });
        }
        await tx.run(CURATION.changeTypeNode(from, c.type), params);
        for (const statement of CURATION.changeTypeEdges(from, c.type)) await tx.run(statement, params);
        await tx.run(CURATION.mergeAliases(c.type, from), params);
        await tx.run(CURATION.mergeDelete(from), params);
        // Back to a type it had before: the node is here again, so the redirect away from it goes.
        await tx.run(CURATION.dropRedirect, params);
        await tx.run(CURATION.mergeRedirect, params);
        return null;
      }
      case 'reject-entity': {
        const label = labelOfEntityId(c.entityId);
        if (label && label !== 'Place') await tx.run(CURATION.rejectEntity(label), { id: c.entityId });
        return null;
      }
      case 'reject-relation': {
        const from = labelOfEntityId(c.from);
        const to = labelOfEntityId(c.to);
        const pattern = RELATION_PATTERNS.find((p) => p.type === c.type && p.from === from && p.to === to);
        if (pattern) await tx.run(CURATION.rejectRelation(pattern.type, pattern.from, pattern.to), { from: c.from, to: c.to });
        return null;
      }
      case 'add-relation': {
        const from = labelOfEntityId(c.from);
        const to = labelOfEntityId(c.to);
        const pattern = RELATION_PATTERNS.find((p) => p.type === c.type && p.from === from && p.to === to);
        if (!pattern || !extra.sentenceId) return cannot(`${c.type} cannot join ${c.from} and ${c.to}`);
        // A target merged away, or a document reloaded without that sentence: nothing is added, and the history says so.
        const res = await tx.run(CURATION.addRelation(pattern.type as RelationType, pattern.from, pattern.to), {
          from: c.from,
          to: c.to,
          sentenceId: extra.sentenceId,
        });
        if (changed(res)) return null;
        const ends = await tx.run(CURATION.endsPresent(pattern.from, pattern.to), { from: c.from, to: c.to, sentenceId: extra.sentenceId });
        const row = ends.records[0];
        const missing: Missing[] = [];
        if (!row?.get('hasFrom')) missing.push({ what: 'entity', id: c.from });
        if (!row?.get('hasTo')) missing.push({ what: 'entity', id: c.to });
        if (!row?.get('hasSentence')) missing.push({ what: 'sentence', id: extra.sentenceId });
        return gone(...missing);
      }
    }
  }
}

/** A curation that changed nothing when re-applied, and why (its target is gone): the English line and its cause. */
export interface NotApplied {
  id: string;
  action: string;
  reason: string;
  cause: NotAppliedCause;
}

/** What applyOne found in the way: the cause, and for a record that cannot apply, what is wrong with it (in English). */
interface Missed {
  cause: NotAppliedCause;
  detail?: string;
}
type Missing = Extract<NotAppliedCause, { kind: 'missing' }>['missing'][number];
const gone = (...missing: Missing[]): Missed => ({ cause: { kind: 'missing', missing } });
const cannot = (detail: string): Missed => ({ cause: { kind: 'cannot-apply' }, detail });
