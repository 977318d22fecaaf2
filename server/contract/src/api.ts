// The API contract: zod schemas for every request and response; the server parses requests and the client parses responses with them.
import { z } from './zod';
import { PROBLEM_CODES, problemType } from './problems';
import type { ReadOperation } from './endpoints';
import { ENTITY_TYPES, EntityType, NODE_TYPES, NodeType, PlaceLevel, REL_TYPES, RelType, ScopeBasis, STRATEGY_SCOPES, StrategyScope } from './graph-model';

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
      /** Strategies: where it comes from (national, provincial, local), how that was decided, and the words it rests on. */
      scope: StrategyScope.optional(),
      scopeBasis: ScopeBasis.optional(),
      scopeReason: z.string().optional(),
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

/**
 * The OpenAPI schema of a value, exactly: zod-openapi would otherwise merge what it derives from the
 * text-parsing schema (a string pattern, string enums) into the declared integer, boolean or array.
 */
const exactly =
  (schema: Record<string, unknown>) =>
  (ctx: { jsonSchema: Record<string, unknown> }): void => {
    for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
    Object.assign(ctx.jsonSchema, schema);
  };

/** RFC 9457 problem details, as every error response carries them. */
export const Problem = z
  .object({
    /** `https://policygraph.dev/problems/<code>` (problems.ts); clients branch on the code, never on the text. */
    type: z.string().meta({
      override: exactly({
        type: 'string',
        format: 'uri',
        enum: PROBLEM_CODES.map(problemType),
        description: 'The problem kind; its last segment is the stable code.',
      }),
    }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });
export type Problem = z.infer<typeof Problem>;

// ───────────────────────────── request building blocks ─────────────────────────────
//
// Every parameter arrives as text. Each builder below parses it strictly AND declares in the OpenAPI document
// (`override`) exactly what it accepts, so that a value the document allows is never refused and one it forbids
// never passes: a generator of requests from the document (Schemathesis) finds no gap between the two.

/**
 * Builds a query schema. The explorer never parses a query, and a call its bundler knows to be free of effects is
 * dropped when nothing uses its result: so the query schemas and their OpenAPI text stay out of the explorer's
 * first view (the builders below carry the same mark).
 */
const query = /* @__NO_SIDE_EFFECTS__ */ <T>(build: () => T): T => build();

/**
 * What `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator), spelled out so the pattern
 * in the OpenAPI document means the same in every regex engine (Python's `\s` differs from JavaScript's).
 */
const BLANK = ' \\t\\n\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const BLANK_RE = new RegExp(`^[${BLANK}]*$`, 'u');
/** JSON Schema's pattern is a search: "holds at least one character that is not blank". */
const NOT_BLANK_PATTERN = `[^${BLANK}]`;
/** A comma-list item: no comma, at least one non-blank character. */
const LIST_ITEM_PATTERN = `^[^,]*[^,${BLANK}][^,]*$`;

/** Length in code points, as JSON Schema's maxLength counts (an emoji is one, not two UTF-16 units). */
const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/**
 * Free text or an id: at most `max` characters as sent, at least one of them not blank; blanks around it are
 * trimmed. Bounds apply to the value as sent, which is what the OpenAPI document can state.
 */
export const textParam = /* @__NO_SIDE_EFFECTS__ */ (max: number, meta: { description: string; example?: string }) =>
  z
    .string()
    .refine((v) => codePoints(v) <= max, `must be at most ${max} characters`)
    .refine((v) => !BLANK_RE.test(v), 'must not be empty or blank')
    .transform((v) => v.trim())
    .meta({
      ...meta,
      override: exactly({
        type: 'string',
        minLength: 1,
        maxLength: max,
        pattern: NOT_BLANK_PATTERN,
        description: meta.description,
        ...(meta.example ? { example: meta.example } : {}),
      }),
    });

const DECIMAL = /^-?[0-9]+$/;

/**
 * A whole number in decimal digits (no `0x10`, `1e1`, `+5`, blanks or empty value), within [min, max].
 * Declared as an integer with its bounds and default.
 */
const integer = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number) =>
  z
    .string()
    .regex(DECIMAL, 'must be a whole number in decimal digits')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** An optional integer parameter with a default. */
