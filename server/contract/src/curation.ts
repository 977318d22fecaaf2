// Curations: an analyst's corrections of the graph as records (rename, merge, change of type, rejections, a relation citing a sentence, document fields), re-applied after every load; one zod schema for API, store and JSON files.
import { z } from './zod';
import { RELATION_PATTERNS } from './model';

/** The relationship types an analyst may add between entities (the domain ones, with sentence evidence). */
const DOMAIN_REL_TYPES = [...new Set(RELATION_PATTERNS.map((p) => p.type))] as [string, ...string[]];
const Offset = z.number().int().min(0).max(50_000_000);

const Id = z.string().trim().min(1).max(200);
/**
 * The entity labels an analyst may move an entity between, or reject: places come from the gazetteer (their
 * ids are codes, their hierarchy holds documents and projects), so a wrong place is corrected on its relations.
 */
export const CURABLE_TYPES = ['Strategy', 'Project', 'Organization'] as const;
const CurableType = z.enum(CURABLE_TYPES);
/** Filled by the server: the documents whose reload takes the correction back (undo). */
const Documents = z.array(z.string()).optional();
const Note = z.string().trim().max(500).optional();

/** The correction itself, by action; every action names what it applies to by id, so it holds across re-extraction. */
export const CurationAction = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('rename'),
    entityId: Id,
    name: z.string().trim().min(1).max(120),
    /** Filled by the server: the name before, kept as an alias. */
    previous: z.string().optional(),
  }),
  /** `from` disappears into `into`: its aliases, mentions and evidence move over, and its id redirects. Same label only. */
  z.object({
    action: z.literal('merge'),
    from: Id,
    into: Id,
    /** Filled by the server: the merged entity's name, kept as an alias of `into`. */
    fromName: z.string().optional(),
  }),
  z.object({
    action: z.literal('correct-document'),
    documentId: Id,
    title: z.string().trim().min(1).max(300).optional(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    /** GB/T 2260 code of the place the document is about (a place in the graph): its ABOUT link moves there. */
    placeCode: z
      .string()
      .regex(/^\d{2}(\d{2}){0,2}$/, 'must be a GB/T 2260 code of 2, 4 or 6 digits')
      .optional(),
  }),
  /**
   * A relation extraction missed, citing the passage of a loaded document that states it: `start`–`end` are
   * offsets into the document's text (end exclusive) inside one sentence, which becomes the relation's evidence.
   */
  z.object({
    action: z.literal('add-relation'),
    type: z.enum(DOMAIN_REL_TYPES),
    from: Id,
    to: Id,
    documentId: Id,
    start: Offset,
    end: Offset,
    /** Filled by the server: the cited sentence (`<documentId>#<index>`) and the two names. */
    sentenceId: z.string().optional(),
    fromName: z.string().optional(),
    toName: z.string().optional(),
  }),
  /**
   * The entity is of another type (a 项目 that is really a 战略): it becomes a node of `type` with the id that
   * type's prefix gives its name, joining an entity of that id if there is one; its old id redirects there.
   * Relations the new type cannot take part in (the contract's patterns) are dropped and listed in `dropped`.
   */
  z.object({
    action: z.literal('change-type'),
    entityId: Id,
    type: CurableType,
    /** Filled by the server: the new id, the name, the previous type, the relations dropped and the documents. */
    newId: z.string().optional(),
    name: z.string().optional(),
    previousType: z.string().optional(),
    dropped: z.array(z.object({ type: z.string(), direction: z.enum(['out', 'in']), other: z.string() })).optional(),
    documents: Documents,
  }),
  /**
   * A wrong extraction: the entity leaves every read (it and its relations), kept in this record with the
   * documents that named it; re-applied after every load, so re-extraction does not bring it back.
   */
  z.object({
    action: z.literal('reject-entity'),
    entityId: Id,
    /** Filled by the server: the name, type and how many relations went with it. */
    name: z.string().optional(),
    entityType: z.string().optional(),
    relations: z.number().int().optional(),
    documents: Documents,
  }),
  /** One wrong relation: it leaves every read, its evidence (sentence ids) kept in this record. */
  z.object({
    action: z.literal('reject-relation'),
    type: z.enum(DOMAIN_REL_TYPES),
    from: Id,
    to: Id,
    /** Filled by the server: the two names and the evidence the relation had. */
    fromName: z.string().optional(),
    toName: z.string().optional(),
    evidence: z.array(z.string()).optional(),
    documents: Documents,
  }),
]);
export type CurationAction = z.infer<typeof CurationAction>;

