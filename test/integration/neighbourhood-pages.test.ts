// Pages of a capped neighbourhood over real HTTP into the real Neo4j: "show the next 40" gets the following nodes, none twice, with their edges.
import { describe, expect, it } from 'vitest';
import { GraphResponse } from '@policygraph/contract/api';
import { useSampleServer } from '../support/sample-server';

const PINGQIAO = 'place:411503'; // 平桥区, with more neighbours than one page
const world = useSampleServer();
const page = (offset: number, limit = 40) =>
  world.getJson(`/api/graph/neighborhood?ids=${encodeURIComponent(PINGQIAO)}&limit=${limit}${offset ? `&offset=${offset}` : ''}`, GraphResponse);
const ids = (g: GraphResponse) => g.elements.nodes.map((n) => n.data.id).filter((id) => id !== PINGQIAO);

describe('pages of a neighbourhood', { timeout: 240_000 }, () => {
  it('gives the next nodes page by page, none twice, until all are shown, and stops saying capped on the last', async () => {
    const all = await page(0, 2000);
    expect(all.capped).toBe(false);
    const total = all.total!;
    expect(total).toBeGreaterThan(40);
    const seen: string[] = [];
    let last: GraphResponse | undefined;
    for (let offset = 0; offset < total; offset += 40) {
      last = await page(offset);
      expect(last.total).toBe(total);
      expect(last.elements.nodes.map((n) => n.data.id)).toContain(PINGQIAO);
      seen.push(...ids(last));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(ids(all));
    expect(last!.capped).toBe(false);
    expect((await page(0)).capped).toBe(true);
  });

  it('sends a later page with its own edges and those to nodes of earlier pages, not again those among earlier pages', async () => {
    const all = await page(0, 2000);
    const first = new Set([PINGQIAO, ...ids(await page(0))]);
    const second = await page(40);
    const mine = new Set(ids(second));
    for (const e of second.elements.edges) expect(mine.has(e.data.source) || mine.has(e.data.target), e.data.id).toBe(true);
    // Every edge of the whole answer between the second page and itself, the first page or the start is in it
    // (those to later pages come with them).
    const known = (id: string) => first.has(id) || mine.has(id);
    const expected = all.elements.edges
      .filter((e) => (mine.has(e.data.source) || mine.has(e.data.target)) && known(e.data.source) && known(e.data.target))
      .map((e) => e.data.id);
    expect(second.elements.edges.map((e) => e.data.id).sort()).toEqual(expected.sort());
  });

  it('refuses an offset that is not a non-negative integer, naming it', async () => {
    const res = await fetch(`${world.server.baseUrl}/api/graph/neighborhood?ids=${encodeURIComponent(PINGQIAO)}&offset=-1`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('offset');
  });
});
