// The write endpoints' part of the OpenAPI document: uploads and curations behind the editor bearer token, the 修订记录 and the gazetteer search.
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { Problem } from '@policygraph/contract/api';
import { CurationParams, CurationRequest, CurationResponse, CurationsResponse } from '@policygraph/contract/curation';
import {
  GazetteerQuery,
  GazetteerResponse,
  LoadUploadBody,
  LoadUploadResponse,
  UploadParams,
  UploadPreview,
  UploadQuery,
} from '@policygraph/contract/write-api';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

/** The security scheme every write names: the editor token as `Authorization: Bearer …` (no cookies, so no CSRF). */
export const WRITE_SECURITY_SCHEMES = {
  editorToken: {
    type: 'http' as const,
    scheme: 'bearer',
    description: 'The editor token: `.neo4j/editor-token` (generated on first start, mode 600) or EDITOR_TOKEN.',
  },
};

const security = [{ editorToken: [] }];
const WRITE_ERRORS = {
  '400': problem('A parameter or field is malformed; `errors` names it.'),
  '401': problem('No editor token, or a wrong one (`unauthorized`): nothing was written.'),
  '429': problem('More writes a minute than WRITE_RATE_LIMIT_PER_MINUTE from this address.'),
};

/** Every correction names the graph version it was made on; checked after the token. */
const IfMatch = z.object({
  'if-match': z.string().meta({
    description: 'The graph version the editor saw: `"g-<version>"`, the ETag of any graph answer (or `graphVersion` of GET /api/curations).',
    example: '"g-1733100000000"',
  }),
});
const CURATION_ERRORS = {
  ...WRITE_ERRORS,
  '409': problem(
    'Someone loaded or corrected the graph after the version in If-Match (`version-conflict`); nothing was written. The ETag header names the current version.',
  ),
  '428': problem('No If-Match header (`precondition-required`); nothing was written.'),
};

export const WRITE_PATHS: ZodOpenApiPathsObject = {
  '/api/curations': {
    get: {
      operationId: 'listCurations',
      tags: ['curations'],
      summary: 'The 修订记录: every correction, oldest first',
      description:
        "Every curation (rename, merge, change of type, rejection of an entity or a relation, added relation, document correction) with when, who (the editor token's name), its note and whether it was undone, in the order they apply; and the current graph version, to send as If-Match. Open to all, like the other reads.",
      responses: { '200': { description: 'The history.', content: { 'application/json': { schema: CurationsResponse } } } },
    },
    post: {
      operationId: 'addCuration',
      tags: ['curations'],
      summary: 'Correct the graph (rename, merge, change type, reject, add a relation, correct a document)',
      description:
        "Stored as a record and re-applied after every load and re-extraction. A merge moves the merged entity's aliases, mentions and evidence to the one kept, and its old id answers 308 to it. A change of type (`change-type`, Strategy/Project/Organization) gives the entity the new type's id, keeps the relations the new type may have (the rest are listed in `dropped`) and redirects the old id. A rejection (`reject-entity`, `reject-relation`) takes the entity with its relations, or the one relation, out of every read; the record keeps its name, evidence and documents. Places come from the gazetteer and can be neither retyped nor rejected. A document's correction (`correct-document`: title, date, or `placeCode`, any place of the gazetteer) extracts that document again as corrected, so what it says of 我县/全市, its townships and LOCATED_IN come from the corrected place; it is recorded only if that worked. Curations left without a target by the re-extraction are listed in `notApplied` (and in the history), not dropped. The graph version moves.",
      security,
      requestParams: { header: IfMatch },
      requestBody: { content: { 'application/json': { schema: CurationRequest } } },
      responses: {
        '201': { description: 'Stored and applied; the ETag header is the new graph version.', content: { 'application/json': { schema: CurationResponse } } },
        ...CURATION_ERRORS,
        '404': problem('No entity or document has the id the correction names.'),
        '413': problem('The JSON body is over 64 KB.'),
        '422': problem('The corrected document could not be read and extracted again (`load-failed`); nothing was recorded, the graph is as it was.'),
      },
    },
  },
  '/api/curations/{id}/undo': {
    post: {
      operationId: 'undoCuration',
      tags: ['curations'],
      summary: 'Undo a correction (撤销)',
      description:
        'Marks the curation undone, reloads the documents it touched from their files and re-applies every curation still active. The graph version moves.',
      security,
      requestParams: { path: CurationParams, header: IfMatch },
      responses: {
        '200': { description: 'Undone; the ETag header is the new graph version.', content: { 'application/json': { schema: CurationResponse } } },
        ...CURATION_ERRORS,
        '404': problem('No curation has this id.'),
        '422': problem('A document it touched could not be read again from its file (`load-failed`); the curation stays in force.'),
      },
    },
  },
  '/api/uploads': {
    post: {
      operationId: 'previewUpload',
      tags: ['uploads'],
      summary: 'Upload a document for preview',
      description:
        'The body is the file (PDF with a text layer, .docx, .html/.htm or text), at most MAX_DOCUMENT_MB. Nothing is written to the graph: the answer is the extracted text with mentions by type, entities, relations with their sentences, the inferred place with how sure, and a pre-filled title, date and kind. Load it with POST /api/uploads/{uploadId}/load or discard it with DELETE.',
      security,
      requestParams: { query: UploadQuery },
      requestBody: { content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
      responses: {
        '201': { description: 'The preview.', content: { 'application/json': { schema: UploadPreview } } },
        ...WRITE_ERRORS,
        '413': problem('The file is over MAX_DOCUMENT_MB.'),
        '422': problem('The file cannot be read as a document: unsupported type, no text layer, encrypted or broken PDF, not a .docx, empty or binary.'),
      },
    },
  },
  '/api/uploads/{uploadId}/load': {
    post: {
      operationId: 'loadUpload',
      tags: ['uploads'],
      summary: 'Load a previewed upload (载入)',
      description:
        'Keeps the original byte for byte in the uploads folder with its SHA-256, loads it into the graph and records it in the uploads manifest (atomically), so `npm run seed -- --force` rebuilds the same graph. A failed load leaves the graph and the files as they were. The graph version moves.',
      security,
      requestParams: { path: UploadParams },
      requestBody: { content: { 'application/json': { schema: LoadUploadBody } } },
      responses: {
        '200': { description: 'Loaded.', content: { 'application/json': { schema: LoadUploadResponse } } },
        ...WRITE_ERRORS,
        '404': problem('No such upload is waiting.'),
        '422': problem('The loader refused the document; nothing changed.'),
      },
    },
  },
  '/api/uploads/{uploadId}': {
    delete: {
      operationId: 'discardUpload',
      tags: ['uploads'],
      summary: 'Discard a previewed upload (放弃)',
      description: 'Forgets the waiting upload; the graph is not touched.',
      security,
      requestParams: { path: UploadParams },
      responses: { '204': { description: 'Discarded.' }, ...WRITE_ERRORS, '404': problem('No such upload is waiting.') },
    },
  },
  '/api/gazetteer': {
    get: {
      operationId: 'searchGazetteer',
      tags: ['places'],
      summary: 'Places of the gazetteer by name or code',
      description:
        'County-level and higher GB/T 2260 divisions whose name contains `q` or whose code starts with it (exact names first), for the upload place picker. Open to all, like the other reads.',
      requestParams: { query: GazetteerQuery },
      responses: {
        '200': { description: 'Matches.', content: { 'application/json': { schema: GazetteerResponse } } },
        '400': problem('`q` is missing or too long.'),
      },
    },
  },
};
