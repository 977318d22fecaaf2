// The write endpoints' part of the OpenAPI document: uploads behind the editor bearer token, and the gazetteer search.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { Problem } from '@policygraph/contract/api';
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

export const WRITE_PATHS: ZodOpenApiPathsObject = {
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
