// Edges carry the years of the documents their evidence comes from, so the explorer's time slider can hide relationships.
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentsResponse, EntityResponse, GraphResponse, type GraphEdge } from '@policygraph/contract/api';
import { useSampleServer } from '../support/sample-server';

const XIANGMU = 'strategy:项目为王';
const LINZHOU = 'place:410581';

describe('edge years over the sample corpus', () => {
  const { getJson } = useSampleServer();
  let yearOfDocument: Map<string, number>;
  const q = encodeURIComponent;

  beforeAll(async () => {
    const docs = await getJson('/api/documents', DocumentsResponse);
    yearOfDocument = new Map(docs.documents.filter((d) => d.year !== null).map((d) => [d.id, d.year!]));
  });

  it('gives each PURSUES edge of 项目为王 exactly the years of the documents its sentences come from', async () => {
    const g = await getJson(`/api/graph/neighborhood?ids=${q(XIANGMU)}&rels=PURSUES`, GraphResponse);
    const entity = await getJson(`/api/entities/${q(XIANGMU)}?evidenceLimit=200`, EntityResponse);
    const edges = g.elements.edges.filter((e) => e.data.type === 'PURSUES');
    expect(edges.length).toBeGreaterThanOrEqual(2);
    for (const edge of edges) {
      const fromSentences = entity.evidence.filter((ev) => ev.relation === edge.data.id).map((ev) => yearOfDocument.get(ev.documentId)!);
      expect(fromSentences.length, edge.data.id).toBeGreaterThan(0);
      expect(edge.data.years, edge.data.id).toEqual([...new Set(fromSentences)].sort((a, b) => a - b));
      // The document filter hides an edge unless it names the chosen document: exactly the evidence's documents.
      const fromDocuments = new Set(entity.evidence.filter((ev) => ev.relation === edge.data.id).map((ev) => ev.documentId));
      expect(new Set(edge.data.documents), edge.data.id).toEqual(fromDocuments);
    }
    // The places took 项目为王 up in different years: the slider has something to separate.
    expect(new Set(edges.map((e) => e.data.years!.join(','))).size).toBeGreaterThan(1);
  });

  it('dates an ABOUT edge by its document and leaves a gazetteer PART_OF edge undated', async () => {
    const g = await getJson(`/api/graph/neighborhood?ids=${q(LINZHOU)}&rels=ABOUT,PART_OF`, GraphResponse);
    const about = g.elements.edges.filter((e) => e.data.type === 'ABOUT');
    expect(about.length).toBeGreaterThan(0);
    for (const e of about) {
      expect(e.data.years).toEqual([yearOfDocument.get(e.data.source)]);
      expect(e.data.documents).toEqual([e.data.source]);
    }
    const partOf = g.elements.edges.find((e) => e.data.type === 'PART_OF' && e.data.source === LINZHOU)!;
    expect(partOf.data.evidenceCount).toBe(0);
    expect(partOf.data.years).toBeUndefined();
    expect(partOf.data.documents).toBeUndefined();
  });

  it('dates the first view’s edges, some of them only after the earliest document', async () => {
    const g = await getJson('/api/graph/overview', GraphResponse);
    const earliest = Math.min(...yearOfDocument.values());
    const dated = (e: GraphEdge) => (e.data.years ?? []).length > 0;
    expect(g.elements.edges.filter((e) => (e.data.evidenceCount ?? 0) > 0 || e.data.type === 'ABOUT').every(dated)).toBe(true);
    for (const e of g.elements.edges.filter(dated)) {
      const years = e.data.years!;
      expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
      for (const y of years) expect([...yearOfDocument.values()]).toContain(y);
    }
    expect(g.elements.edges.some((e) => dated(e) && e.data.years!.every((y) => y > earliest))).toBe(true);
  });
});
