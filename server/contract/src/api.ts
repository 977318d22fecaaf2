// The API contract: zod schemas for every request and response; the server parses requests and the client parses responses with them.
import { z } from 'zod';
import { ENTITY_TYPES, EntityType, NODE_TYPES, NodeType, PlaceLevel, REL_TYPES, RelType } from './graph-model';

// ───────────────────────────── shared pieces ─────────────────────────────

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
      /** Longitude and latitude in degrees: provinces, cities and counties with a GB/T 2260 code. */
      lon: z.number().min(-180).max(180).optional(),
      lat: z.number().min(-90).max(90).optional(),
      aliases: z.array(z.string()).optional(),
      date: z.string().nullable().optional(),
    })
    .catchall(z.unknown()),
});
export type GraphNode = z.infer<typeof GraphNode>;

/** An edge in Cytoscape's element form; `id` is stable: `TYPE:source->target`. */
export const GraphEdge = z.object({
  data: z
    .object({
      id: z.string(),
      source: z.string(),
      target: z.string(),
      type: RelType,
      evidenceCount: z.number().int().nonnegative().optional(),
      confidence: z.number().min(0).max(1).optional(),
      /** Years of the documents its evidence comes from, distinct and ascending; absent when none is dated (gazetteer PART_OF). */
      years: z.array(z.number().int()).optional(),
      /** Ids of the documents it rests on (the explorer's document filter); absent for gazetteer PART_OF. */
      documents: z.array(z.string()).optional(),
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
  /** Number of nodes found before the cap (start nodes excluded); present when known. */
  total: z.number().int().nonnegative().optional(),
});
export type GraphResponse = z.infer<typeof GraphResponse>;

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

// ───────────────────────────── request building blocks ─────────────────────────────

/** Query-string integers arrive as text; this coerces and bounds them with a readable message. */
export const intParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int(`must be a whole number`).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`).default(fallback);

/** An entity or document id as it appears in URLs (`place:411503`, `strategy:项目为王`, `001_4b96525c5c6cf7dc`). */
export const EntityId = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** Splits a comma list (`a,b,c`), trimming blanks and dropping empties. */
const splitCommas = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);

/** A comma-separated list whose items must each pass `item`; between min and max items. */
export const commaList = <O>(item: z.ZodType<O, string>, min: number, max: number) =>
  z
    .string()
    .transform(splitCommas)
    .pipe(
      z
        .array(item)
        .min(min, min === 1 ? 'must name at least one item' : `must name at least ${min} items`)
        .max(max, `must name at most ${max} items`),
    );

const enumItem = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `"${String(issue.input)}" is not one of ${values.join(', ')}` });

/** Node labels to keep, e.g. `types=Strategy,Place`. */
export const NodeTypeList = commaList(enumItem(NODE_TYPES), 1, NODE_TYPES.length).meta({
  description: `Comma-separated node types, each one of ${NODE_TYPES.join(', ')}.`,
});
/** Entity labels to search, e.g. `types=Strategy,Project`. */
export const EntityTypeList = commaList(enumItem(ENTITY_TYPES), 1, ENTITY_TYPES.length).meta({
  description: `Comma-separated entity types, each one of ${ENTITY_TYPES.join(', ')}.`,
});
/** Relationship types to follow, e.g. `rels=PURSUES,LOCATED_IN`. */
export const RelTypeList = commaList(enumItem(REL_TYPES), 1, REL_TYPES.length).meta({
  description: `Comma-separated relationship types, each one of ${REL_TYPES.join(', ')}.`,
});

/** Endpoints that take no query parameters still refuse unknown ones (a typo should not pass silently). */
export const EmptyQuery = z.strictObject({});

/** Path parameter `:id` of /api/entities/:id, /api/documents/:id, /api/places/:id/rollup. */
export const IdParams = z.strictObject({ id: EntityId });
export type IdParams = z.infer<typeof IdParams>;

// ───────────────────────────── GET /api/health ─────────────────────────────

export const HealthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({ connected: z.boolean(), version: z.string().nullable() }),
  graphVersion: z.string().nullable(),
  /** Nodes per label (Strategy, Project, Place, Organization, Document) and `relationships`. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

// ───────────────────────────── GET /api/search ─────────────────────────────

export const SearchQuery = z.strictObject({
  /** Name or alias, Simplified or Traditional; one or two characters give prefix suggestions. */
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .meta({ description: 'Name or alias, Simplified or Traditional (蘭考 finds 兰考县).', example: '兰考' }),
  types: EntityTypeList.optional(),
  limit: intParam(1, 50, 20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  /** How it matched: the whole name, the start of the name or an alias, or anywhere in them. */
  match: z.enum(['exact', 'prefix', 'text']),
  score: z.number(),
  level: PlaceLevel.optional(),
  code: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  /** Documents mentioning it (for ranking and display). */
  documentCount: z.number().int().nonnegative(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z.object({
  query: z.string(),
  /** The query as searched: NFKC, Traditional converted to Simplified. */
  normalized: z.string(),
  hits: z.array(SearchHit),
  graphVersion: z.string().nullable(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

// ───────────────────────────── GET /api/entities/:id ─────────────────────────────

export const EntityQuery = z.strictObject({
  /** Evidence sentences to return at most. */
  evidenceLimit: intParam(1, 200, 50),
});
export type EntityQuery = z.infer<typeof EntityQuery>;

export const Degree = z.object({
  type: RelType,
  direction: z.enum(['out', 'in']),
  count: z.number().int().nonnegative(),
});
export type Degree = z.infer<typeof Degree>;

export const DocumentRef = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  /** Times the entity is mentioned in it (0 for a document only ABOUT the place). */
  mentionCount: z.number().int().nonnegative(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

export const EntityResponse = z.object({
  node: GraphNode,
  /** Stored properties (internal ones like searchText left out). */
  properties: z.record(z.string(), z.unknown()),
  degrees: z.array(Degree),
  documents: z.array(DocumentRef),
  /** Sentences the entity's relationships rest on, newest document first. */
  evidence: z.array(Evidence.extend({ relation: z.string() })),
  evidenceTotal: z.number().int().nonnegative(),
  graphVersion: z.string().nullable(),
});
export type EntityResponse = z.infer<typeof EntityResponse>;

// ───────────────────────────── GET /api/graph/overview ─────────────────────────────

export const OverviewQuery = z.strictObject({
  limit: intParam(1, 500, 60),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;

// ───────────────────────────── GET /api/graph/neighborhood ─────────────────────────────

export const NeighborhoodQuery = z.strictObject({
  ids: commaList(EntityId, 1, 20).meta({ description: 'Comma-separated ids of the start nodes (1–20).', example: 'strategy:项目为王' }),
  depth: intParam(1, 3, 1),
  /** Node types to show and walk through (start nodes are always shown). Default: all. */
  types: NodeTypeList.optional(),
  /** Relationship types to follow. Default: all. */
  rels: RelTypeList.optional(),
  /** Nodes to return at most besides the start nodes; nearer ones first. */
  limit: intParam(1, 2000, 300),
});
export type NeighborhoodQuery = z.infer<typeof NeighborhoodQuery>;

// ───────────────────────────── GET /api/graph/paths ─────────────────────────────

export const PathsQuery = z.strictObject({
  from: EntityId.meta({ description: 'Id of the first node.', example: 'place:411503' }),
  to: EntityId.meta({ description: 'Id of the last node.', example: 'place:410581' }),
  maxLength: intParam(1, 6, 4),
  k: intParam(1, 10, 3),
  /** Relationship types paths may use. Default: the domain ones and ABOUT (not MENTIONS, which links everything). */
  rels: RelTypeList.optional(),
});
export type PathsQuery = z.infer<typeof PathsQuery>;

export const GraphPath = z.object({
  length: z.number().int().nonnegative(),
  /** Node ids from `from` to `to`. */
  nodes: z.array(z.string()),
  /** Edge ids (`TYPE:source->target`) along the path, in order. */
  edges: z.array(z.string()),
});
export type GraphPath = z.infer<typeof GraphPath>;

export const PathsResponse = z.object({
  paths: z.array(GraphPath),
  /** Every node and edge of every path, once. */
  elements: GraphElements,
  /** Evidence sentences per edge id (edges without text evidence, like gazetteer PART_OF, have none). */
  evidence: z.record(z.string(), z.array(Evidence)),
  graphVersion: z.string().nullable(),
});
export type PathsResponse = z.infer<typeof PathsResponse>;

// ───────────────────────────── GET /api/compare ─────────────────────────────

export const CompareQuery = z.strictObject({
  places: commaList(EntityId, 2, 10).meta({ description: 'Comma-separated place ids (2–10).', example: 'place:411503,place:410225' }),
  /** Also count what places inside each place (its districts, towns…) pursue. */
  includeChildren: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .default(true),
});
export type CompareQuery = z.infer<typeof CompareQuery>;

export const CompareItem = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['Strategy', 'Project']),
  /** Place ids (of the compared ones) it is linked to. */
  places: z.array(z.string()),
});
export type CompareItem = z.infer<typeof CompareItem>;

export const CompareSide = z.object({
  /** Linked to every compared place. */
  shared: z.array(CompareItem),
  /** Per place id: linked to that place only. */
  unique: z.record(z.string(), z.array(CompareItem)),
  /** Linked to more than one but not all places. */
  partial: z.array(CompareItem),
});
export type CompareSide = z.infer<typeof CompareSide>;

export const CompareResponse = z.object({
  places: z.array(z.object({ id: z.string(), name: z.string(), level: PlaceLevel.optional() })),
  strategies: CompareSide,
  projects: CompareSide,
  /** Jaccard overlap of strategies ∪ projects: |∩| / |∪| over all places, and for each pair. */
  overlap: z.object({
    jaccard: z.number().min(0).max(1),
    pairs: z.array(z.object({ a: z.string(), b: z.string(), jaccard: z.number().min(0).max(1), shared: z.number().int().nonnegative() })),
  }),
  /** Strategy × place: cells[i][j] = evidence sentences linking strategies[i] to places[j] (0 = not linked). */
  matrix: z.object({
    strategies: z.array(z.object({ id: z.string(), name: z.string() })),
    places: z.array(z.string()),
    cells: z.array(z.array(z.number().int().nonnegative())),
  }),
  graphVersion: z.string().nullable(),
});
export type CompareResponse = z.infer<typeof CompareResponse>;

// ───────────────────────────── GET /api/places/:id/rollup ─────────────────────────────

/** Levels one can roll a place up to (its descendants at that level). */
export const ROLLUP_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;

export const RollupQuery = z.strictObject({
  /** Level of the children to aggregate at; default: the level just below the place. */
  level: z.enum(ROLLUP_LEVELS, { error: `must be one of ${ROLLUP_LEVELS.join(', ')}` }).optional(),
});
export type RollupQuery = z.infer<typeof RollupQuery>;

export const RollupCounts = z.object({
  strategies: z.number().int().nonnegative(),
  projects: z.number().int().nonnegative(),
  organizations: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
});
export type RollupCounts = z.infer<typeof RollupCounts>;

export const RollupResponse = z.object({
  place: z.object({ id: z.string(), name: z.string(), level: PlaceLevel.optional(), code: z.string().optional() }),
  level: z.enum(ROLLUP_LEVELS),
  /** Each descendant at `level`, with distinct counts over it and everything inside it. */
  children: z.array(z.object({ id: z.string(), name: z.string(), code: z.string().optional(), counts: RollupCounts })),
  /** Children's counts summed. */
  sum: RollupCounts,
  /** Distinct counts over the whole area (the place itself and all inside it). */
  total: RollupCounts,
  graphVersion: z.string().nullable(),
});
export type RollupResponse = z.infer<typeof RollupResponse>;

// ───────────────────────────── GET /api/documents, /api/documents/:id ─────────────────────────────

export const DocumentsQuery = z.strictObject({
  limit: intParam(1, 200, 50),
  offset: intParam(0, 1_000_000, 0),
  year: z.coerce.number().int('must be a whole number').min(1900, 'must be at least 1900').max(2100, 'must be at most 2100').optional(),
  /** Only documents about this place. */
  place: EntityId.meta({ description: 'Only documents about this place id.' }).optional(),
});
export type DocumentsQuery = z.infer<typeof DocumentsQuery>;

export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string().nullable(),
  date: z.string().nullable(),
  dateInferred: z.boolean().nullable(),
  year: z.number().int().nullable(),
  /** Places the document is about (`inferred` when the manifest says so, e.g. a masked city name). */
  places: z.array(z.object({ id: z.string(), name: z.string(), inferred: z.boolean(), reason: z.string().nullable() })),
  /** Distinct entities it mentions. */
  entityCount: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentsResponse = z.object({
  total: z.number().int().nonnegative(),
  documents: z.array(DocumentSummary),
  graphVersion: z.string().nullable(),
});
export type DocumentsResponse = z.infer<typeof DocumentsResponse>;

export const MentionSpan = z.object({
  entityId: z.string(),
  name: z.string(),
  type: EntityType,
  /** Offsets into `text` (UTF-16 code units, end exclusive). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type MentionSpan = z.infer<typeof MentionSpan>;

export const DocumentResponse = z.object({
  document: DocumentSummary.extend({ encoding: z.string().nullable(), sentenceCount: z.number().int().nonnegative().nullable() }),
  /** The original text, as loaded. */
  text: z.string(),
  /** Every mention, sorted by start, for highlighting. */
  mentions: z.array(MentionSpan),
  graphVersion: z.string().nullable(),
});
export type DocumentResponse = z.infer<typeof DocumentResponse>;

// ───────────────────────────── GET /api/stats ─────────────────────────────

export const StatsResponse = z.object({
  /** Nodes per label. */
  byType: z.record(z.string(), z.number().int().nonnegative()),
  /** Relationships per type. */
  byRelation: z.record(z.string(), z.number().int().nonnegative()),
  /** Places per administrative level. */
  byPlaceLevel: z.record(z.string(), z.number().int().nonnegative()),
  /** Per document: entities it mentions, by type. */
  byDocument: z.array(
    z.object({ id: z.string(), title: z.string(), year: z.number().int().nullable(), entities: z.record(z.string(), z.number().int().nonnegative()) }),
  ),
  /** Per year: documents and distinct entities mentioned. */
  byYear: z.array(z.object({ year: z.number().int(), documents: z.number().int().nonnegative(), entities: z.number().int().nonnegative() })),
  graphVersion: z.string().nullable(),
});
export type StatsResponse = z.infer<typeof StatsResponse>;
