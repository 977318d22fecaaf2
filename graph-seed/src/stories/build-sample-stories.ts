// Generates the sample classroom stories in graph-seed/stories/ from the real graph, read through the running API.
// Usage: node --import tsx graph-seed/src/stories/build-sample-stories.ts [--api http://127.0.0.1:3000] [--out graph-seed/stories]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { DocumentsResponse, EntityResponse, GraphResponse, type Evidence, type GraphEdge, type GraphNode } from '@policygraph/contract/api';
import { Story, STORY_FORMAT, storyEvidence as plain, type StoryInput, type StoryNode, type StoryStepInput } from '@policygraph/contract/story';

const { values } = parseArgs({
  options: { api: { type: 'string', default: 'http://127.0.0.1:3000' }, out: { type: 'string', default: 'graph-seed/stories' } },
});
const API = values.api!.replace(/\/$/, '');

async function get<S extends z.ZodType>(pathAndQuery: string, schema: S): Promise<z.infer<S>> {
  const res = await fetch(`${API}${pathAndQuery}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${pathAndQuery}: HTTP ${res.status} ${await res.text()}`);
  return schema.parse(await res.json());
}

const entityCache = new Map<string, Promise<z.infer<typeof EntityResponse>>>();
const entity = (id: string) => {
  let p = entityCache.get(id);
  if (!p) entityCache.set(id, (p = get(`/api/entities/${encodeURIComponent(id)}?evidenceLimit=200`, EntityResponse)));
  return p;
};

async function edgeEvidence(edge: GraphEdge): Promise<Evidence[]> {
  return (await entity(edge.data.source)).evidence.filter((e) => e.relation === edge.data.id).map(plain);
}

/** Evidence for every node and edge of the story: up to three sentences each, so clicks work offline. */
async function collectEvidence(steps: StoryStepInput[]): Promise<Record<string, Evidence[]>> {
  const out: Record<string, Evidence[]> = {};
  for (const step of steps) {
    for (const n of step.nodes) {
      if (n.data.type === 'Document' || out[n.data.id]) continue;
      out[n.data.id] = (await entity(n.data.id)).evidence.slice(0, 3).map(plain);
    }
    for (const e of step.edges ?? []) {
      if (out[e.data.id]) continue;
      out[e.data.id] = (await edgeEvidence(e)).slice(0, 3);
    }
  }
  for (const [k, v] of Object.entries(out)) if (v.length === 0) delete out[k];
  return out;
}

const at = (n: GraphNode, x: number, y: number): StoryNode => ({ data: n.data, position: { x: Math.round(x), y: Math.round(y) } });
/** A point on an ellipse twice as wide as tall: screens and projectors are wide, and labels run sideways. */
const polar = (i: number, count: number, r: number) => {
  const a = -Math.PI / 2 + (2 * Math.PI * i) / count;
  return { x: 2 * r * Math.cos(a), y: r * Math.sin(a) };
};

