// The read operations of the HTTP API by operationId, with their paths: the one table that the OpenAPI document, the
// routes, the repository port and the explorer's API calls are derived from (the schemas are READ_ENDPOINTS in api.ts).
// Zod-free so that the explorer knows every path in its first chunk and loads zod only with the first answer.

/** operationId → path (OpenAPI form, `{id}` for the one path parameter). Adding a read starts here. */
export const READ_PATHS = {
  searchEntities: '/api/search',
  getEntity: '/api/entities/{id}',
  getOverview: '/api/graph/overview',
  getNeighborhood: '/api/graph/neighborhood',
  getPaths: '/api/graph/paths',
  comparePlaces: '/api/compare',
  rollupPlace: '/api/places/{id}/rollup',
  listDocuments: '/api/documents',
  getDocument: '/api/documents/{id}',
  getStrategyDiffusion: '/api/strategies/{id}/diffusion',
  getPlaceAdoptions: '/api/places/{id}/adoptions',
  getReuse: '/api/reuse',
  getClusters: '/api/graph/clusters',
  getStats: '/api/stats',
} as const;

export type ReadOperation = keyof typeof READ_PATHS;

export const READ_OPERATIONS = Object.keys(READ_PATHS) as ReadOperation[];

/** Where the API router is mounted: the paths above without it are what the router matches. */
export const API_PREFIX = '/api';

/** The URL of an operation with its `{id}` filled in and percent-encoded (ids hold `:` and Chinese). */
export function readUrl(op: ReadOperation, id?: string): string {
  const path: string = READ_PATHS[op];
  if (!path.includes('{id}')) return path;
  if (id === undefined) throw new Error(`${op} needs an id`);
  return path.replace('{id}', encodeURIComponent(id));
}

/** Express's form of an operation's path inside the API router: `/entities/:id`. */
export function routerPath(op: ReadOperation): string {
  return READ_PATHS[op].slice(API_PREFIX.length).replace(/\{(\w+)\}/g, ':$1');
}
