// The story file: an ordered list of self-contained graph views with captions, shared by the explorer, the server and the export CLI.
import { z } from './zod';
import { Evidence, GraphEdge, GraphNode } from './api';

/** File marker, so a random JSON file is refused with a clear message rather than half-read. */
export const STORY_FORMAT = 'policygraph-story';

/** A node as a step shows it: the API's node plus where it stands on the canvas. */
export const StoryNode = GraphNode.extend({
  position: z.object({ x: z.number().finite(), y: z.number().finite() }),
});
export type StoryNode = z.infer<typeof StoryNode>;

/** The sentence a step puts in front of the room, tied to the element it supports. */
/** The fields of an evidence sentence a story keeps (the relation is implied by where it is stored). */
export function storyEvidence(e: Evidence): Evidence {
  return { documentId: e.documentId, documentTitle: e.documentTitle, documentDate: e.documentDate ?? null, sentence: e.sentence, start: e.start, end: e.end };
}

export const StoryEvidence = Evidence.extend({ elementId: z.string().min(1) });
export type StoryEvidence = z.infer<typeof StoryEvidence>;

/** One step: what is on the canvas (with positions), what is highlighted, and what is said about it. */
export const StoryStep = z
  .object({
    title: z.string().trim().min(1, 'a step needs a title').max(120, 'title: at most 120 characters'),
    caption: z.string().max(1000, 'caption: at most 1000 characters').default(''),
    /** The explorer permalink hash this step was taken from, to reopen it live. */
    view: z.string().max(4000).optional(),
    nodes: z.array(StoryNode).min(1, 'a step shows at least one node').max(2000, 'a step shows at most 2000 nodes'),
    edges: z.array(GraphEdge).max(8000, 'a step shows at most 8000 edges').default([]),
    /** Ids of the nodes and edges the step draws attention to. */
    highlight: z.array(z.string()).default([]),
    evidence: StoryEvidence.optional(),
  })
  .superRefine((step, ctx) => {
    const nodes = new Set(step.nodes.map((n) => n.data.id));
    const ids = new Set([...nodes, ...step.edges.map((e) => e.data.id)]);
    step.edges.forEach((e, i) => {
      for (const end of ['source', 'target'] as const) {
        if (!nodes.has(e.data[end])) {
          ctx.addIssue({ code: 'custom', path: ['edges', i, 'data', end], message: `edge ${e.data.id}: ${end} ${e.data[end]} is not a node of this step` });
        }
      }
    });
    step.highlight.forEach((id, i) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['highlight', i], message: `highlighted ${id} is not on this step` });
    });
    if (step.evidence && !ids.has(step.evidence.elementId)) {
      ctx.addIssue({ code: 'custom', path: ['evidence', 'elementId'], message: `evidence is about ${step.evidence.elementId}, which is not on this step` });
    }
  });
export type StoryStep = z.infer<typeof StoryStep>;
export type StoryStepInput = z.input<typeof StoryStep>;

/** A whole story; `evidence` holds a few sentences per element so a click works offline too. */
export const Story = z.object({
  format: z.literal(STORY_FORMAT, { error: `not a PolicyGraph story (format must be "${STORY_FORMAT}")` }),
  version: z.literal(1, { error: 'unsupported story version (this build reads version 1)' }),
  title: z.string().trim().min(1, 'a story needs a title').max(200),
  description: z.string().max(2000).default(''),
  lang: z.enum(['zh-CN', 'en']).default('zh-CN'),
  steps: z.array(StoryStep).min(1, 'a story has at least one step').max(200, 'a story has at most 200 steps'),
  evidence: z.record(z.string(), z.array(Evidence).max(20)).default({}),
});
export type Story = z.infer<typeof Story>;
export type StoryInput = z.input<typeof Story>;

/** Result of reading a story file: the story, or one readable line per problem (with where it is). */
export type StoryParse = { ok: true; story: Story } | { ok: false; errors: string[] };

/** Parses the text of a story file; bad JSON and schema problems come back as messages, never as a throw. */
export function parseStoryText(text: string): StoryParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`not valid JSON: ${(err as Error).message}`] };
  }
  const res = Story.safeParse(json);
  if (res.success) return { ok: true, story: res.data };
  return { ok: false, errors: res.error.issues.map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`) };
}
