// Builds a classroom story from an adoption timeline: one step per adoption in date order, each quoting its sentence.
import type { DiffusionResponse, Evidence, GraphEdge, GraphNode } from '@policygraph/contract/api';
import { edgeId } from '@policygraph/contract/model';
import { STORY_FORMAT, storyEvidence, type StoryInput, type StoryNode, type StoryStepInput } from '@policygraph/contract/story';
import { projectToViewport } from '../graph/geo-projection';

/** Words the caption of a step is made of, in the story's language. */
export interface StoryWords {
  title: (strategy: string) => string;
  description: (strategy: string, places: number) => string;
  step: (a: DiffusionResponse['adoptions'][number]) => { title: string; caption: string };
}

/**
 * The story of one strategy's travel: every step shows the strategy and the places that had taken it up by then,
 * on the map (places where their coordinates are, the strategy above them), with the newest place and its link
 * highlighted and the sentence of its first document quoted. Each step carries its own elements, so the story
 * plays offline like any other.
 */
export function diffusionStory(d: DiffusionResponse, words: StoryWords, lang: 'zh-CN' | 'en'): StoryInput {
  const s = d.strategy;
  const adoptions = d.adoptions;
  const coords = new Map(
    adoptions.filter((a) => a.place.lon !== undefined && a.place.lat !== undefined).map((a) => [a.place.id, { lon: a.place.lon!, lat: a.place.lat! }]),
  );
  const projected = projectToViewport(coords, 900, 520);
  // Places without coordinates stand in a row under the map.
  const position = (id: string, i: number) => projected.get(id) ?? { x: -450 + (i % 8) * 120, y: 330 + Math.floor(i / 8) * 80 };
  const top = Math.min(0, ...[...projected.values()].map((p) => p.y));
  const strategyNode: StoryNode = {
    data: { id: s.id, label: s.name, type: 'Strategy', ...(s.scope ? { scope: s.scope } : {}) },
    position: { x: 0, y: Math.round(top - 160) },
  };
  const placeNode = (a: (typeof adoptions)[number], i: number): StoryNode => {
    const p = position(a.place.id, i);
    const data: GraphNode['data'] = { id: a.place.id, label: a.place.name, type: 'Place' };
    if (a.place.level) data.level = a.place.level;
    if (a.place.code) data.code = a.place.code;
    // Kept so the player can draw the base map under the places, which stand where the map puts them.
    if (a.place.lon !== undefined && a.place.lat !== undefined) [data.lon, data.lat] = [a.place.lon, a.place.lat];
    return { data, position: { x: Math.round(p.x), y: Math.round(p.y) } };
  };
  const link = (a: (typeof adoptions)[number]): GraphEdge => ({
    data: { id: edgeId('PURSUES', a.place.id, s.id), source: a.place.id, target: s.id, type: 'PURSUES', evidenceCount: 1 },
  });
  const evidence: Record<string, Evidence[]> = {};
  const steps: StoryStepInput[] = adoptions.map((a, i) => {
    const shown = adoptions.slice(0, i + 1);
    const edge = link(a);
    evidence[edge.data.id] = [storyEvidence(a.evidence)];
    const { title, caption } = words.step(a);
    return {
      title: title.slice(0, 120),
      caption: caption.slice(0, 1000),
      nodes: [strategyNode, ...shown.map((x, j) => placeNode(x, j))],
      edges: shown.map(link),
      highlight: [a.place.id, edge.data.id],
      evidence: { ...storyEvidence(a.evidence), elementId: edge.data.id },
    };
  });
  return {
    format: STORY_FORMAT,
    version: 1,
    title: words.title(s.name).slice(0, 200),
    description: words.description(s.name, adoptions.length).slice(0, 2000),
    lang,
    steps,
    evidence,
  };
}
