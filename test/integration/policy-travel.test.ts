// How policies travel, over the sample corpus in the real Neo4j: strategy scope, adoption timelines, place adoptions.
import { describe, expect, it } from 'vitest';
import {
  ClustersResponse,
  CompareResponse,
  DiffusionResponse,
  EntityResponse,
  GraphResponse,
  PlaceAdoptionsResponse,
  ReuseResponse,
} from '@policygraph/contract/api';
import { useSampleServer } from '../support/sample-server';

const q = encodeURIComponent;
const PLACES = ['place:4115', 'place:411503', 'place:4107', 'place:410581', 'place:410225'];

const world = useSampleServer();
const { getJson } = world;

describe('strategy scope over the sample corpus', () => {
  it('stores a scope with its basis on every strategy: national formulas, Henan programmes, local coinages', async () => {
    const national = await getJson(`/api/entities/${q('strategy:两个维护')}`, EntityResponse);
    expect(national.node.data).toMatchObject({ scope: 'national', scopeBasis: 'vocabulary' });
    const provincial = await getJson(`/api/entities/${q('strategy:项目为王')}`, EntityResponse);
    expect(provincial.node.data).toMatchObject({ scope: 'provincial', scopeBasis: 'vocabulary' });
    const local = await getJson(`/api/entities/${q('strategy:戴畈模式')}`, EntityResponse);
    expect(local.node.data.scope).toBe('local');
  });

  it('leads the overview with local and provincial strategies; national ones only after them, or not at all when left out', async () => {
    const all = await getJson('/api/graph/overview?limit=20', GraphResponse);
    const scopes = all.elements.nodes.filter((n) => n.data.type === 'Strategy').map((n) => n.data.scope);
    expect(scopes.length).toBeGreaterThan(0);
    // The sample has more local and provincial strategies than 20: the national ones still get their share, after them.
    const firstNational = scopes.indexOf('national');
    expect(firstNational).toBeGreaterThan(0);
    expect(scopes.slice(firstNational).every((s) => s === 'national')).toBe(true);
    const local = await getJson('/api/graph/overview?limit=20&scopes=provincial,local', GraphResponse);
    const kept = local.elements.nodes.filter((n) => n.data.type === 'Strategy');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((n) => n.data.scope !== 'national')).toBe(true);
  });

  it('puts national formulas last in the comparison matrix, and drops them on request', async () => {
    const all = await getJson(`/api/compare?places=${q(PLACES.join(','))}`, CompareResponse);
    const rows = all.matrix.strategies.map((s) => s.scope);
    expect(rows[0]).not.toBe('national');
    const firstNational = rows.indexOf('national');
    expect(firstNational).toBeGreaterThan(0);
    expect(rows.slice(firstNational).every((s) => s === 'national')).toBe(true);
    // The shared strategies lead with a provincial one (项目为王 and the like), not with 两个维护.
    expect(all.strategies.shared[0]?.scope ?? 'provincial').not.toBe('national');
    const kept = await getJson(`/api/compare?places=${q(PLACES.join(','))}&scopes=local,provincial`, CompareResponse);
    expect(kept.matrix.strategies.some((s) => s.scope === 'national')).toBe(false);
    expect(kept.matrix.strategies.length).toBeGreaterThan(0);
  });

  it('refuses an unknown scope with a problem naming the parameter', async () => {
    const res = await fetch(`${world.server.baseUrl}/api/graph/overview?scopes=global`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await res.json())).toContain('scopes');
  });
});

describe('adoption timelines over the sample corpus', () => {
  for (const id of ['strategy:乡村振兴战略', 'strategy:项目为王']) {
    it(`dates every place pursuing ${id} by its first document, quotes the sentence, and says where each step came from`, async () => {
      const d = await getJson(`/api/strategies/${q(id)}/diffusion`, DiffusionResponse);
      expect(d.adoptions.length).toBeGreaterThanOrEqual(2);
      const dates = d.adoptions.map((a) => a.date);
      expect(dates.every((x) => x !== null)).toBe(true);
      expect([...dates].sort()).toEqual(dates.slice().sort());
      expect(d.adoptions[0]!.direction).toBe('first');
      for (const a of d.adoptions) {
        expect(a.evidence.sentence.length).toBeGreaterThan(0);
        const doc = await (await fetch(`${world.server.baseUrl}/api/documents/${q(a.evidence.documentId)}`)).json();
        expect(doc.text.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.sentence);
        if (a.direction !== 'first') expect(a.after).toBeDefined();
      }
      expect(d.years.length).toBeGreaterThanOrEqual(2);
    });
  }

  it('calls 平桥区 taking up a strategy its city 信阳市 named a year earlier a top-down step', async () => {
    const d = await getJson(`/api/strategies/${q('strategy:乡村振兴战略')}/diffusion`, DiffusionResponse);
    const pingqiao = d.adoptions.find((a) => a.place.id === 'place:411503');
    const xinyang = d.adoptions.find((a) => a.place.id === 'place:4115');
    expect(pingqiao && xinyang).toBeTruthy();
    expect(pingqiao!.direction).toBe('top-down');
    expect(pingqiao!.after?.placeId).toBe('place:4115');
    // Places of different prefectures that came later learnt it from a peer.
    expect(d.adoptions.some((a) => a.direction === 'horizontal')).toBe(true);
  });

  it('lists what a place took up each year and what it named first in the corpus', async () => {
    const a = await getJson(`/api/places/${q('place:4107')}/adoptions`, PlaceAdoptionsResponse);
    expect(a.place.name).toBe('新乡市');
    expect(a.byYear.map((y) => y.year)).toContain(2021);
    // 新乡市's document is the earliest of the corpus (2021): whatever it pursues, it named first.
    const total = a.byYear.reduce((n, y) => n + y.strategies.length, 0);
    expect(a.firsts.length).toBe(total);
    const later = await getJson(`/api/places/${q('place:411503')}/adoptions`, PlaceAdoptionsResponse);
    expect(later.firsts.length).toBeLessThan(later.byYear.reduce((n, y) => n + y.strategies.length, 0));
    expect(later.firsts.every((f) => f.firstInCorpus)).toBe(true);
  });

  it('answers 404 for an unknown strategy or place', async () => {
    expect((await fetch(`${world.server.baseUrl}/api/strategies/${q('strategy:不存在')}/diffusion`)).status).toBe(404);
    expect((await fetch(`${world.server.baseUrl}/api/places/${q('place:999999')}/adoptions`)).status).toBe(404);
  });
});

