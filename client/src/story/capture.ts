// Turns what the explorer shows into a story step: visible nodes with positions, edges, highlights and evidence.
import type cytoscape from 'cytoscape';
import type { Evidence } from '@policygraph/contract/api';
import { storyEvidence as plain, type StoryEvidence, type StoryStepInput } from '@policygraph/contract/story';
import { api } from '../api';
import type { StepSubject } from './step-subject';

/** Node fields worth keeping in a story (lon/lat: the player draws the base map under a geographic step); the explorer's own bookkeeping (size, pinned, rolled…) stays out. */
const NODE_FIELDS = ['id', 'label', 'type', 'degree', 'level', 'code', 'date', 'aliases', 'lon', 'lat'] as const;
const EDGE_FIELDS = ['id', 'source', 'target', 'type', 'evidenceCount', 'confidence'] as const;
/** Sentences kept per element for offline clicks; more would bloat the file without helping a talk. */
const EVIDENCE_PER_ELEMENT = 3;
/** Entities whose evidence is fetched per step; beyond this a step is a crowd, not a point in a talk. */
const EVIDENCE_NODE_CAP = 80;

const pick = <K extends string>(data: Record<string, unknown>, keys: readonly K[]) =>
  Object.fromEntries(keys.filter((k) => data[k] !== undefined && data[k] !== null).map((k) => [k, data[k]]));

/** Evidence of the entities and edges on a step: node id → sentences, edge id → its own sentences. */
export async function collectEvidence(cy: cytoscape.Core, nodeIds: readonly string[], edgeIds: readonly string[]): Promise<Record<string, Evidence[]>> {
  const out: Record<string, Evidence[]> = {};
  const wanted = new Set(edgeIds);
  const queue = nodeIds.filter((id) => cy.getElementById(id).data('type') !== 'Document').slice(0, EVIDENCE_NODE_CAP);
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        const res = await api.entity(id, 100);
        if (res.evidence.length > 0) out[id] = res.evidence.slice(0, EVIDENCE_PER_ELEMENT).map(plain);
        for (const ev of res.evidence) {
          if (!wanted.has(ev.relation)) continue;
          const list = (out[ev.relation] ??= []);
          if (list.length < EVIDENCE_PER_ELEMENT) list.push(plain(ev));
        }
      } catch {
        // A node that cannot be read now is simply shown without sentences; the step itself is still right.
      }
    }
  };
  // A few requests at a time: quick for a talk-sized view, gentle on the API's rate limit.
  await Promise.all([worker(), worker(), worker(), worker()]);
  return out;
}

/** The step the explorer is showing now, plus the evidence to carry for it. */
export async function captureStep(
  cy: cytoscape.Core,
  viewHash: string,
  subject: StepSubject,
): Promise<{ step: StoryStepInput; evidence: Record<string, Evidence[]> }> {
  const nodes = cy.nodes().not('.filtered');
  const ids = new Set(nodes.map((n) => n.id()));
  const edges = (cy.edges().not('.filtered') as cytoscape.EdgeCollection).filter(
    (e: cytoscape.EdgeSingular) => ids.has(e.source().id()) && ids.has(e.target().id()),
  );
  const highlight = cy
    .elements(':selected, .path')
    .not('.filtered')
    .map((e) => e.id());
  const evidence = await collectEvidence(
    cy,
    nodes.map((n) => n.id()),
    edges.map((e) => String(e.data('rolledFrom') ?? e.id())),
  );
  // The step quotes its own subject's sentence, never one left selected from an earlier step.
  const quoted = subject.elementId ? cy.getElementById(subject.elementId) : cy.collection();
  let stepEvidence: StoryEvidence | undefined;
  if (quoted.nonempty()) {
    const sentence = evidence[String(quoted.data('rolledFrom') ?? quoted.id())]?.[0];
    if (sentence) stepEvidence = { ...sentence, elementId: quoted.id() };
  }
  // Rolled-up edges carry the sentences of the edge they stand for.
  edges.forEach((e) => {
    const from = e.data('rolledFrom');
    if (typeof from === 'string' && evidence[from]) evidence[e.id()] = evidence[from];
  });
  return {
    step: {
      title: subject.title,
      caption: '',
      view: viewHash,
      nodes: nodes.map((n: cytoscape.NodeSingular) => ({
        data: pick(n.data(), NODE_FIELDS) as StoryStepInput['nodes'][number]['data'],
        position: { x: Math.round(n.position('x')), y: Math.round(n.position('y')) },
      })),
      edges: edges.map((e) => ({ data: pick(e.data(), EDGE_FIELDS) as NonNullable<StoryStepInput['edges']>[number]['data'] })),
      highlight,
      ...(stepEvidence ? { evidence: stepEvidence } : {}),
    },
    evidence,
  };
}
