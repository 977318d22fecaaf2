// The OpenAPI 3.1 document, generated from the zod contract (zod-openapi), so the docs cannot drift from what the server parses.
import { createDocument, type ZodOpenApiOperationObject } from 'zod-openapi';
import type { z } from 'zod';
import {
  CompareQuery,
  CompareResponse,
  DocumentResponse,
  DocumentsQuery,
  DocumentsResponse,
  EmptyQuery,
  EntityQuery,
  EntityResponse,
  GraphResponse,
  HealthResponse,
  IdParams,
  NeighborhoodQuery,
  OverviewQuery,
  PathsQuery,
  PathsResponse,
  Problem,
  RollupQuery,
  RollupResponse,
  SearchQuery,
  SearchResponse,
  StatsResponse,
} from '@policygraph/contract/api';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' as const } } };

/** The error answers every graph read can give, besides its own 200. */
const COMMON = {
  '304': { description: 'Not modified: the If-None-Match ETag is the current graph version.' },
  '400': problem('A parameter is malformed or unknown; `errors` names it and says why.'),
  '503': { ...problem('Neo4j is unreachable or the query timed out; retry after `Retry-After` seconds.'), headers: retryAfter },
};

function get(
  summary: string,
  description: string,
  params: { query?: z.ZodObject; path?: z.ZodObject },
  ok: z.ZodType,
  notFound?: string,
): { get: ZodOpenApiOperationObject } {
  return {
    get: {
      summary,
      description,
      requestParams: params,
      responses: { '200': json(ok, summary), ...COMMON, ...(notFound ? { '404': problem(notFound) } : {}) },
    },
  };
}

/** Builds the OpenAPI document; cheap enough to build once at start-up. */
export function buildOpenApiDocument(): ReturnType<typeof createDocument> {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: '策图 PolicyGraph API',
      version: '0.1.0',
      description:
        'Read-only API over the knowledge graph of strategies, projects, places and organisations in Chinese local-government documents. ' +
        'Graph answers use Cytoscape element form; every relation comes with the sentences it rests on. ' +
        'Every graph answer carries an ETag from the graph version: send it back in If-None-Match to get 304 until the graph is reloaded.',
    },
    paths: {
      '/api/health': {
        get: {
          summary: 'Is Neo4j reachable; graph version and size',
          requestParams: { query: EmptyQuery },
          responses: { '200': json(HealthResponse, 'Neo4j answers.'), '503': { ...json(HealthResponse, 'Neo4j does not answer.'), headers: retryAfter } },
        },
      },
      '/api/search': get(
        'Search entities by name or alias',
        'Full-text over names and aliases. Traditional queries find Simplified names (蘭考 → 兰考县). Exact names rank first, then prefixes; one character gives suggestions.',
        { query: SearchQuery },
        SearchResponse,
      ),
      '/api/entities/{id}': get(
        'One entity with degrees, documents and evidence',
        'Properties, degree per relationship type and direction, the documents mentioning it, and the sentences its relations rest on (newest first).',
        { path: IdParams, query: EntityQuery },
        EntityResponse,
        'No entity with this id.',
      ),
      '/api/graph/overview': get(
        'A first view of the graph',
        'The strategies pursued by most places, with those places, and each document with the place it is about.',
        { query: OverviewQuery },
        GraphResponse,
      ),
      '/api/graph/neighborhood': get(
        'Neighbourhood of one or more nodes',
        'Nodes within `depth` (1–3) hops, walking only `rels` and only through `types`; nearest and best connected first. When `limit` cuts it, `capped` is true and `total` says how many there were.',
        { query: NeighborhoodQuery },
        GraphResponse,
        'A start id is not in the graph.',
      ),
      '/api/graph/paths': get(
        'The k shortest paths between two nodes',
        'Up to `k` shortest undirected paths of at most `maxLength` relationships, with the evidence sentences of every edge. MENTIONS is left out unless named in `rels`.',
        { query: PathsQuery },
        PathsResponse,
        '`from` or `to` is not in the graph.',
      ),
      '/api/compare': get(
        'Compare places',
        'Strategies and projects shared by all, by some and unique to each place; Jaccard overlap overall and per pair; a strategy × place matrix of evidence counts.',
        { query: CompareQuery },
        CompareResponse,
        'A place id is not in the graph.',
      ),
      '/api/places/{id}/rollup': get(
        'A place aggregated over its children',
        'Each administrative child at `level` (default: the level below) with distinct strategies, projects, organisations and documents over its whole area; their sum; and the distinct total.',
        { path: IdParams, query: RollupQuery },
        RollupResponse,
        'No place with this id.',
      ),
      '/api/documents': get(
        'Documents, newest first',
        'Metadata of a page of documents, filtered by year or by the place they are about.',
        { query: DocumentsQuery },
        DocumentsResponse,
      ),
      '/api/documents/{id}': get(
        'One document with its text and mention spans',
        'The original text and every entity mention as offsets into it (UTF-16 code units), sorted by position, for highlighting.',
        { path: IdParams, query: EmptyQuery },
        DocumentResponse,
        'No document with this id.',
      ),
      '/api/stats': get('Facet counts', 'Counts by node type, relationship type, place level, document and year.', { query: EmptyQuery }, StatsResponse),
    },
  });
}
