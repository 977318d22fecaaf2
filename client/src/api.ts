// Fetches from the API and parses every response with the shared zod contract.
import type { z } from 'zod';
import {
  CompareResponse,
  DocumentResponse,
  DocumentsResponse,
  EntityResponse,
  GraphResponse,
  PathsResponse,
  Problem,
  RollupResponse,
  SearchResponse,
  StatsResponse,
} from '../../server/src/contract/api';
import type { NodeType, RelType } from '../../server/src/contract/graph-model';

/** A failed request: status 0 means the server could not be reached at all (offer a retry). */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

async function getJson<S extends z.ZodType>(path: string, params: Record<string, string | number | undefined>, schema: S): Promise<z.infer<S>> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = qs.size > 0 ? `${path}?${qs}` : path;
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiRequestError('network', 0);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const problem = Problem.safeParse(body);
    throw new ApiRequestError(problem.success ? (problem.data.detail ?? problem.data.title) : `HTTP ${res.status}`, res.status);
  }
  return schema.parse(body);
}

const list = (xs: readonly string[] | undefined) => (xs && xs.length > 0 ? xs.join(',') : undefined);
const enc = encodeURIComponent;

export const api = {
  overview: (limit = 60) => getJson('/api/graph/overview', { limit }, GraphResponse),
  search: (q: string, limit = 10) => getJson('/api/search', { q, limit }, SearchResponse),
  entity: (id: string, evidenceLimit = 50) => getJson(`/api/entities/${enc(id)}`, { evidenceLimit }, EntityResponse),
  neighborhood: (ids: readonly string[], opts: { limit?: number; types?: readonly NodeType[]; rels?: readonly RelType[] } = {}) =>
    getJson('/api/graph/neighborhood', { ids: ids.join(','), limit: opts.limit, types: list(opts.types), rels: list(opts.rels) }, GraphResponse),
  paths: (from: string, to: string, k = 3) => getJson('/api/graph/paths', { from, to, k }, PathsResponse),
  compare: (places: readonly string[]) => getJson('/api/compare', { places: places.join(',') }, CompareResponse),
  rollup: (id: string, level?: string) => getJson(`/api/places/${enc(id)}/rollup`, { level }, RollupResponse),
  documents: (limit = 200) => getJson('/api/documents', { limit }, DocumentsResponse),
  document: (id: string) => getJson(`/api/documents/${enc(id)}`, {}, DocumentResponse),
  stats: () => getJson('/api/stats', {}, StatsResponse),
};