export const intParam = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number, fallback: number, description: string) =>
  integer(min, max)
    .optional()
    .transform((v) => v ?? fallback)
    .meta({ description, override: exactly({ type: 'integer', minimum: min, maximum: max, default: fallback, description }) });

/** An optional integer parameter without a default (absent = no filter). */
export const optionalIntParam = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number, description: string) =>
  integer(min, max)
    .optional()
    .meta({ description, override: exactly({ type: 'integer', minimum: min, maximum: max, description }) });

/** An entity or document id as it appears in URLs (`place:411503`, `strategy:项目为王`, `001_4b96525c5c6cf7dc`). */
export const idParam = /* @__NO_SIDE_EFFECTS__ */ (description: string, example?: string) => textParam(200, { description, ...(example ? { example } : {}) });
export const EntityId = idParam('An entity or document id.');

/**
 * A comma-separated list (`a,b,c`), which OpenAPI calls an array with `style: form, explode: false`.
 * Items are trimmed; an empty item (`a,,b`, a trailing comma) is refused like any other malformed value.
 */
const commaList = /* @__NO_SIDE_EFFECTS__ */ <O>(
  item: z.ZodType<O, string>,
  itemSchema: Record<string, unknown>,
  { min, max, unique = false, description, example }: { min: number; max: number; unique?: boolean; description: string; example?: string },
) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()))
    .pipe(
      z
        .array(z.string().min(1, 'must not be empty').pipe(item))
        .min(min, min === 1 ? 'must name at least one item' : `must name at least ${min} items`)
        .max(max, `must name at most ${max} items`)
        .refine((xs) => !unique || new Set(xs).size === xs.length, 'must not name an item twice'),
    )
    .meta({
      description,
      param: FORM_LIST,
      override: exactly({
        type: 'array',
        items: itemSchema,
        minItems: min,
        maxItems: max,
        ...(unique ? { uniqueItems: true } : {}),
        description,
        ...(example ? { example: example.split(',') } : {}),
      }),
    });

/** How comma lists are serialised, in OpenAPI's words; set again on `.optional()`, whose wrapper is what the parameter reads. */
const FORM_LIST = { style: 'form', explode: false } as const;

/** An optional comma list: absent means "all" (or the endpoint's default). */
export const optionalList = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodType>(list: T) => list.optional().meta({ param: FORM_LIST });

const enumItem = /* @__NO_SIDE_EFFECTS__ */ <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `"${String(issue.input)}" is not one of ${values.join(', ')}` });

/** A list of ids: each item without commas and not blank, at most 200 characters. */
export const idList = /* @__NO_SIDE_EFFECTS__ */ (opts: { min: number; max: number; unique?: boolean; description: string; example?: string }) =>
  commaList(
    z.string().refine((v) => codePoints(v) <= 200, 'must be at most 200 characters'),
    { type: 'string', minLength: 1, maxLength: 200, pattern: LIST_ITEM_PATTERN },
    opts,
  );

const enumList = /* @__NO_SIDE_EFFECTS__ */ <T extends readonly [string, ...string[]]>(values: T, description: string) =>
  commaList(enumItem(values), { type: 'string', enum: [...values] }, { min: 1, max: values.length, unique: false, description });

/** Node labels to keep, e.g. `types=Strategy,Place`. */
export const NodeTypeList = enumList(NODE_TYPES, 'Node types to keep, comma-separated. Default: all.');
/** Entity labels to search, e.g. `types=Strategy,Project`. */
export const EntityTypeList = enumList(ENTITY_TYPES, 'Entity types to search, comma-separated. Default: all.');
/** Relationship types to follow, e.g. `rels=PURSUES,LOCATED_IN`. */
export const RelTypeList = enumList(REL_TYPES, 'Relationship types to follow, comma-separated.');

/** Endpoints that take no query parameters still refuse unknown ones (a typo should not pass silently). */
export const EmptyQuery = query(() => z.strictObject({}));

/** Path parameter `:id` of /api/entities/:id, /api/documents/:id, /api/places/:id/rollup. */
export const IdParams = query(() => z.strictObject({ id: EntityId }));
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

