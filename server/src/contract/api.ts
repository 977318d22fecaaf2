// The API contract: zod schemas for every request and response; the server parses requests and the client parses responses with them.
import { z } from 'zod';
import { NodeType, PlaceLevel, RelType } from './graph-model';

/** One sentence of a source document that a node or relationship rests on. */
export const Evidence = z.object({
  documentId: z.string(),
  documentTitle: z.string().optional(),
  documentDate: z.string().nullable().optional(),
  sentence: z.string(),
  /** Offsets of the sentence in the document's original text, in UTF-16 code units (JS string indices). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  section: z.string().nullable().optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** A node in Cytoscape's element form. */
export const GraphNode = z.object({
  data: z
    .object({
      id: z.string(),
      label: z.string(),
      type: NodeType,
      degree: z.number().int().nonnegative().optional(),
      level: PlaceLevel.optional(),
      code: z.string().optional(),
      aliases: z.array(z.string()).optional(),
      date: z.string().nullable().optional(),
    })
    .catchall(z.unknown()),
});
export type GraphNode = z.infer<typeof GraphNode>;

/** An edge in Cytoscape's element form. */
export const GraphEdge = z.object({
  data: z
    .object({
      id: z.string(),
      source: z.string(),
      target: z.string(),
      type: RelType,
      evidenceCount: z.number().int().nonnegative().optional(),
      confidence: z.number().min(0).max(1).optional(),
    })
    .catchall(z.unknown()),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

/** The one graph exchange format between API and client. */
export const GraphElements = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});
export type GraphElements = z.infer<typeof GraphElements>;

/** A graph answer: elements plus whether a cap cut it and how many there were. */
export const GraphResponse = z.object({
  elements: GraphElements,
  graphVersion: z.string().nullable(),
  capped: z.boolean(),
  total: z.number().int().nonnegative().optional(),
});
export type GraphResponse = z.infer<typeof GraphResponse>;

export const HealthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({ connected: z.boolean(), version: z.string().nullable() }),
  graphVersion: z.string().nullable(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** Query-string integers arrive as text; this coerces and bounds them with a readable message. */
export const intParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int(`must be a whole number`).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`).default(fallback);

export const OverviewQuery = z.strictObject({
  limit: intParam(1, 500, 60),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;

/** RFC 9457 problem details, as every error response carries them. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;
