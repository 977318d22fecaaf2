// The query API over the real sample corpus, loaded by the real loader: facts a reader can check against the documents.
import { describe, expect, it } from 'vitest';
import {
  CompareResponse,
  DocumentResponse,
  DocumentsResponse,
  EntityResponse,
  GraphResponse,
  HealthResponse,
  PathsResponse,
  RollupResponse,
  SearchResponse,
  StatsResponse,
} from '@policygraph/contract/api';
import { useSampleServer } from '../support/sample-server';

const PINGQIAO_REPORT = '001_4b96525c5c6cf7dc';
const MASKED_SPEECH = '003_7d780958f0361ff5';
const LANKAO_FEATURE = '004_92b96156f557c987';
const XINYANG_FEATURE = '000_5fc600dae746b3a8';

describe('query API over the sample corpus', () => {
  const world = useSampleServer();
  const { getJson } = world;
  const q = encodeURIComponent;

  it('finds 兰考县 when searched in Traditional characters', async () => {
    const res = await getJson(`/api/search?q=${q('蘭考')}`, SearchResponse);
    expect(res.hits[0]).toMatchObject({ id: 'place:410225', name: '兰考县', type: 'Place' });
  });

  it('links 项目为王, named in four documents, to the four places they are about, each link with its sentence', async () => {
    const strategy = await getJson(`/api/entities/${q('strategy:项目为王')}?evidenceLimit=200`, EntityResponse);
    expect(strategy.documents).toHaveLength(4);
    const g = await getJson(`/api/graph/neighborhood?ids=${q('strategy:项目为王')}&rels=PURSUES`, GraphResponse);
    expect(g.elements.nodes.map((n) => n.data.label).sort()).toEqual(['兰考县', '平桥区', '新乡市', '林州市', '项目为王'].sort());
    const pursues = strategy.evidence.filter((e) => e.relation.startsWith('PURSUES:'));
    expect(new Set(pursues.map((e) => e.relation)).size).toBe(4);
    // Every evidence sentence is exactly where its offsets say in the document's original text.
    const texts = new Map<string, string>();
    for (const e of pursues) {
      if (!texts.has(e.documentId)) texts.set(e.documentId, (await getJson(`/api/documents/${e.documentId}`, DocumentResponse)).text);
      expect(texts.get(e.documentId)!.slice(e.start, e.end)).toBe(e.sentence);
    }
  });

  it('finds 项目为王 from its Traditional spelling 項目為王', async () => {
    const res = await getJson(`/api/search?q=${q('項目為王')}`, SearchResponse);
    expect(res.hits[0]).toMatchObject({ id: 'strategy:项目为王', match: 'exact' });
  });

  it('shows 项目为王 shared by 平桥区, 兰考县 and 林州市', async () => {
    const res = await getJson(`/api/compare?places=${q('place:411503,place:410225,place:410581')}`, CompareResponse);
    expect(res.strategies.shared.map((s) => s.id)).toContain('strategy:项目为王');
    const row = res.matrix.strategies.findIndex((s) => s.id === 'strategy:项目为王');
    expect(res.matrix.cells[row]!.every((n) => n > 0)).toBe(true);
  });

  it('lists the five documents, newest first, with the masked speech inferred to be about 林州市', async () => {
    const res = await getJson('/api/documents', DocumentsResponse);
    expect(res.total).toBe(5);
    expect(res.documents[0]!.id).toBe(PINGQIAO_REPORT);
    const speech = res.documents.find((d) => d.id === MASKED_SPEECH)!;
    expect(speech.places).toEqual([{ id: 'place:410581', name: '林州市', inferred: true, reason: expect.stringContaining('红旗渠') }]);
  });

  it('filters the documents about 平桥区', async () => {
    const res = await getJson(`/api/documents?place=${q('place:411503')}`, DocumentsResponse);
    expect(res.documents.map((d) => d.id)).toEqual([PINGQIAO_REPORT]);
  });

  it('returns a document with its original text, in the Traditional characters it was published in', async () => {
    const res = await getJson(`/api/documents/${LANKAO_FEATURE}`, DocumentResponse);
    expect(res.document.title).toContain('兰考');
    expect(res.text).toContain('焦裕祿');
    expect(res.document.length).toBe(res.text.length);
    for (const m of res.mentions) expect(res.text.slice(m.start, m.end).length).toBe(m.end - m.start);
  });

  it('shows 兰考县 with the document about it', async () => {
    const res = await getJson(`/api/entities/${q('place:410225')}`, EntityResponse);
    expect(res.node.data).toMatchObject({ label: '兰考县', type: 'Place', level: 'county' });
    expect(res.documents.map((d) => d.id)).toContain(LANKAO_FEATURE);
    expect(res.degrees).toContainEqual({ type: 'ABOUT', direction: 'in', count: expect.any(Number) });
  });

  it('puts the masked speech next to 林州市 and 林州市 inside 安阳市', async () => {
    const res = await getJson(`/api/graph/neighborhood?ids=${q('place:410581')}&rels=ABOUT,PART_OF`, GraphResponse);
    const ids = res.elements.edges.map((e) => e.data.id);
    expect(ids).toEqual(expect.arrayContaining([`ABOUT:${MASKED_SPEECH}->place:410581`, 'PART_OF:place:410581->place:4105']));
  });

  it('links the 平桥区 report to the 信阳市 feature through 平桥区 being part of 信阳市', async () => {
    const res = await getJson(`/api/graph/paths?from=${PINGQIAO_REPORT}&to=${XINYANG_FEATURE}&rels=ABOUT,PART_OF`, PathsResponse);
    expect(res.paths[0]).toEqual({
      length: 3,
      nodes: [PINGQIAO_REPORT, 'place:411503', 'place:4115', XINYANG_FEATURE],
      edges: [`ABOUT:${PINGQIAO_REPORT}->place:411503`, 'PART_OF:place:411503->place:4115', `ABOUT:${XINYANG_FEATURE}->place:4115`],
    });
  });

  it('rolls 河南省 up to its cities: 信阳市 counts the documents about it and about 平桥区', async () => {
    const res = await getJson(`/api/places/${q('place:41')}/rollup?level=city`, RollupResponse);
    const xinyang = res.children.find((c) => c.name === '信阳市')!;
    expect(xinyang.counts.documents).toBeGreaterThanOrEqual(2);
    expect(res.total.documents).toBe(5);
  });

  it('counts documents per year for the facets', async () => {
    const res = await getJson('/api/stats', StatsResponse);
    expect(res.byType.Document).toBe(5);
    expect(res.byYear.map((y) => [y.year, y.documents])).toEqual([
      [2021, 1],
      [2022, 2],
      [2023, 2],
    ]);
  });

  it('reports a graph version that is the ETag of graph answers', async () => {
    const health = HealthResponse.parse(await (await fetch(`${world.server.baseUrl}/api/health`)).json());
    const res = await fetch(`${world.server.baseUrl}/api/stats`);
    expect(res.headers.get('etag')).toBe(`"g-${health.graphVersion}"`);
  });
});
