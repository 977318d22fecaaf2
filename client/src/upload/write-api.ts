// The explorer's writes: the editor token (asked once, kept in sessionStorage only) and the upload and curation calls, parsed with the contract.
import type { CurationRequest } from '@policygraph/contract/curation';
import { type ProblemCode, problemCode } from '@policygraph/contract/problems';
import type { LoadUploadBody } from '@policygraph/contract/write-api';
import { ApiRequestError, lastGraphTag } from '../api';
import { acceptLanguage, hasMessage, type MessageKey, t } from '../i18n';
import { askToken } from './token-dialog';

const TOKEN_KEY = 'policygraph.editorToken';

/** A write the server refused: its problem code, and its detail as the server wrote it (naming the file or field). */
export class WriteError extends ApiRequestError {
  constructor(
    readonly detail: string,
    status: number,
    code?: ProblemCode,
  ) {
    super(detail, status, code);
  }
}

/** What the analyst reads of a failed write: the problem's kind in their language, then the server's detail. */
export function problemText(err: unknown): string {
  const code = err instanceof ApiRequestError ? (err.status === 0 ? 'network' : err.code) : undefined;
  const key = `problem.${code}` as MessageKey;
  const title = code && hasMessage(key) ? t(key) : t('problem.other');
  const detail = err instanceof Error ? err.message : String(err);
  return code === 'version-conflict' ? t('curate.stale') : t('write.failed', { title, detail });
}
/** The editor token: from this tab's sessionStorage, else asked for once. Never a cookie, localStorage or the URL. */
async function editorToken(): Promise<string | null> {
  const kept = sessionStorage.getItem(TOKEN_KEY);
  if (kept) return kept;
  const token = await askToken();
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  return token;
}

/**
 * The graph version the analyst last saw, sent as If-Match with every correction: the newest of the explorer's
 * graph answers and our own writes. A version our own write replaced is never "seen" again: the server re-reads
 * its version at most once a second, so the view reloaded right after a write may still carry the old tag.
 */
let written: string | null = null;
const superseded = new Set<string>();
function seenTag(): string | null {
  const read = lastGraphTag();
  if (read && !superseded.has(read)) return read;
  return written ?? read;
}
function wrote(sent: string | null, graphVersion: string | null): void {
  if (sent) superseded.add(sent);
  if (graphVersion) {
    written = `"g-${graphVersion}"`;
    superseded.delete(written);
  }
}

const contracts = () => Promise.all([import('@policygraph/contract/write-api'), import('@policygraph/contract/curation'), import('../answers')]);

async function send(path: string, init: RequestInit = {}): Promise<unknown> {
  const token = await editorToken();
  if (!token) throw new WriteError(t('write.noToken'), 401, 'unauthorized');
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${token}`);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', acceptLanguage());
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch {
    throw new WriteError('network', 0);
  }
  // A wrong token is forgotten, so the next write asks again.
  if (res.status === 401) sessionStorage.removeItem(TOKEN_KEY);
  if (res.status === 204) return undefined;
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const [, , c] = await contracts();
    const problem = c.Problem.safeParse(body);
    if (!problem.success) throw new WriteError(`HTTP ${res.status}`, res.status);
    throw new WriteError(problem.data.detail ?? problem.data.title, res.status, problemCode(problem.data.type));
  }
  return body;
}

const json = (body: unknown, extra: Record<string, string> = {}) => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...extra } });

/** Runs a correction with If-Match set to the version seen, and remembers the version it made. */
async function versioned<T extends { graphVersion: string | null }>(write: (ifMatch: Record<string, string>) => Promise<T>): Promise<T> {
  if (!seenTag()) await writeApi.curations();
  const sent = seenTag();
  const res = await write(sent ? { 'If-Match': sent } : {});
  wrote(sent, res.graphVersion);
  return res;
}

export const writeApi = {
  async preview(file: File) {
    const [w] = await contracts();
    return w.UploadPreview.parse(
      await send(`/api/uploads?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } }),
    );
  },
  async load(uploadId: string, fields: LoadUploadBody) {
    const [w] = await contracts();
    const sent = seenTag();
    const res = w.LoadUploadResponse.parse(await send(`/api/uploads/${uploadId}/load`, { method: 'POST', ...json(fields) }));
    wrote(sent, res.graphVersion);
    return res;
  },
  discard: (uploadId: string) => send(`/api/uploads/${uploadId}`, { method: 'DELETE' }),
  async gazetteer(q: string) {
    const [w] = await contracts();
    const res = await fetch(`/api/gazetteer?q=${encodeURIComponent(q)}&limit=12`);
    return res.ok ? w.GazetteerResponse.parse(await res.json()).places : [];
  },
  /** The 修订记录, oldest first. */
  async curations() {
    const [, c] = await contracts();
    const res = await fetch('/api/curations', { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new WriteError(`HTTP ${res.status}`, res.status);
    const parsed = c.CurationsResponse.parse(await res.json());
    if (!written && parsed.graphVersion) written = `"g-${parsed.graphVersion}"`;
    return parsed.curations;
  },
  async curate(request: CurationRequest) {
    const [, c] = await contracts();
    return versioned(async (ifMatch) => c.CurationResponse.parse(await send('/api/curations', { method: 'POST', ...json(request, ifMatch) }))).then(
      (r) => r.curation,
    );
  },
  async undo(id: string) {
    const [, c] = await contracts();
    return versioned(async (ifMatch) => c.CurationResponse.parse(await send(`/api/curations/${id}/undo`, { method: 'POST', headers: ifMatch }))).then(
      (r) => r.curation,
    );
  },
};