export const SearchQuery = query(() =>
  z.strictObject({
    /** Name or alias, Simplified or Traditional; one or two characters give prefix suggestions. */
    q: textParam(100, {
      description:
        'Name or alias, Simplified or Traditional (蘭考 finds 兰考县), pinyin or initials (xmww, xiangmuweiwang), or a near spelling (项木为王); blanks around it are ignored.',
      example: '兰考',
    }),
    types: optionalList(EntityTypeList),
    limit: intParam(1, 50, 20, 'Hits to return at most.'),
  }),
);
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  /**
   * How it matched: the whole name, the start of the name or an alias, or anywhere in them; `pinyin` = the
   * query is the start of its pinyin or initials (xmww, xiangmu → 项目为王); `near` = a near spelling (one
   * character or pinyin letter off, or a homophone: 项木为王). Ranked in this order.
   */
  match: z.enum(['exact', 'prefix', 'text', 'pinyin', 'near']),
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

export const EntityQuery = query(() =>
  z.strictObject({
    /** Evidence sentences to return at most. */
    evidenceLimit: intParam(1, 200, 50, 'Evidence sentences to return at most.'),
  }),
);
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

/** Strategy scopes to keep, e.g. `scopes=provincial,local` (the explorer's default: national formulas hidden). */
export const ScopeList = enumList(STRATEGY_SCOPES, 'Strategy scopes to keep, comma-separated (national, provincial, local). Default: all.');

export const OverviewQuery = query(() =>
  z.strictObject({
    limit: intParam(1, 500, 60, 'Places to show at most (with the strategies they share).'),
    /** Strategies of these scopes only; national ones always come after the others. */
    scopes: optionalList(ScopeList),
  }),
);
export type OverviewQuery = z.infer<typeof OverviewQuery>;

// ───────────────────────────── GET /api/graph/neighborhood ─────────────────────────────

export const NeighborhoodQuery = query(() =>
  z.strictObject({
    ids: idList({ min: 1, max: 20, description: 'Ids of the start nodes, comma-separated (1–20).', example: 'strategy:项目为王' }),
    depth: intParam(1, 3, 1, 'Hops from the start nodes.'),
    /** Node types to show and walk through (start nodes are always shown). Default: all. */
    types: optionalList(NodeTypeList),
    /** Relationship types to follow. Default: all. */
    rels: optionalList(RelTypeList),
    /** Nodes to return at most besides the start nodes; nearer ones first. */
    limit: intParam(1, 2000, 300, 'Nodes to return at most besides the start nodes; nearer ones first.'),
    /**
     * Nearest nodes to skip: the next page of a capped answer (offset = nodes already shown). Its edges include
     * those to nodes of earlier pages, which the caller holds; `total` stays the count of all neighbours.
     */
    offset: intParam(
      0,
      100000,
      0,
      'Nearest nodes to skip, for the next page of a capped answer (offset = nodes already received); edges to nodes of earlier pages are included.',
    ),
  }),
);
export type NeighborhoodQuery = z.infer<typeof NeighborhoodQuery>;

// ───────────────────────────── GET /api/graph/paths ─────────────────────────────

export const PathsQuery = query(() =>
  z.strictObject({
    from: idParam('Id of the first node.', 'place:411503'),
    to: idParam('Id of the last node.', 'place:410581'),
    maxLength: intParam(1, 6, 4, 'Relationships a path may have at most.'),
    k: intParam(1, 10, 3, 'Paths to return at most, shortest first.'),
    /** Relationship types paths may use. Default: the domain ones and ABOUT (not MENTIONS, which links everything). */
    rels: optionalList(RelTypeList),
  }),
);
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

export const CompareQuery = query(() =>
  z.strictObject({
    places: idList({ min: 2, max: 10, unique: true, description: 'Place ids, comma-separated (2–10, each once).', example: 'place:411503,place:410225' }),
    /** Also count what places inside each place (its districts, towns…) pursue. */
    includeChildren: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .optional()
      .transform((v) => v !== 'false')
      .meta({
        description: 'Also count what places inside each place (its districts, towns…) pursue.',
        override: exactly({ type: 'boolean', default: true, description: 'Also count what places inside each place (its districts, towns…) pursue.' }),
      }),
    /** Strategies of these scopes only (projects are not scoped); national ones come last in the matrix. */
    scopes: optionalList(ScopeList),
  }),
);
export type CompareQuery = z.infer<typeof CompareQuery>;

