// Fetches from the API and parses every response with the shared zod contract.
import type { z } from 'zod';
import type { NodeType, RelType, StrategyScope } from '@policygraph/contract/graph-model';
import { problemCode, type ProblemCode } from '@policygraph/contract/problems';

type Contract = typeof import('@policygraph/contract/api');

// The contract (and zod with it) loads in its own chunk, requested now so it arrives while the first request is in flight.
const contract: Promise<Contract> = import('@policygraph/contract/api');

/**
 * A failed request: status 0 means the server could not be reached at all (offer a retry). `code` is the
 * problem kind the server named (`store-unavailable`, `not-found`…), undefined when the answer was not ours.
 */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: ProblemCode,
  ) {
    super(message);
  }
  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/** The ETag of the last graph answer (`"g-<version>"`): the graph version the analyst is looking at, which a correction sends as If-Match. */
let lastTag: string | null = null;
export const lastGraphTag = (): string | null => lastTag;

async function getJson<S extends z.ZodType>(path: string, params: Record<string, string | number | undefined>, pick: (c: Contract) => S): Promise<z.infer<S>> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = qs.size > 0 ? `${path}?${qs}` : path;
  let res: Response | undefined;
  // A busy or restarting server answers 503 (or not at all); one quiet retry spares the analyst most of those.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 800));
    try {
      res = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch {
      res = undefined;
      continue;
    }
    if (res.status !== 502 && res.status !== 503 && res.status !== 504) break;
  }
  if (!res) throw new ApiRequestError('network', 0);
  const tag = res.headers.get('ETag');
  if (tag?.startsWith('"g-')) lastTag = tag;
  const body: unknown = await res.json().catch(() => undefined);
  const c = await contract;
  if (!res.ok) {
    const problem = c.Problem.safeParse(body);
    if (!problem.success) throw new ApiRequestError(`HTTP ${res.status}`, res.status);
    throw new ApiRequestError(problem.data.detail ?? problem.data.title, res.status, problemCode(problem.data.type));
  }
  return pick(c).parse(body);
}

const list = (xs: readonly string[] | undefined) => (xs && xs.length > 0 ? xs.join(',') : undefined);
const enc = encodeURIComponent;

export const api = {
  overview: (limit = 60, scopes?: readonly StrategyScope[]) => getJson('/api/graph/overview', { limit, scopes: list(scopes) }, (c) => c.GraphResponse),
  search: (q: string, limit = 10) => getJson('/api/search', { q, limit }, (c) => c.SearchResponse),
  entity: (id: string, evidenceLimit = 50) => getJson(`/api/entities/${enc(id)}`, { evidenceLimit }, (c) => c.EntityResponse),
  neighborhood: (ids: readonly string[], opts: { limit?: number; types?: readonly NodeType[]; rels?: readonly RelType[] } = {}) =>
    getJson('/api/graph/neighborhood', { ids: ids.join(','), limit: opts.limit, types: list(opts.types), rels: list(opts.rels) }, (c) => c.GraphResponse),
  paths: (from: string, to: string, k = 3) => getJson('/api/graph/paths', { from, to, k }, (c) => c.PathsResponse),
  compare: (places: readonly string[], scopes?: readonly StrategyScope[]) =>
    getJson('/api/compare', { places: places.join(','), scopes: list(scopes) }, (c) => c.CompareResponse),
  rollup: (id: string, level?: string) => getJson(`/api/places/${enc(id)}/rollup`, { level }, (c) => c.RollupResponse),
  documents: (limit = 200) => getJson('/api/documents', { limit }, (c) => c.DocumentsResponse),
  document: (id: string) => getJson(`/api/documents/${enc(id)}`, {}, (c) => c.DocumentResponse),
  stats: () => getJson('/api/stats', {}, (c) => c.StatsResponse),
  diffusion: (strategyId: string) => getJson(`/api/strategies/${enc(strategyId)}/diffusion`, {}, (c) => c.DiffusionResponse),
  placeAdoptions: (placeId: string) => getJson(`/api/places/${enc(placeId)}/adoptions`, {}, (c) => c.PlaceAdoptionsResponse),
  reuse: (opts: { place?: string; document?: string; limit?: number } = {}) => getJson('/api/reuse', opts, (c) => c.ReuseResponse),
  clusters: (scopes?: readonly StrategyScope[]) => getJson('/api/graph/clusters', { scopes: list(scopes) }, (c) => c.ClustersResponse),
};
