// Fetches from the API and parses every response with the shared zod contract.
import type { ReadOutput } from '@policygraph/contract/api';
import { type ReadOperation, readUrl } from '@policygraph/contract/endpoints';
import type { NodeType, RelType, StrategyScope } from '@policygraph/contract/graph-model';
import { problemCode, type ProblemCode } from '@policygraph/contract/problems';
import { acceptLanguage } from './i18n';

type Contract = typeof import('./answers');

// The answers' schemas (and zod with them) load in their own chunk, requested now so they arrive while the first
// request is in flight. Only the answers: the query schemas are the server's.
const contract: Promise<Contract> = import('./answers');

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

/** GET one read operation of the contract (its `{id}` filled in) and parse the answer with that operation's schema. */
async function read<K extends ReadOperation>(op: K, params: Record<string, string | number | undefined>, id?: string): Promise<ReadOutput<K>> {
  const path = readUrl(op, id);
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = qs.size > 0 ? `${path}?${qs}` : path;
  let res: Response | undefined;
  // A busy or restarting server answers 503 (or not at all); one quiet retry spares the analyst most of those.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 800));
    try {
      // The explorer's language, so a refused read (a bad id, a timeout) is worded as the rest of the page.
      res = await fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': acceptLanguage() } });
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
  return c.READ_ANSWERS[op].parse(body) as ReadOutput<K>;
}

/** How many paths, how long, and through which relationship types (the API's defaults when left out). */
export interface PathOptions {
  k?: number;
  maxLength?: number;
  rels?: readonly RelType[] | undefined;
}

const list = (xs: readonly string[] | undefined) => (xs && xs.length > 0 ? xs.join(',') : undefined);

/** The explorer's calls, one per read operation: `satisfies` makes an operation without a call fail to compile. */
const calls = {
  getOverview: (limit = 60, scopes?: readonly StrategyScope[]) => read('getOverview', { limit, scopes: list(scopes) }),
  searchEntities: (q: string, limit = 10) => read('searchEntities', { q, limit }),
  getEntity: (id: string, evidenceLimit = 50) => read('getEntity', { evidenceLimit }, id),
  getNeighborhood: (ids: readonly string[], opts: { limit?: number; offset?: number; types?: readonly NodeType[]; rels?: readonly RelType[] } = {}) =>
    read('getNeighborhood', { ids: ids.join(','), limit: opts.limit, offset: opts.offset || undefined, types: list(opts.types), rels: list(opts.rels) }),
  getPaths: (from: string, to: string, opts: PathOptions = {}) => read('getPaths', { from, to, k: opts.k, maxLength: opts.maxLength, rels: list(opts.rels) }),
  comparePlaces: (places: readonly string[], scopes?: readonly StrategyScope[]) => read('comparePlaces', { places: places.join(','), scopes: list(scopes) }),
  rollupPlace: (id: string, level?: string) => read('rollupPlace', { level }, id),
  listDocuments: (limit = 200) => read('listDocuments', { limit }),
  getDocument: (id: string) => read('getDocument', {}, id),
  getStats: () => read('getStats', {}),
  getStrategyDiffusion: (strategyId: string) => read('getStrategyDiffusion', {}, strategyId),
  getPlaceAdoptions: (placeId: string) => read('getPlaceAdoptions', {}, placeId),
  getReuse: (opts: { place?: string; document?: string; limit?: number } = {}) => read('getReuse', opts),
  getClusters: (scopes?: readonly StrategyScope[]) => read('getClusters', { scopes: list(scopes) }),
} satisfies Record<ReadOperation, (...args: never[]) => Promise<unknown>>;

/** The same calls under the short names the explorer's modules use. */
export const api = {
  overview: calls.getOverview,
  search: calls.searchEntities,
  entity: calls.getEntity,
  neighborhood: calls.getNeighborhood,
  paths: calls.getPaths,
  compare: calls.comparePlaces,
  rollup: calls.rollupPlace,
  documents: calls.listDocuments,
  document: calls.getDocument,
  stats: calls.getStats,
  diffusion: calls.getStrategyDiffusion,
  placeAdoptions: calls.getPlaceAdoptions,
  reuse: calls.getReuse,
  clusters: calls.getClusters,
};