export const CompareItem = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['Strategy', 'Project']),
  /** Strategies: national, provincial or local. */
  scope: StrategyScope.optional(),
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
    strategies: z.array(z.object({ id: z.string(), name: z.string(), scope: StrategyScope.optional() })),
    places: z.array(z.string()),
    cells: z.array(z.array(z.number().int().nonnegative())),
    /**
     * The relationships behind each cell, by edge id (`PURSUES:place:…->strategy:…`): the place's own or those of
     * places inside it (with includeChildren); their sentences are the cell's evidence.
     */
    via: z.array(z.array(z.array(z.string()))),
  }),
  graphVersion: z.string().nullable(),
});
export type CompareResponse = z.infer<typeof CompareResponse>;

// ───────────────────────────── GET /api/places/:id/rollup ─────────────────────────────

/** Levels one can roll a place up to (its descendants at that level). */
export const ROLLUP_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;

export const RollupQuery = query(() =>
  z.strictObject({
    /** Level of the children to aggregate at; default: the level just below the place. */
    level: z
      .enum(ROLLUP_LEVELS, { error: `must be one of ${ROLLUP_LEVELS.join(', ')}` })
      .optional()
      .meta({
        description:
          "Level of the children to aggregate at; it must be below the place's own level (a county rolls up to township or village, never to city). " +
          'Default: the level just below the place. A level that is not below it, or any level for a village, is a 400 naming `level`.',
      }),
  }),
);
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

export const DocumentsQuery = query(() =>
  z.strictObject({
    limit: intParam(1, 200, 50, 'Documents to return at most.'),
    offset: intParam(0, 1_000_000, 0, 'Documents to skip (paging).'),
    year: optionalIntParam(1900, 2100, 'Only documents dated in this year.'),
    /** Only documents about this place. */
    place: idParam('Only documents about this place id.').optional(),
  }),
);
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
  /** The sentences as the graph holds them (offsets into `text`, end exclusive), in order: what evidence cites. */
  sentences: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
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

// ───────────────────────────── GET /api/strategies/:id/diffusion ─────────────────────────────

/** A place as the diffusion and cluster answers show it: enough to draw it on the map and name it. */
export const PlaceRef = z.object({
  id: z.string(),
  name: z.string(),
  level: PlaceLevel.optional(),
  code: z.string().optional(),
  lon: z.number().min(-180).max(180).optional(),
  lat: z.number().min(-90).max(90).optional(),
});
export type PlaceRef = z.infer<typeof PlaceRef>;

/**
 * How a place came to a strategy: `first` (no place of the corpus said it earlier), `top-down` (a higher level
 * containing it said it earlier), `horizontal` (a peer outside its own hierarchy said it earlier), `bottom-up`
 * (only places inside it said it earlier).
 */
export const DIFFUSION_DIRECTIONS = ['first', 'top-down', 'horizontal', 'bottom-up'] as const;
export const DiffusionDirection = z.enum(DIFFUSION_DIRECTIONS);
export type DiffusionDirection = z.infer<typeof DiffusionDirection>;

export const Adoption = z.object({
  place: PlaceRef,
  /** Date of the place's first document saying it pursues the strategy ('YYYY[-MM[-DD]]'), null when undated. */
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  /** True when the document's date was inferred (a year read from the text, not printed on it). */
  dateInferred: z.boolean(),
  /** The sentence of that first document that says so. */
  evidence: Evidence,
  direction: DiffusionDirection,
  /** The earlier adopter the direction refers to (absent for `first`). */
  after: z.object({ placeId: z.string(), name: z.string(), date: z.string().nullable() }).optional(),
});
export type Adoption = z.infer<typeof Adoption>;

export const DiffusionResponse = z.object({
  strategy: z.object({
    id: z.string(),
    name: z.string(),
    scope: StrategyScope.optional(),
    scopeBasis: ScopeBasis.optional(),
    scopeReason: z.string().optional(),
  }),
  /** Every place that pursues it, in date order (undated last), each with its first document's sentence. */
  adoptions: z.array(Adoption),
  /** The years adoptions fall in, ascending: the explorer's scrubber stops. */
  years: z.array(z.number().int()),
  graphVersion: z.string().nullable(),
});
export type DiffusionResponse = z.infer<typeof DiffusionResponse>;

