// The query API over a small graph of known shape: what an analyst asks and the sentences that answer it.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
} from '@policygraph/contract/api';
import { FIXTURE_DOCS, fixtureText, writeFixtureGraph } from '../support/fixture-graph';
import { startTestServer, type TestServer } from '../support/http';
import { testConnection, testDriver, wipe } from '../support/neo4j';

describe('query API over the fixture graph', () => {
  let driver: Driver;
  let server: TestServer;
  const get = (path: string, init?: RequestInit) => fetch(`${server.baseUrl}${path}`, init);
  const getJson = async <T>(path: string, schema: { parse(v: unknown): T }): Promise<T> => {
    const res = await get(path);
    expect(res.status, `${path}: ${res.status}`).toBe(200);
    return schema.parse(await res.json());
  };
  const q = encodeURIComponent;

  beforeAll(async () => {
    driver = testDriver();
    await wipe(driver);
    await writeFixtureGraph(driver);
    server = await startTestServer(driver);
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  describe('search', () => {
    it('finds 兰考县 from the Traditional 蘭考, ranked first', async () => {
      const res = await getJson(`/api/search?q=${q('蘭考')}`, SearchResponse);
      expect(res.normalized).toBe('兰考');
      expect(res.hits[0]).toMatchObject({ id: 'place:410225', name: '兰考县', type: 'Place', level: 'county' });
    });

    it('puts the exact name before longer names containing it', async () => {
      const res = await getJson(`/api/search?q=${q('兰考县')}`, SearchResponse);
      expect(res.hits.map((h) => h.id).slice(0, 2)).toEqual(['place:410225', 'project:兰考县品牌家居产业园']);
      expect(res.hits[0]!.match).toBe('exact');
    });

    it('suggests names from a single character', async () => {
      const res = await getJson(`/api/search?q=${q('乡')}`, SearchResponse);
      expect(res.hits.map((h) => h.name)).toContain('乡村振兴');
    });

    it('finds an entity by its alias', async () => {
      const res = await getJson(`/api/search?q=${q('林县')}`, SearchResponse);
      expect(res.hits[0]).toMatchObject({ id: 'place:410581', match: 'exact' });
    });

    it('keeps to the asked types', async () => {
      const res = await getJson(`/api/search?q=${q('兰考')}&types=Project`, SearchResponse);
      expect(res.hits.length).toBeGreaterThan(0);
      expect(res.hits.every((h) => h.type === 'Project')).toBe(true);
    });

    it('treats Lucene syntax in the query as plain text', async () => {
      const res = await get(`/api/search?q=${q('项目*) OR name:"')}`);
      expect(res.status).toBe(200);
    });

    it('refuses an unknown type, naming the parameter and the value', async () => {
      const res = await get(`/api/search?q=x&types=Strategy,City`);
      expect(res.status).toBe(400);
      const problem = Problem.parse(await res.json());
      expect(problem.errors?.[0]?.parameter).toBe('types');
      expect(problem.errors?.[0]?.message).toContain('City');
    });
  });

  describe('entities', () => {
    it('shows 项目为王 pursued by three places, with the sentences that say so', async () => {
      const e = await getJson(`/api/entities/${q('strategy:项目为王')}`, EntityResponse);
      expect(e.node.data).toMatchObject({ id: 'strategy:项目为王', label: '项目为王', type: 'Strategy' });
      expect(e.degrees).toContainEqual({ type: 'PURSUES', direction: 'in', count: 3 });
      expect(e.documents.map((d) => d.id).sort()).toEqual(['fx-lankao', 'fx-linzhou', 'fx-pingqiao']);
      expect(e.evidenceTotal).toBe(3);
      const lankao = e.evidence.find((ev) => ev.documentId === 'fx-lankao')!;
      expect(lankao).toMatchObject({
        sentence: '兰考县坚持项目为王。',
        documentTitle: '兰考县发展纪实（测试）',
        relation: 'PURSUES:place:410225->strategy:项目为王',
      });
      // The offsets point at that very sentence in the document's text.
      const { text } = fixtureText(FIXTURE_DOCS.find((d) => d.id === 'fx-lankao')!);
      expect(text.slice(lankao.start, lankao.end)).toBe(lankao.sentence);
      expect(e.properties).not.toHaveProperty('searchText');
    });

    it('answers 404 problem for an unknown id', async () => {
      const res = await get(`/api/entities/${q('strategy:不存在')}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(Problem.parse(await res.json()).detail).toContain('strategy:不存在');
    });
  });

  describe('overview', () => {
    it('opens on the strategy most places pursue, with those places and the documents', async () => {
      const g = await getJson('/api/graph/overview', GraphResponse);
      const ids = g.elements.nodes.map((n) => n.data.id);
      expect(ids).toEqual(expect.arrayContaining(['strategy:项目为王', 'place:411503', 'place:410225', 'place:410581', 'fx-lankao']));
      expect(g.capped).toBe(false);
    });

    it('says when it left strategies out', async () => {
      const g = await getJson('/api/graph/overview?limit=1', GraphResponse);
      expect(g.elements.nodes.filter((n) => n.data.type === 'Strategy').map((n) => n.data.id)).toEqual(['strategy:项目为王']);
      expect(g.capped).toBe(true);
    });
  });

  describe('neighbourhood', () => {
    it('shows the places pursuing a strategy one hop out, with stable edge ids', async () => {
      const g = await getJson(`/api/graph/neighborhood?ids=${q('strategy:项目为王')}&rels=PURSUES`, GraphResponse);
      expect(g.elements.nodes.map((n) => n.data.id).sort()).toEqual(['place:410225', 'place:410581', 'place:411503', 'strategy:项目为王']);
      expect(g.elements.edges.map((e) => e.data.id)).toContain('PURSUES:place:410225->strategy:项目为王');
      expect(g.capped).toBe(false);
      expect(g.total).toBe(3);
    });

    it('reaches the other strategies of those places at depth 2', async () => {
      const g = await getJson(`/api/graph/neighborhood?ids=${q('strategy:项目为王')}&depth=2&rels=PURSUES`, GraphResponse);
      const ids = g.elements.nodes.map((n) => n.data.id);
      expect(ids).toEqual(expect.arrayContaining(['strategy:乡村振兴', 'strategy:红旗渠精神']));
    });

    it('says when the cap cut the answer, and how many there were', async () => {
      const g = await getJson(`/api/graph/neighborhood?ids=${q('strategy:项目为王')}&rels=PURSUES&limit=2`, GraphResponse);
      expect(g.capped).toBe(true);
      expect(g.total).toBe(3);
      expect(g.elements.nodes).toHaveLength(3);
    });

    it('keeps to the asked node types', async () => {
      const g = await getJson(`/api/graph/neighborhood?ids=${q('place:410225')}&types=Strategy`, GraphResponse);
      const types = new Set(g.elements.nodes.filter((n) => n.data.id !== 'place:410225').map((n) => n.data.type));
      expect([...types]).toEqual(['Strategy']);
    });

    it('refuses depth 4 with a 400 naming depth', async () => {
      const res = await get(`/api/graph/neighborhood?ids=${q('place:410225')}&depth=4`);
      expect(res.status).toBe(400);
      const problem = Problem.parse(await res.json());
      expect(problem.errors).toEqual([{ parameter: 'depth', message: 'must be at most 3' }]);
    });

    it('answers 404 naming an unknown start id', async () => {
      const res = await get(`/api/graph/neighborhood?ids=${q('place:410225,place:999999')}`);
      expect(res.status).toBe(404);
      expect(Problem.parse(await res.json()).detail).toContain('place:999999');
    });
  });

  describe('paths', () => {
    it('connects 平桥区 and 林州市 through the strategy they share, with evidence on each step', async () => {
      const p = await getJson(`/api/graph/paths?from=${q('place:411503')}&to=${q('place:410581')}&rels=PURSUES`, PathsResponse);
      expect(p.paths[0]).toEqual({
        length: 2,
        nodes: ['place:411503', 'strategy:项目为王', 'place:410581'],
        edges: ['PURSUES:place:411503->strategy:项目为王', 'PURSUES:place:410581->strategy:项目为王'],
      });
      expect(p.evidence['PURSUES:place:410581->strategy:项目为王']![0]).toMatchObject({ documentId: 'fx-linzhou', sentence: '林州市坚持项目为王。' });
    });

    it('returns up to k paths, shortest first', async () => {
      const p = await getJson(`/api/graph/paths?from=${q('place:411503')}&to=${q('place:410225')}&k=3&maxLength=4`, PathsResponse);
      expect(p.paths.length).toBeGreaterThanOrEqual(2);
      const lengths = p.paths.map((x) => x.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      for (const path of p.paths) for (const id of path.nodes) expect(p.elements.nodes.some((n) => n.data.id === id)).toBe(true);
    });

    it('returns no path when none is short enough', async () => {
      const p = await getJson(`/api/graph/paths?from=${q('strategy:红旗渠精神')}&to=${q('org:恒大家居公司')}&maxLength=1`, PathsResponse);
      expect(p.paths).toEqual([]);
    });
  });

  describe('compare', () => {
    it('shows what 平桥区, 兰考县 and 林州市 share and what is theirs alone', async () => {
      const c = await getJson(`/api/compare?places=${q('place:411503,place:410225,place:410581')}`, CompareResponse);
      expect(c.strategies.shared.map((s) => s.name)).toEqual(['项目为王']);
      expect(c.strategies.partial.map((s) => s.name)).toEqual(['乡村振兴']);
      expect(c.strategies.unique['place:410581']!.map((s) => s.name)).toEqual(['红旗渠精神']);
      // The 家居产业园 sits in a town of 兰考县: counted for 兰考县 when children are included.
      expect(c.projects.unique['place:410225']!.map((s) => s.name)).toEqual(['兰考县品牌家居产业园']);
      const pair = c.overlap.pairs.find((p) => p.a === 'place:411503' && p.b === 'place:410225')!;
      // 平桥区 {项目为王, 乡村振兴, 茶产业园} vs 兰考县 {项目为王, 乡村振兴, 家居产业园}: 2 shared of 4.
      expect(pair).toMatchObject({ shared: 2, jaccard: 0.5 });
      const row = c.matrix.strategies.findIndex((s) => s.name === '红旗渠精神');
      expect(c.matrix.cells[row]).toEqual([0, 0, 1]);
    });

    it('leaves towns out when asked for the places alone', async () => {
      const c = await getJson(`/api/compare?places=${q('place:411503,place:410225')}&includeChildren=false`, CompareResponse);
      expect(c.projects.unique['place:410225']).toEqual([]);
    });

    it('needs at least two places', async () => {
      const res = await get(`/api/compare?places=${q('place:411503')}`);
      expect(res.status).toBe(400);
      expect(Problem.parse(await res.json()).errors?.[0]?.parameter).toBe('places');
    });
  });

  describe('roll-up', () => {
    it('sums 河南省 over its cities, each counted over its whole area', async () => {
      const r = await getJson(`/api/places/${q('place:41')}/rollup`, RollupResponse);
      expect(r.level).toBe('city');
      const kaifeng = r.children.find((c) => c.name === '开封市')!;
      expect(kaifeng.counts).toEqual({ strategies: 2, projects: 1, organizations: 1, documents: 1 });
      expect(r.sum.strategies).toBe(2 + 2 + 2);
      expect(r.total.strategies).toBe(3);
    });

    it('refuses a level that is not below the place', async () => {
      const res = await get(`/api/places/${q('place:410225')}/rollup?level=city`);
      expect(res.status).toBe(400);
      expect(Problem.parse(await res.json()).errors?.[0]?.parameter).toBe('level');
    });
  });

  describe('documents', () => {
    it('lists documents newest first, with the place each is about', async () => {
      const d = await getJson(`/api/documents`, DocumentsResponse);
      expect(d.total).toBe(3);
      expect(d.documents[0]).toMatchObject({ id: 'fx-pingqiao', year: 2023, places: [{ id: 'place:411503', name: '平桥区', inferred: false, reason: null }] });
    });

    it('filters by year', async () => {
      const d = await getJson(`/api/documents?year=2022`, DocumentsResponse);
      expect(d.documents.map((x) => x.id)).toEqual(['fx-lankao']);
    });

    it('returns the text with spans that highlight the mentioned names', async () => {
      const d = await getJson(`/api/documents/fx-lankao`, DocumentResponse);
      const names = d.mentions.map((m) => d.text.slice(m.start, m.end));
      expect(names).toEqual(d.mentions.map((m) => m.name));
      expect(names).toEqual(expect.arrayContaining(['兰考县', '项目为王', '恒大家居公司']));
    });

    it('answers 404 for an unknown document', async () => {
      expect((await get('/api/documents/nope')).status).toBe(404);
    });
  });

  it('counts entities by type, document and year for facets', async () => {
    const s = await getJson('/api/stats', StatsResponse);
    expect(s.byType).toMatchObject({ Strategy: 3, Project: 2, Organization: 1, Place: 8, Document: 3 });
    expect(s.byRelation.PURSUES).toBe(6);
    expect(s.byYear).toEqual([
      { year: 2022, documents: 1, entities: expect.any(Number) },
      { year: 2023, documents: 2, entities: expect.any(Number) },
    ]);
  });

  describe('caching', () => {
    it('answers a repeat request carrying the ETag with 304 and no body', async () => {
      const first = await get(`/api/graph/neighborhood?ids=${q('strategy:项目为王')}`);
      const etag = first.headers.get('etag');
      expect(etag).toContain('fixture-1');
      const again = await get(`/api/graph/neighborhood?ids=${q('strategy:项目为王')}`, { headers: { 'If-None-Match': etag! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    });

    it('never answers 304 to a malformed request', async () => {
      const res = await get(`/api/graph/neighborhood?depth=9`, { headers: { 'If-None-Match': '"g-fixture-1"' } });
      expect(res.status).toBe(400);
      expect(res.headers.get('etag')).toBeNull();
    });
  });

  it('still finds names by a scan when the graph was loaded before the full-text index existed', async () => {
    const session = driver.session({ database: testConnection().database });
    try {
      await session.run('DROP INDEX entity_search IF EXISTS');
      const res = await getJson(`/api/search?q=${q('蘭考')}`, SearchResponse);
      expect(res.hits[0]).toMatchObject({ id: 'place:410225', name: '兰考县' });
    } finally {
      await session.close();
      await writeFixtureGraph(driver);
    }
  });

  it('refuses an unknown parameter by name', async () => {
    const res = await get(`/api/graph/overview?limt=5`);
    expect(res.status).toBe(400);
    expect(Problem.parse(await res.json()).errors?.[0]?.parameter).toBe('limt');
  });
});
