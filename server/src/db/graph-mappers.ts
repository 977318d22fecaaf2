// Maps projected records (see cypher/read.ts projections) to the contract's Cytoscape elements and evidence items.
import type { Evidence, GraphEdge, GraphNode } from '@policygraph/contract/api';
import { NODE_TYPES, REL_TYPES, ScopeBasis, StrategyScope, type NodeType, type RelType } from '@policygraph/contract/graph-model';
import { toNumber, toPlain } from './records';

export type RawNode = {
  id: string;
  name: string;
  labels: string[];
  level?: string | null;
  code?: string | null;
  lon?: number | null;
  lat?: number | null;
  date?: string | null;
  aliases?: string[] | null;
  scope?: string | null;
  scopeBasis?: string | null;
  scopeReason?: string | null;
  degree: unknown;
};
export type RawEdge = {
  id: string;
  source: string;
  target: string;
  type: string;
  evidenceCount: unknown;
  confidence?: number | null;
  years?: unknown[] | null;
  documents?: string[] | null;
};
export type RawEvidence = {
  documentId: string;
  documentTitle?: string | null;
  documentDate?: string | null;
  sentence: string;
  start: unknown;
  end: unknown;
  section?: string | null;
  confidence?: unknown;
};

/** The whitelisted label of a node, if it has one the API shows. */
export function nodeTypeOf(labels: readonly string[]): NodeType | undefined {
  return labels.find((l): l is NodeType => (NODE_TYPES as readonly string[]).includes(l));
}

/** Maps a projected node (see nodeProjection) to Cytoscape's element form. */
export function toGraphNode(raw: RawNode): GraphNode | undefined {
  const type = nodeTypeOf(raw.labels);
  if (!type) return undefined;
  const data: GraphNode['data'] = { id: raw.id, label: raw.name, type, degree: toNumber(raw.degree) };
  if (raw.level) data.level = raw.level as NonNullable<GraphNode['data']['level']>;
  if (raw.code) data.code = raw.code;
  if (typeof raw.lon === 'number' && typeof raw.lat === 'number') {
    data.lon = raw.lon;
    data.lat = raw.lat;
  }
  if (raw.date) data.date = raw.date;
  if (raw.aliases?.length) data.aliases = raw.aliases;
  const scope = StrategyScope.safeParse(raw.scope);
  if (scope.success) {
    data.scope = scope.data;
    const basis = ScopeBasis.safeParse(raw.scopeBasis);
    if (basis.success) data.scopeBasis = basis.data;
    if (raw.scopeReason) data.scopeReason = raw.scopeReason;
  }
  return { data };
}

/** Maps a projected relationship (see relProjection) to Cytoscape's element form. */
export function toGraphEdge(raw: RawEdge): GraphEdge | undefined {
  if (!(REL_TYPES as readonly string[]).includes(raw.type)) return undefined;
  const data: GraphEdge['data'] = { id: raw.id, source: raw.source, target: raw.target, type: raw.type as RelType, evidenceCount: toNumber(raw.evidenceCount) };
  if (typeof raw.confidence === 'number') data.confidence = raw.confidence;
  if (raw.years?.length) data.years = raw.years.map((y) => toNumber(y));
  if (raw.documents?.length) data.documents = raw.documents;
  return { data };
}

/** Maps raw node and edge lists, dropping anything outside the whitelist and duplicates. */
export function toElements(rawNodes: unknown, rawEdges: unknown): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  for (const raw of (toPlain(rawNodes) ?? []) as RawNode[]) {
    const node = toGraphNode(raw);
    if (node && !nodes.has(node.data.id)) nodes.set(node.data.id, node);
  }
  const edges = new Map<string, GraphEdge>();
  for (const raw of (toPlain(rawEdges) ?? []) as RawEdge[]) {
    const edge = toGraphEdge(raw);
    if (edge && !edges.has(edge.data.id)) edges.set(edge.data.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Maps a joined evidence sentence to the contract's Evidence item. */
export function toEvidence(raw: RawEvidence): Evidence {
  const ev: Evidence = { documentId: raw.documentId, sentence: raw.sentence ?? '', start: toNumber(raw.start), end: toNumber(raw.end) };
  if (raw.documentTitle) ev.documentTitle = raw.documentTitle;
  if (raw.documentDate !== undefined) ev.documentDate = raw.documentDate ?? null;
  if (raw.section !== undefined) ev.section = raw.section ?? null;
  const confidence = toPlain(raw.confidence);
  if (typeof confidence === 'number') ev.confidence = confidence;
  return ev;
}

/** The graph version as stored (a string), or null before the first load. */
export function versionOf(value: unknown): string | null {
  const v = toPlain(value);
  return v === null || v === undefined ? null : String(v);
}
