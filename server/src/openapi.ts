// The OpenAPI 3.1 document, generated from the zod contract (zod-openapi), so the docs cannot drift from what the server parses.
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import type { z } from 'zod';
import { EmptyQuery, HealthResponse, Problem, READ_ENDPOINTS, type ReadEndpoint } from '@policygraph/contract/api';
import { READ_DOCS, type ReadDoc } from '@policygraph/contract/endpoint-docs';
import { READ_OPERATIONS, READ_PATHS } from '@policygraph/contract/endpoints';
import { WRITE_PATHS, WRITE_SECURITY_SCHEMES } from './openapi-writes';

const API_VERSION = '0.1.0';

type Headers = Record<string, { description: string; required?: boolean; schema: Record<string, unknown> }>;

const RATE_LIMIT_HEADERS: Headers = {
  RateLimit: {
    description: 'Requests left in the current window (IETF draft-7 `limit=, remaining=, reset=`); sent when rate limiting is on.',
    schema: { type: 'string' },
  },
  'RateLimit-Policy': { description: 'The limit and its window, e.g. `600;w=60`; sent when rate limiting is on.', schema: { type: 'string' } },
};
const RETRY_AFTER: Headers = { 'Retry-After': { description: 'Seconds to wait before retrying.', required: true, schema: { type: 'integer', minimum: 1 } } };
/** Headers of every graph answer (200 and 304). */
const VALIDATORS: Headers = {
  ETag: { description: 'The graph version as a strong validator, `"g-<version>"`: send it back in If-None-Match.', required: true, schema: { type: 'string' } },
  'Cache-Control': { description: 'Always `no-cache`: revalidate with If-None-Match before reuse.', required: true, schema: { type: 'string' } },
  'X-Cache': {
    description:
      'Whether the server had this answer for the current graph version (`hit`), read it (`miss`), joined an identical read in flight (`shared`), or keeps no answers (`off`).',
    required: true,
    schema: { type: 'string', enum: ['hit', 'miss', 'shared', 'off'] },
  },
};

const json = (schema: z.ZodType, description: string, headers: Headers = {}) => ({
  description,
  headers: { ...headers, ...RATE_LIMIT_HEADERS },
  content: { 'application/json': { schema } },
});
const problem = (description: string, headers: Headers = {}) => ({
  description,
  headers: { ...headers, ...RATE_LIMIT_HEADERS },
  content: { 'application/problem+json': { schema: Problem } },
});

/** Answers every operation can give besides its own: a bad parameter, another method, too many requests. */
const ALWAYS: ZodOpenApiResponsesObject = {
  '400': problem(
    'A parameter is malformed, out of bounds, repeated, badly percent-encoded or unknown (`invalid-parameter`); `errors` names each one and says why.',
  ),
  '405': problem('Any method but GET, HEAD and OPTIONS (`method-not-allowed`): the API is read-only.', {
    Allow: { description: 'Always `GET, HEAD, OPTIONS`.', required: true, schema: { type: 'string' } },
  }),
  '429': problem('More requests a minute from this address than allowed (`rate-limited`).', RETRY_AFTER),
};
const UNAVAILABLE = problem(
  'Neo4j is unreachable (`store-unavailable`) or the query timed out (`store-timeout`); retry after `Retry-After` seconds.',
  RETRY_AFTER,
);

/** A graph read: 200 with validators, 304, and the common errors; a 404 when it takes an id. */
function read(
  operationId: string,
  tag: string,
  summary: string,
  description: string,
  params: { query?: z.ZodObject; path?: z.ZodObject },
  ok: z.ZodType,
  notFound?: string,
) {
  const operation: ZodOpenApiOperationObject = {
    operationId,
    tags: [tag],
    summary,
    description,
    requestParams: params,
    responses: {
      '200': json(ok, summary, VALIDATORS),
      '304': { description: 'Not modified: If-None-Match names the current ETag (or is `*`) and the answer exists. No body.', headers: VALIDATORS },
      ...ALWAYS,
      ...(notFound ? { '404': problem(`${notFound} (\`not-found\`)`) } : {}),
      '503': UNAVAILABLE,
    },
  };
  return { get: operation };
}

/** Every read operation of the contract under its path, with the schemas the route parses with. */
function readPaths(): Record<string, ReturnType<typeof read>> {
  return Object.fromEntries(
    READ_OPERATIONS.map((op) => {
      const { params, query, response }: ReadEndpoint = READ_ENDPOINTS[op];
      const doc: ReadDoc = READ_DOCS[op];
      return [READ_PATHS[op], read(op, doc.tag, doc.summary, doc.description, params ? { path: params, query } : { query }, response, doc.notFound)];
    }),
  );
}

/** Builds the OpenAPI document; cheap enough to build once at start-up. */
export function buildOpenApiDocument(): ReturnType<typeof createDocument> {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: '策图 PolicyGraph API',
      version: API_VERSION,
      description:
        'API over the knowledge graph of strategies, projects, places and organisations in Chinese local-government documents. Reads are open; writes (uploads, curations) need the editor token as a bearer header. ' +
        'Graph answers use Cytoscape element form; every relation comes with the sentences it rests on. ' +
        'Every graph answer carries an ETag from the graph version: send it back in If-None-Match to get 304 until the graph is reloaded. ' +
        'Errors are application/problem+json (RFC 9457) whose `type` is `https://policygraph.dev/problems/<code>`; the kinds are listed at /api/docs.',
      contact: { name: '策图 PolicyGraph maintainers', url: 'https://policygraph.dev/' },
      // The project has not chosen a licence yet; the document says so rather than guess one.
      license: { name: 'Unlicensed: all rights reserved by the PolicyGraph authors', url: 'https://policygraph.dev/licence' },
    },
    servers: [{ url: '/', description: 'The server that sent this document' }],
    // Reads are public: no credentials. Each write names its own security (the editor bearer token).
    security: [],
    tags: [
      { name: 'status', description: 'Is the graph there, and how big is it.' },
      { name: 'search', description: 'Find entities by name or alias.' },
      { name: 'entities', description: 'One entity with its evidence.' },
      { name: 'graph', description: 'Views of the graph in Cytoscape element form.' },
      { name: 'places', description: 'Places compared and rolled up over their children.' },
      { name: 'documents', description: 'The corpus: metadata, text with mention spans, facet counts.' },
      { name: 'travel', description: 'How policies travel: adoption timelines, text reuse, clusters and centrality.' },
      { name: 'uploads', description: 'Adding documents: preview, load (载入) or discard (放弃); writes need the editor token.' },
      {
        name: 'curations',
        description: 'Correcting the graph (rename, merge, document fields) with history and undo; writes need the editor token and If-Match.',
      },
    ],
    paths: {
      '/api/health': {
        get: {
          operationId: 'getHealth',
          tags: ['status'],
          summary: 'Is Neo4j reachable; graph version and size',
          description: 'Always answered from Neo4j (never from the answer cache): 200 when it answers, 503 when it does not.',
          requestParams: { query: EmptyQuery },
          responses: {
            '200': json(HealthResponse, 'Neo4j answers.'),
            ...ALWAYS,
            '503': { ...json(HealthResponse, 'Neo4j does not answer.', RETRY_AFTER) },
          },
        },
      },
      ...readPaths(),
      ...WRITE_PATHS,
    },
    components: { securitySchemes: WRITE_SECURITY_SCHEMES },
  });
}