// ───────────────────────────── GET /api/places/:id/adoptions ─────────────────────────────

export const PlaceAdoption = z.object({
  strategy: z.object({ id: z.string(), name: z.string(), scope: StrategyScope.optional() }),
  date: z.string().nullable(),
  evidence: Evidence,
  /** No other place of the corpus said it earlier (ties at the same date count as first for each). */
  firstInCorpus: z.boolean(),
});
export type PlaceAdoption = z.infer<typeof PlaceAdoption>;

export const PlaceAdoptionsResponse = z.object({
  place: PlaceRef,
  /** What it took up each year (by its first document naming it), ascending; `year: null` for undated documents. */
  byYear: z.array(z.object({ year: z.number().int().nullable(), strategies: z.array(PlaceAdoption) })),
  /** The strategies it was first in the corpus to name. */
  firsts: z.array(PlaceAdoption),
  graphVersion: z.string().nullable(),
});
export type PlaceAdoptionsResponse = z.infer<typeof PlaceAdoptionsResponse>;

// ───────────────────────────── GET /api/reuse ─────────────────────────────

export const ReuseQuery = query(() =>
  z.strictObject({
    document: idParam('Only pairs with a passage in this document id.').optional(),
    place: idParam('Only pairs with a passage in a document about this place id.', 'place:4115').optional(),
    minSimilarity: intParam(0, 100, 0, 'Only pairs at least this similar, in percent (character-shingle Jaccard × 100).'),
    limit: intParam(1, 500, 100, 'Pairs to return at most, best first.'),
  }),
);
export type ReuseQuery = z.infer<typeof ReuseQuery>;

/** One side of a reuse pair: the document, its place, the whole sentence and the reused passage within it. */
export const ReuseSide = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  documentDate: z.string().nullable(),
  place: PlaceRef.nullable(),
  /** The sentence holding the passage, with its offsets in the document's original text. */
  sentence: z.object({ id: z.string(), text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  /** The passage that is reused, as offsets in the document's original text (inside the sentence). */
  passage: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() }),
});
export type ReuseSide = z.infer<typeof ReuseSide>;

export const ReusePair = z.object({
  /** Character-shingle Jaccard of the two passages, 0–1. */
  similarity: z.number().min(0).max(1),
  /** The later document, which repeats… */
  from: ReuseSide,
  /** …the earlier one. */
  to: ReuseSide,
});
export type ReusePair = z.infer<typeof ReusePair>;

export const ReuseResponse = z.object({
  /** Best first. */
  pairs: z.array(ReusePair),
  /** Pairs matching the filter before `limit`. */
  total: z.number().int().nonnegative(),
  /** The pairs as links between the places the documents are about (later place → earlier place). */
  placeLinks: z.array(z.object({ source: z.string(), target: z.string(), pairs: z.number().int().positive(), similarity: z.number().min(0).max(1) })),
  places: z.array(PlaceRef),
  graphVersion: z.string().nullable(),
});
export type ReuseResponse = z.infer<typeof ReuseResponse>;

// ───────────────────────────── GET /api/graph/clusters ─────────────────────────────

export const ClustersQuery = query(() =>
  z.strictObject({
    /** Strategies of these scopes only (the explorer leaves national formulas out unless asked). Default: all. */
    scopes: optionalList(ScopeList),
  }),
);
export type ClustersQuery = z.infer<typeof ClustersQuery>;

/** Centrality in the place–strategy graph: PageRank (sums to 1 over all nodes) and normalised betweenness (0–1). */
export const Centrality = z.object({ pagerank: z.number().nonnegative(), betweenness: z.number().nonnegative() });

