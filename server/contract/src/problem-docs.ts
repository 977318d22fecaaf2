// What each problem kind means, for /api/docs: kept apart from problems.ts so the explorer, which only reads codes, does not ship them.
import type { ProblemCode } from './problems';

/** One description per problem kind (the type makes a new kind without one a compile error). */
export const PROBLEM_DOCS: Record<ProblemCode, string> = {
  'invalid-parameter':
    'A query or path parameter is malformed, out of bounds, repeated, not percent-encoded correctly, or not one this endpoint takes. `errors` names each parameter and says why.',
  'bad-request': 'The request itself could not be read (a malformed request line or header); nothing was run.',
  'not-found': 'No entity, document, place or sample story has this id.',
  'unknown-endpoint': 'No API endpoint is at this path; `/api/docs` lists them.',
  'method-not-allowed': 'Reads answer only GET, HEAD and OPTIONS (the `Allow` header lists them); the write endpoints are listed with their own methods.',
  unauthorized: 'A write without `Authorization: Bearer <editor token>`, or with a wrong one; nothing was written. `WWW-Authenticate` says the scheme.',
  'upload-not-found': 'No previewed upload with this id is waiting: it was loaded, discarded, or never previewed.',
  'payload-too-large': 'The body is over the limit: MAX_DOCUMENT_MB for an upload, 64 KB for a JSON body.',
  'unreadable-document':
    'The file is not a document we can read: unsupported type, PDF without a text layer, encrypted or broken PDF, a .docx that is not a zip or expands past the limit, empty or binary. `detail` names the file and the reason; nothing was kept.',
  'precondition-required': 'A correction must say which graph version it was made on: `If-Match: "g-<version>"`, the ETag of any graph answer.',
  'version-conflict': 'Someone loaded or corrected the graph after the version in If-Match; nothing was written. Reload, check, and send it again.',
  'load-failed': 'The loader refused the document (extraction or Neo4j); the graph and the files are as they were.',
  'request-too-large': 'The URL or the headers are longer than the server reads (16 KB together); shorten the query.',
  'rate-limited': 'More requests a minute from this address than the server allows; retry after `Retry-After` seconds.',
  internal: 'An unexpected error; it was logged with the request id (`X-Request-Id`).',
  'store-unavailable': 'Neo4j did not answer (stopped, restarting, unreachable) even after the driver retried; retry after `Retry-After` seconds.',
  'store-timeout': 'The query ran longer than the server allows and was stopped; narrow it (lower depth or limit) or retry.',
  'script-unavailable': 'The embeddable script could not be built on this server; retry, or build the client (`npm run build`).',
};
