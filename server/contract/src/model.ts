// The graph model, zod-free so any layer can import it: labels, relationship types with their endpoints, id builders, place levels and GB/T 2260 codes.

/** Entity labels that extraction produces (the four of the extract CLI contract). */
export const ENTITY_TYPES = ['Strategy', 'Project', 'Place', 'Organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Every node label the API may show: entities plus the documents they come from. */
export const NODE_TYPES = [...ENTITY_TYPES, 'Document'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * The one table of relationship types: each with the labels it may join. Domain relations carry evidence and are
 * written by the loader from extraction; `ABOUT` and `MENTIONS` link documents to what they are about and name.
 * Adding a type here is the whole schema change: the whitelist, the writer's patterns and docs/data-model.md
 * (checked by a test) follow from it.
 */
export const RELATIONSHIPS = {
  PURSUES: { domain: true, patterns: [{ from: 'Place', to: 'Strategy' }] },
  LOCATED_IN: { domain: true, patterns: [{ from: 'Project', to: 'Place' }] },
  SERVES: { domain: true, patterns: [{ from: 'Project', to: 'Strategy' }] },
  PARTICIPATES_IN: { domain: true, patterns: [{ from: 'Organization', to: 'Project' }] },
  // Place PART_OF Place comes from the gazetteer (its own rows, no evidence); Strategy PART_OF Strategy from text.
  PART_OF: { domain: true, patterns: [{ from: 'Strategy', to: 'Strategy' }] },
  ABOUT: { domain: false, patterns: [{ from: 'Document', to: 'Place' }] },
  MENTIONS: { domain: false, patterns: ENTITY_TYPES.map((to) => ({ from: 'Document' as const, to })) },
  // Two documents with a sentence each that say nearly the same thing (text reuse), found over the whole corpus
  // after a load (graph-seed/src/reuse/); from the later document to the earlier one it echoes.
  REUSES: { domain: false, patterns: [{ from: 'Document', to: 'Document' }] },
} as const satisfies Record<string, { domain: boolean; patterns: readonly { from: NodeType; to: NodeType }[] }>;

export type RelType = keyof typeof RELATIONSHIPS;
/** Every relationship type the API may show, in the table's order. */
export const REL_TYPES = Object.keys(RELATIONSHIPS) as [RelType, ...RelType[]];

type DomainRelType = { [K in RelType]: (typeof RELATIONSHIPS)[K]['domain'] extends true ? K : never }[RelType];
/** The relationships with sentence evidence between entities, as the extractor produces them. */
export type RelationType = DomainRelType;

/** The domain relationships with evidence, each allowed only between these labels. */
export const RELATION_PATTERNS = (Object.entries(RELATIONSHIPS) as [RelType, (typeof RELATIONSHIPS)[RelType]][])
  .filter(([, r]) => r.domain)
  .flatMap(([type, r]) => r.patterns.map((p) => ({ type: type as RelationType, from: p.from as EntityType, to: p.to as EntityType })));
export type RelationPattern = (typeof RELATION_PATTERNS)[number];

/** The key of a pattern, e.g. `PURSUES:Place->Strategy`. */
export const patternKey = (p: { type: string; from: string; to: string }) => `${p.type}:${p.from}->${p.to}`;

/** The stable id of an edge on the wire and on screen: `TYPE:source->target` (the Cypher builder in db/cypher/read.ts spells the same). */
export const edgeId = (type: string, source: string, target: string) => `${type}:${source}->${target}`;

/** Internal labels: stored, never returned as graph nodes. */
export const INTERNAL_LABELS = ['Sentence', 'Meta', 'Curation', 'Redirect'] as const;

/** Administrative levels of a Place, from the gazetteer (region: 京津冀, 长三角 … outside GB/T 2260). */
export const PLACE_LEVELS = ['country', 'region', 'province', 'city', 'county', 'township', 'village'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/**
 * Where a strategy comes from: a 中央 formula or national strategy, a province's programme, or a city's or county's
 * own coinage. Stored on the Strategy node (`scope`, with `scopeBasis` and `scopeReason`).
 */
export const STRATEGY_SCOPES = ['national', 'provincial', 'local'] as const;
export type StrategyScope = (typeof STRATEGY_SCOPES)[number];
/** How a scope was decided: the curated vocabulary, a cue in the text (“省委提出的…”), or by default from the place of the first document. */
export const SCOPE_BASES = ['vocabulary', 'text', 'default'] as const;
export type ScopeBasis = (typeof SCOPE_BASES)[number];

/** Entity ids: the same for the same real-world thing in every document. */
export const entityId = {
  place: (code: string) => `place:${code}`,
  region: (name: string) => `place:region:${name}`,
  strategy: (name: string) => `strategy:${name}`,
  project: (name: string) => `project:${name}`,
  organization: (name: string) => `org:${name}`,
} as const;

/** GB/T 2260 code length per level: 2 province, 4 city, 6 county, 9 township, 12 village. */
export const CODE_LENGTH = { province: 2, city: 4, county: 6, township: 9, village: 12 } as const satisfies Partial<Record<PlaceLevel, number>>;

/** The level a GB/T 2260 code stands for, from its length; undefined for anything else. */
export function levelOfCode(code: string): PlaceLevel | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  return (Object.entries(CODE_LENGTH) as [PlaceLevel, number][]).find(([, n]) => n === code.length)?.[0];
}

/** The code of the place a code sits in by its digits (411503 → 4115), or null for a province. */
export function parentCodeOf(code: string): string | null {
  const lengths = Object.values(CODE_LENGTH) as number[];
  const i = lengths.indexOf(code.length);
  return i > 0 ? code.slice(0, lengths[i - 1]) : null;
}

/** The GB/T 2260 code of a gazetteer place id (`place:411503` → `411503`), or null for regions and other ids. */
export function codeOfPlaceId(id: string): string | null {
  const m = /^place:(\d+)$/.exec(id);
  return m ? m[1]! : null;
}
