// Counts what a page costs on the wire, as Chromium's network panel does: every response's encoded bytes, headers included.
import type { BrowserContext, Page } from 'playwright-core';

export interface Transfer {
  readonly url: string;
  /** Bytes received for this response, headers and (compressed) body. */
  readonly bytes: number;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** When the page asked for it (ms since the epoch, the browser's clock): what the first view asked for comes before it was ready. */
  readonly startedAt: number;
}

export interface Recorder {
  readonly transfers: Transfer[];
  total(): number;
}

/** Opens a page in `context` that records every finished response from before its first request. */
export async function recordTransfers(context: BrowserContext): Promise<{ page: Page; recorder: Recorder }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const pending = new Map<string, { url: string; status: number; headers: Record<string, string>; startedAt: number }>();
  const started = new Map<string, number>();
  const transfers: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!started.has(e.requestId)) started.set(e.requestId, e.wallTime * 1000);
  });
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    pending.set(e.requestId, { url: e.response.url, status: e.response.status, headers, startedAt: started.get(e.requestId) ?? 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = pending.get(e.requestId);
    if (r) transfers.push({ ...r, bytes: e.encodedDataLength });
  });
  // The cache is off so that each page pays as a first visit does.
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { page, recorder: { transfers, total: () => transfers.reduce((s, t) => s + t.bytes, 0) } };
}

/** One line per response (bytes, encoding, path), for a test's log and BENCHMARKS.md. */
export function transferTable(recorder: Recorder): string {
  return recorder.transfers
    .map((t) => `${String(t.bytes).padStart(8)}  ${t.status}  ${(t.headers['content-encoding'] ?? '-').padEnd(4)}  ${new URL(t.url).pathname}`)
    .join('\n');
}