describe('text reuse over the sample corpus', () => {
  it('finds passages a later document repeats from an earlier one, with both sentences and offsets into each text', async () => {
    const r = await getJson('/api/reuse', ReuseResponse);
    expect(r.pairs.length).toBeGreaterThan(0);
    for (const p of r.pairs) {
      expect(p.similarity).toBeGreaterThanOrEqual(0.4);
      expect(p.from.documentId).not.toBe(p.to.documentId);
      expect((p.from.documentDate ?? '9999') >= (p.to.documentDate ?? '')).toBe(true);
      for (const side of [p.from, p.to]) {
        const doc = await (await fetch(`${world.server.baseUrl}/api/documents/${q(side.documentId)}`)).json();
        expect(doc.text.slice(side.sentence.start, side.sentence.end)).toBe(side.sentence.text);
        expect(doc.text.slice(side.passage.start, side.passage.end)).toBe(side.passage.text);
        expect(side.sentence.text).toContain(side.passage.text);
      }
      // National boilerplate is not reuse: no pair quotes the centre.
      expect(`${p.from.sentence.text}${p.to.sentence.text}`).not.toMatch(/习近平|党中央/);
    }
    // The pairs add up to links between the places the documents are about.
    expect(r.placeLinks.length).toBeGreaterThan(0);
    const ids = new Set(r.places.map((p) => p.id));
    for (const l of r.placeLinks) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
  });

  it('stores each reusing document pair as one REUSES edge the neighbourhood shows, and filters pairs by place', async () => {
    const r = await getJson('/api/reuse', ReuseResponse);
    const { from } = r.pairs[0]!;
    const g = await getJson(`/api/graph/neighborhood?ids=${q(from.documentId)}&rels=REUSES`, GraphResponse);
    const edges = g.elements.edges.filter((e) => e.data.type === 'REUSES');
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.some((e) => e.data.source === from.documentId)).toBe(true);
    const placeId = from.place!.id;
    const only = await getJson(`/api/reuse?place=${q(placeId)}`, ReuseResponse);
    expect(only.pairs.length).toBeGreaterThan(0);
    expect(only.pairs.every((p) => p.from.place?.id === placeId || p.to.place?.id === placeId)).toBe(true);
    const none = await getJson('/api/reuse?minSimilarity=100&limit=1', ReuseResponse);
    expect(none.pairs.length).toBeLessThanOrEqual(1);
  });
});

describe('clusters and centrality over the sample corpus', () => {
  it('puts every place in one community, ranks places and strategies by centrality, and leaves national formulas out on request', async () => {
    const all = await getJson('/api/graph/clusters', ClustersResponse);
    // The five places of the corpus and the others their documents say pursue something (河南省 …).
    const ids = all.places.map((p) => p.id);
    for (const id of PLACES) expect(ids).toContain(id);
    const inClusters = all.clusters.flatMap((c) => c.places).sort();
    expect(inClusters).toEqual([...ids].sort());
    expect(all.strategies.length).toBeGreaterThan(10);
    // Most central first.
    const ranks = all.strategies.map((s) => s.pagerank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const kept = await getJson('/api/graph/clusters?scopes=provincial,local', ClustersResponse);
    expect(kept.strategies.some((s) => s.scope === 'national')).toBe(false);
    expect(kept.strategies.length).toBeLessThan(all.strategies.length);
    // The same graph gives the same communities every time (Louvain runs with a fixed seed).
    const again = await getJson('/api/graph/clusters?scopes=provincial,local', ClustersResponse);
    expect(again.clusters).toEqual(kept.clusters);
  });
});