/** "One strategy across the five places": the places of the corpus, then the strategy reached place by place, in document order. */
async function strategyJourney(): Promise<StoryInput> {
  const docs = (await get('/api/documents?limit=200', DocumentsResponse)).documents.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const placeIds = [...new Set(docs.flatMap((d) => d.places.map((p) => p.id)))];
  const around = await get(`/api/graph/neighborhood?ids=${encodeURIComponent(placeIds.join(','))}&limit=2000`, GraphResponse);
  const node = new Map(around.elements.nodes.map((n) => [n.data.id, n]));
  const places = placeIds.map((id) => node.get(id)).filter((n): n is GraphNode => n !== undefined);
  const about = around.elements.edges.filter((e) => e.data.type === 'ABOUT' && placeIds.includes(e.data.target));
  const pursues = around.elements.edges.filter((e) => e.data.type === 'PURSUES' && placeIds.includes(e.data.source));
  // The strategy pursued by the most of the five places (ties: the one with more evidence sentences).
  const byStrategy = new Map<string, GraphEdge[]>();
  for (const e of pursues) byStrategy.set(e.data.target, [...(byStrategy.get(e.data.target) ?? []), e]);
  const ranked = [...byStrategy.entries()].sort(
    (a, b) =>
      b[1].length - a[1].length || b[1].reduce((s, e) => s + (e.data.evidenceCount ?? 0), 0) - a[1].reduce((s, e) => s + (e.data.evidenceCount ?? 0), 0),
  );
  const [strategyId, edges] = ranked[0] ?? [];
  if (!strategyId || !edges) throw new Error('no place of the corpus pursues a strategy: is the graph loaded?');
  const strategy = node.get(strategyId)!;
  const S = String(strategy.data.label);

  const placePos = (id: string) => polar(placeIds.indexOf(id), placeIds.length, 280);
  const docPos = (id: string) => {
    const placeId = about.find((e) => e.data.source === id)?.data.target ?? placeIds[0]!;
    const p = polar(placeIds.indexOf(placeId), placeIds.length, 520);
    const siblings = about.filter((e) => e.data.target === placeId).map((e) => e.data.source);
    return { x: p.x + 280 * (siblings.indexOf(id) - (siblings.length - 1) / 2), y: p.y };
  };
  const docNodes = about.map((e) => node.get(e.data.source)).filter((n): n is GraphNode => n !== undefined);
  const withDocs = (nodes: StoryNode[]) => [...nodes, ...docNodes.map((d) => at(d, docPos(d.data.id).x, docPos(d.data.id).y))];
  const placeNodes = places.map((p) => at(p, placePos(p.data.id).x, placePos(p.data.id).y));

  const steps: StoryStepInput[] = [
    {
      title: `${places.length} 个地方，${docs.length} 份文件`,
      caption: `语料中的文件分别谈到${places.map((p) => p.data.label).join('、')}。每条连线都回到一句原文。`,
      nodes: withDocs(placeNodes),
      edges: about,
      highlight: [],
    },
  ];
  // Places in the order their first supporting document was dated.
  const firstDate = async (e: GraphEdge) => (await edgeEvidence(e)).map((x) => x.documentDate ?? '9999').sort()[0] ?? '9999';
  const ordered = [];
  for (const e of edges) ordered.push({ e, date: await firstDate(e) });
  ordered.sort((a, b) => a.date.localeCompare(b.date));
  const shown: GraphEdge[] = [];
  for (const { e, date } of ordered) {
    shown.push(e);
    const place = node.get(e.data.source)!;
    const ev = (await edgeEvidence(e))[0];
    steps.push({
      title: `${place.data.label}：${S}`,
      caption: `按文件日期排列，第 ${shown.length} 处：${place.data.label}${date === '9999' ? '' : `（${date.slice(0, 4)} 年的文件）`}提出“${S}”。`,
      nodes: [at(strategy, 0, 0), ...placeNodes],
      edges: [...shown],
      highlight: [e.data.id, place.data.id],
      ...(ev ? { evidence: { ...ev, elementId: e.data.id } } : {}),
    });
  }
  steps.push({
    title: `“${S}”走过 ${edges.length} 个地方`,
    caption: `${edges.map((e) => node.get(e.data.source)?.data.label).join('、')}都在文件中提出“${S}”。点击任一连线可查看原文。`,
    nodes: [at(strategy, 0, 0), ...placeNodes],
    edges: [...edges],
    highlight: [strategyId, ...edges.map((e) => e.data.id)],
  });
  return {
    format: STORY_FORMAT,
    version: 1,
    title: `一个战略走过五地：${S}`,
    description: `由 graph-seed/src/stories/build-sample-stories.ts 从样例语料的图谱生成。`,
    lang: 'zh-CN',
    steps,
    evidence: await collectEvidence(steps),
  };
}

async function main(): Promise<void> {
  fs.mkdirSync(values.out!, { recursive: true });
  const story = Story.parse(await strategyJourney());
  const file = path.join(values.out!, 'strategy-across-five-places.json');
  fs.writeFileSync(file, `${JSON.stringify(story, null, 2)}\n`);
  console.log(`✓ ${file}: “${story.title}”, ${story.steps.length} steps`);
}

main().catch((err: unknown) => {
  console.error(`✗ ${(err as Error).message}`);
  process.exit(1);
});
