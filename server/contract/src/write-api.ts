// The write API's contract: uploading a document (preview, then load or discard) and the gazetteer search its place picker uses.
import { z } from './zod';
import { ENTITY_TYPES, REL_TYPES } from './model';

/** The id of an upload waiting for 载入 or 放弃: the SHA-256 of its bytes. */
export const UploadId = z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64-hex-digit id the preview returned');

/** POST /api/uploads?name=FILE — the body is the file's bytes; the name's extension says its type. */
export const UploadQuery = z.strictObject({
  name: z.string().trim().min(1, 'must name the file (with its extension)').max(255, 'must be at most 255 characters'),
});

export const UploadParams = z.strictObject({ uploadId: UploadId });

/** A mention in the preview's text: offsets into `text`, end exclusive. */
export const PreviewMention = z.object({ start: z.number().int(), end: z.number().int(), type: z.enum(ENTITY_TYPES), entityId: z.string() });

export const PreviewEntity = z.object({ id: z.string(), type: z.enum(ENTITY_TYPES), name: z.string(), mentions: z.number().int() });

export const PreviewRelation = z.object({
  type: z.enum(REL_TYPES),
  from: z.string(),
  to: z.string(),
  fromName: z.string(),
  toName: z.string(),
  /** The first sentence it rests on, with its offsets into `text`. */
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

/** The place the text seems to be about, with how sure: the share of the document's place mentions it has (1 when the title names it). */
export const InferredPlace = z.object({ code: z.string(), name: z.string(), confidence: z.number().min(0).max(1) });

/** What loading the upload would write, shown before anything is written. */
export const UploadPreview = z.object({
  uploadId: UploadId,
  name: z.string(),
  format: z.enum(['pdf', 'docx', 'html', 'text']),
  encoding: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  text: z.string(),
  mentions: z.array(PreviewMention),
  entities: z.array(PreviewEntity),
  relations: z.array(PreviewRelation),
  place: InferredPlace.nullable(),
  title: z.string(),
  date: z.string().nullable(),
  kind: z.string(),
});
export type UploadPreview = z.infer<typeof UploadPreview>;

/** POST /api/uploads/:uploadId/load — the document's fields as the analyst confirmed them. */
export const LoadUploadBody = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(300),
  kind: z.string().trim().min(1, 'must not be empty').max(60),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .nullable()
    .default(null),
  /** GB/T 2260 code of the place the document is about; null when it is about none. */
  placeCode: z
    .string()
    .regex(/^\d{2}(\d{2}){0,2}$/, 'must be a GB/T 2260 code of 2, 4 or 6 digits')
    .nullable()
    .default(null),
  /** Document id; default `upload_` + the first 16 hex digits of the file's hash. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,128}$/, 'must be 1–128 letters, digits, dot, dash or underscore')
    .optional(),
});
export type LoadUploadBody = z.infer<typeof LoadUploadBody>;

export const LoadUploadResponse = z.object({
  documentId: z.string(),
  /** Where the original is kept, relative to the uploads folder, and its SHA-256. */
  file: z.string(),
  sha256: z.string(),
  graphVersion: z.string().nullable(),
  nodesCreated: z.number().int(),
  relationshipsCreated: z.number().int(),
});
export type LoadUploadResponse = z.infer<typeof LoadUploadResponse>;

/** GET /api/gazetteer?q= — county-level and higher divisions by name or code, for the place picker. */
export const GazetteerQuery = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(40),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const GazetteerResponse = z.object({
  places: z.array(z.object({ code: z.string(), name: z.string(), level: z.string(), parent: z.string().nullable() })),
});
export type GazetteerResponse = z.infer<typeof GazetteerResponse>;