/** POST /api/curations: the action with an optional note. */
export const CurationRequest = z.intersection(CurationAction, z.object({ note: Note }));
export type CurationRequest = z.infer<typeof CurationRequest>;

/**
 * Why a curation changed nothing when re-applied, as a kind rather than a sentence, so each client words it in its
 * own language: the things it names that are no longer in the graph (entity and sentence ids, a document's id, a
 * place's code), or `cannot-apply` when the record itself no longer fits the model.
 */
export const NotAppliedCause = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('missing'),
    missing: z.array(z.object({ what: z.enum(['entity', 'sentence', 'document', 'place']), id: z.string() })),
  }),
  z.object({ kind: z.literal('cannot-apply') }),
]);
export type NotAppliedCause = z.infer<typeof NotAppliedCause>;

/** The English line for a cause (the CLI's output and `notApplied`'s text); the explorer words it from the cause. */
export function notAppliedText(cause: NotAppliedCause, detail = 'the record cannot apply'): string {
  if (cause.kind === 'cannot-apply') return detail;
  const gone = cause.missing.map((m) => `${m.what} ${m.id}`).join(', ');
  return `${gone || 'its target'} no longer in the graph`;
}

/** A stored curation: the action, when, by whom (the editor token's name), and whether it was undone. */
export const Curation = z.intersection(
  CurationAction,
  z.object({
    id: z.string(),
    seq: z.number().int(),
    at: z.string(),
    who: z.string(),
    note: Note,
    undone: z.boolean().default(false),
    /**
     * Filled by the server, never stored in the record: why the curation changed nothing the last time it was
     * re-applied (its target is no longer in the graph after a re-extraction). It stays in the history, and
     * applies again once its target is back (an undo, a reload).
     */
    notApplied: z.string().optional(),
    /** The same, by kind (absent on records marked before causes were kept: then only the English line is known). */
    notAppliedCause: NotAppliedCause.optional(),
  }),
);
export type Curation = z.infer<typeof Curation>;

/** What analysts corrected of one document, as the loader takes it before extracting (the last correction of each field wins). */
export interface DocumentCorrection {
  title?: string;
  date?: string;
  placeCode?: string;
}

/**
 * The active document corrections by document id, in the order they apply: the loader reads the document as
 * corrected (its place decides what 我县/全市 and its townships resolve to), so derived relations follow.
 */
export function documentCorrections(curations: readonly Curation[]): Map<string, DocumentCorrection> {
  const out = new Map<string, DocumentCorrection>();
  for (const c of [...curations].sort((a, b) => a.seq - b.seq)) {
    if (c.undone || c.action !== 'correct-document') continue;
    const now = out.get(c.documentId) ?? {};
    if (c.title) now.title = c.title;
    if (c.date) now.date = c.date;
    if (c.placeCode) now.placeCode = c.placeCode;
    out.set(c.documentId, now);
  }
  return out;
}

/** `npm run curations -- export|import FILE`: every curation, in the order they apply. */
export const CurationFile = z.object({ version: z.literal(1), curations: z.array(Curation) });
export type CurationFile = z.infer<typeof CurationFile>;

export const CurationsResponse = z.object({ curations: z.array(Curation), graphVersion: z.string().nullable() });
export const CurationResponse = z.object({
  curation: Curation,
  graphVersion: z.string().nullable(),
  /** Curations that changed nothing when all were re-applied after this one (their target is gone): reported, not dropped. */
  notApplied: z.array(z.object({ id: z.string(), action: z.string(), reason: z.string(), cause: NotAppliedCause })).optional(),
});
export const CurationParams = z.strictObject({ id: z.string().regex(/^c_[0-9a-f]{16}$/, 'must be a curation id (c_ and 16 hex digits)') });