export const ClustersResponse = z.object({
  /** Every place pursuing a kept strategy, with its community and centrality; most central first. */
  places: z.array(PlaceRef.extend({ cluster: z.number().int().nonnegative(), strategies: z.number().int().nonnegative(), ...Centrality.shape })),
  /** Every kept strategy with its centrality; most central first. */
  strategies: z.array(
    z.object({ id: z.string(), name: z.string(), scope: StrategyScope.optional(), places: z.number().int().nonnegative(), ...Centrality.shape }),
  ),
  /** Communities of places that share strategies (Louvain on the place graph weighted by shared strategies), largest first. */
  clusters: z.array(
    z.object({
      id: z.number().int().nonnegative(),
      places: z.array(z.string()),
      /** The strategies most of its places share. */
      strategies: z.array(z.object({ id: z.string(), name: z.string(), places: z.number().int().positive() })),
    }),
  ),
  /** Modularity of the partition (−0.5–1; near 0 means no real community structure). */
  modularity: z.number(),
  graphVersion: z.string().nullable(),
});
export type ClustersResponse = z.infer<typeof ClustersResponse>;

// ───────────────────────────── The read operations ─────────────────────────────

/** What a read takes and answers: the `{id}` path parameter when its path has one, its strict query, its answer. */
export interface ReadEndpoint {
  readonly params?: typeof IdParams;
  readonly query: z.ZodObject;
  readonly response: z.ZodType;
}

/**
 * The answer of every read, on its own: the explorer parses answers and never a query, and importing this map instead
 * of READ_ENDPOINTS lets its build drop the query schemas (with their OpenAPI descriptions) from the first view.
 */
export const READ_ANSWERS = {
  searchEntities: SearchResponse,
  getEntity: EntityResponse,
  getOverview: GraphResponse,
  getNeighborhood: GraphResponse,
  getPaths: PathsResponse,
  comparePlaces: CompareResponse,
  rollupPlace: RollupResponse,
  listDocuments: DocumentsResponse,
  getDocument: DocumentResponse,
  getStrategyDiffusion: DiffusionResponse,
  getPlaceAdoptions: PlaceAdoptionsResponse,
  getReuse: ReuseResponse,
  getClusters: ClustersResponse,
  getStats: StatsResponse,
} as const satisfies Record<ReadOperation, z.ZodType>;

/**
 * The schemas of every read in endpoints.ts's READ_PATHS. The routes parse with them, the OpenAPI document is built
 * from them, the repository port (server/src/repository.ts) and the explorer's calls (client/src/api.ts) are typed by
 * them: an operation missing here, or a handler missing for one, fails to compile.
 */
export const READ_ENDPOINTS = {
  searchEntities: { query: SearchQuery, response: READ_ANSWERS.searchEntities },
  getEntity: { params: IdParams, query: EntityQuery, response: READ_ANSWERS.getEntity },
  getOverview: { query: OverviewQuery, response: READ_ANSWERS.getOverview },
  getNeighborhood: { query: NeighborhoodQuery, response: READ_ANSWERS.getNeighborhood },
  getPaths: { query: PathsQuery, response: READ_ANSWERS.getPaths },
  comparePlaces: { query: CompareQuery, response: READ_ANSWERS.comparePlaces },
  rollupPlace: { params: IdParams, query: RollupQuery, response: READ_ANSWERS.rollupPlace },
  listDocuments: { query: DocumentsQuery, response: READ_ANSWERS.listDocuments },
  getDocument: { params: IdParams, query: EmptyQuery, response: READ_ANSWERS.getDocument },
  getStrategyDiffusion: { params: IdParams, query: EmptyQuery, response: READ_ANSWERS.getStrategyDiffusion },
  getPlaceAdoptions: { params: IdParams, query: EmptyQuery, response: READ_ANSWERS.getPlaceAdoptions },
  getReuse: { query: ReuseQuery, response: READ_ANSWERS.getReuse },
  getClusters: { query: ClustersQuery, response: READ_ANSWERS.getClusters },
  getStats: { query: EmptyQuery, response: READ_ANSWERS.getStats },
} as const satisfies Record<ReadOperation, ReadEndpoint>;

type Spec<K extends ReadOperation> = (typeof READ_ENDPOINTS)[K];

/** The parsed input of a read: `{ query }`, plus `{ params: { id } }` when its path has an id. */
export type ReadInput<K extends ReadOperation> = { query: z.infer<Spec<K>['query']> } & (Spec<K> extends { params: z.ZodType }
  ? { params: IdParams }
  : unknown);

/** The answer of a read. */
export type ReadOutput<K extends ReadOperation> = z.infer<Spec<K>['response']>;
