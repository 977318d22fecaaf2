// Scores an extraction against a hand-written gold annotation: entities and relations per type, the document's place, Strategy⇄Project confusions.
import { ENTITY_TYPES, type EntityType } from '@policygraph/contract/graph-model';
import { RELATIONSHIPS } from '@policygraph/contract/model';
import type { ExtractedEntity, ExtractionResult, RelationType } from '../extract/types';

export interface GoldEntity {
  name: string;
  also?: string[];
  /** Places: the expected id (place:<code> or place:region:<name>). */
  id?: string;
  /** Places: any place of this name under this code (two villages of one name in a county). */
  within?: string;
}

export interface GoldRelation {
  type: RelationType;
  /** The `name` of a gold entity of the relation's source type. */
  from: string;
  to: string;
}

export interface GoldFile {
  source: string;
  /** Path of the document, relative to the repository root (samples) or to the blind set's text folder (NNN.txt). */
  text: string;
  annotation?: string;
  placeCode?: string;
  placeName?: string;
  entities: Record<EntityType, GoldEntity[]>;
  /** The 3–8 key relations the text clearly states (blind set); absent for the samples. */
  relations?: GoldRelation[];
}

export interface TypeScore {
  type: EntityType;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  missed: string[];
  spurious: string[];
  /**
   * Missed gold entities that a spurious entity of the same type overlaps by name (one name holds the other: a project
   * found without its 开发建设项目 tail, or with a verb before it). Strict scoring counts each as one miss and one
   * spurious; this says how many of the errors are boundaries rather than things not found at all.
   */
  boundary: string[];
}

/** Whether two names are the same thing cut at another boundary: one holds the other, the shorter of 3 letters or more. */
export function overlapsByName(a: string, b: string): boolean {
  const [x, y] = [normName(a), normName(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && short !== long && long.includes(short);
}

/** Compares names without quotes, list commas, dots, brackets and spaces: “党建统领、条块融合” = 党建统领条块融合. */
export const normName = (s: string) => s.replace(/[“”"'‘’、·•,，\s（）()]/g, '').toLowerCase();

/** Whether a predicted entity is the gold one: by id for places with one, by name under a code, else by any name. */
export function entityMatches(p: Pick<ExtractedEntity, 'id' | 'name' | 'aliases' | 'code'>, g: GoldEntity, type: EntityType): boolean {
  if (type === 'Place') {
    if (g.id) return p.id === g.id;
    if (g.within) return normName(p.name) === normName(g.name) && (p.code ?? '').startsWith(g.within);
  }
  const names = new Set([g.name, ...(g.also ?? [])].map(normName));
  return [p.name, ...p.aliases].some((n) => names.has(normName(n)));
}

const mentioned = (result: ExtractionResult, type: EntityType) => result.entities.filter((e) => e.type === type && e.mentions.length > 0);

/** Entity-level scores per type: an entity is found when any of its names (or, for places, its id) matches. */
export function score(result: ExtractionResult, gold: GoldFile): TypeScore[] {
  const out: TypeScore[] = [];
  for (const type of ENTITY_TYPES) {
    const predicted = mentioned(result, type);
    const goldList = gold.entities[type] ?? [];
    const used = new Set<number>();
    const missed: string[] = [];
    for (const g of goldList) {
      const idx = predicted.findIndex((p, i) => !used.has(i) && entityMatches(p, g, type));
      if (idx >= 0) used.add(idx);
      else missed.push(g.name);
    }
    const spurious = predicted.filter((_, i) => !used.has(i)).map((p) => p.name);
    const taken = new Set<number>();
    const boundary = missed.filter((m) => {
      const g = goldList.find((x) => x.name === m)!;
      const i = spurious.findIndex((p, j) => !taken.has(j) && [g.name, ...(g.also ?? [])].some((n) => overlapsByName(n, p)));
      if (i >= 0) taken.add(i);
      return i >= 0;
    });
    const matched = used.size;
    out.push({
      type,
      gold: goldList.length,
      predicted: predicted.length,
      matched,
      precision: predicted.length ? matched / predicted.length : goldList.length ? 0 : 1,
      recall: goldList.length ? matched / goldList.length : 1,
      missed,
      spurious,
      boundary,
    });
  }
  return out;
}

/** The four relation types gold annotations list (PART_OF is not annotated). */
export const SCORED_RELATIONS = ['PURSUES', 'LOCATED_IN', 'SERVES', 'PARTICIPATES_IN'] as const satisfies readonly RelationType[];
type ScoredRelation = (typeof SCORED_RELATIONS)[number];

export interface RelationScore {
  type: ScoredRelation;
  /** Gold relations of this type, and how many of them some predicted relation matches. */
  gold: number;
  found: number;
  /** Predicted relations of this type whose two ends are both gold entities: judged, and of them correct. */
  judged: number;
  correct: number;
  /** Predicted relations with an end that is no gold entity: gold lists only the key relations, so not judged. */
  unjudged: number;
  missed: string[];
  /** Judged predicted relations that gold does not list. */
  wrong: string[];
  /** Judged LOCATED_IN that name a place containing gold's (the county where gold names its township): true, so not wrong, but not found. */
  coarser: string[];
  /**
   * Gold relations found when an end's boundary is forgiven: the produced end is a name that no gold entity matches but
   * that holds or is held by the gold one (a project found without its 开发建设项目 tail, placed where gold places it).
   * Strict `found` counts them as missed; this tells a relation not read from one read on a name cut elsewhere.
   */
  foundForgiven: number;
  /**
   * Precision where gold says the same of the project: produced relations whose project is the project of a gold relation
   * of this type (LOCATED_IN, SERVES, PARTICIPATES_IN; PURSUES has no project end, 0 and 0), whatever the other end. Gold lists only key
   * relations, so 兴业县扶贫生态移民工程 → 兴业县 beside a gold 兴业县环城公路 → 兴业县 is true but judged wrong; here only
   * projects whose place (aim, builder) gold wrote are judged, so a wrong place is still wrong and an unlisted one is
   * not counted.
   */
  judgedByProject: number;
  correctByProject: number;
  /** The judged-by-project relations that are wrong (another place or aim than gold's). */
  wrongByProject: string[];
}

/**
 * Relation scores per type. A predicted relation matches a gold one when the type is the same and each end matches
 * the gold entity named there (by id, name or accepted names). Gold lists only 3–8 key relations per document, so
 * precision is measured only over predicted relations whose both ends are gold entities; the rest are counted as
 * unjudged.
 */
export function scoreRelations(result: ExtractionResult, gold: GoldFile, minConfidence = 0): RelationScore[] {
  const kept = result.relations.filter((r) => (r.confidence ?? 1) >= minConfidence);
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const endOf = (id: string) => byId.get(id) ?? { id, name: '', aliases: [], code: id.startsWith('place:') ? id.slice(6) : undefined };
  // The gold entity an end names, looked up under the type the relation joins, then under any type (an annotator
  // may locate a project in a park listed as a Project: no Place can match it, so it stays missed).
  const goldEntity = (name: string, type: EntityType): GoldEntity | undefined => {
    for (const t of [type, ...ENTITY_TYPES.filter((x) => x !== type)]) {
      const list = gold.entities[t] ?? [];
      const g = list.find((g) => g.name === name) ?? list.find((g) => (g.also ?? []).includes(name));
      if (g) return g;
    }
    return undefined;
  };
  const isGold = (id: string, type: EntityType) => (gold.entities[type] ?? []).some((g) => entityMatches(endOf(id), g, type));
  const label = (r: { from: string; to: string }, names = false) =>
    names ? `${endOf(r.from).name || r.from} → ${endOf(r.to).name || r.to}` : `${r.from} → ${r.to}`;
  const out: RelationScore[] = [];
  for (const type of SCORED_RELATIONS) {
    const { from: fromType, to: toType } = RELATIONSHIPS[type].patterns[0];
    const goldRels = (gold.relations ?? [])
      .filter((r) => r.type === type)
      .map((r) => ({ r, from: goldEntity(r.from, fromType), to: goldEntity(r.to, toType) }));
    const predicted = kept.filter((r) => r.type === type);
    const hits = (p: (typeof predicted)[number], g: (typeof goldRels)[number]) =>
      !!g.from && !!g.to && entityMatches(endOf(p.from), g.from, fromType) && entityMatches(endOf(p.to), g.to, toType);
    const missed = goldRels.filter((g) => !predicted.some((p) => hits(p, g))).map((g) => label(g.r));
    const judged = predicted.filter((p) => isGold(p.from, fromType) && isGold(p.to, toType));
    // P → 甲县 where gold says P → 乙镇 of 甲县 is true, only less precise: correct for precision, not found for recall.
    // A gold place with an id lies strictly under the predicted code; one given only `within` lies somewhere under it.
    const containsGold = (outer: string | undefined, g: GoldEntity | undefined) => {
      if (!outer || !g) return false;
      if (g.id) {
        const inner = g.id.replace(/^place:/, '');
        return inner.length > outer.length && inner.startsWith(outer);
      }
      return !!g.within && g.within.startsWith(outer);
    };
    const coarser = (p: (typeof predicted)[number]) =>
      type === 'LOCATED_IN' && goldRels.some((g) => !!g.from && entityMatches(endOf(p.from), g.from, fromType) && containsGold(endOf(p.to).code, g.to));
    const wrong = judged.filter((p) => !goldRels.some((g) => hits(p, g)) && !coarser(p));
    // An end matches forgivingly when it matches, or when it is no gold entity and its name overlaps the gold one's.
    const endForgiven = (id: string, g: GoldEntity | undefined, t: EntityType) =>
      !!g && (entityMatches(endOf(id), g, t) || (!isGold(id, t) && [g.name, ...(g.also ?? [])].some((n) => overlapsByName(n, endOf(id).name))));
    const foundForgiven = goldRels.filter((g) => predicted.some((p) => endForgiven(p.from, g.from, fromType) && endForgiven(p.to, g.to, toType))).length;
    const projectEnd = fromType === 'Project' ? 'from' : toType === 'Project' ? 'to' : undefined;
    // Any produced relation of such a project is judged, whatever its other end: gold lists every place and strategy
    // of the text, so one it does not hold is no place or aim of the project either.
    const byProject = projectEnd
      ? predicted.filter((p) => goldRels.some((g) => !!g[projectEnd] && entityMatches(endOf(p[projectEnd]), g[projectEnd]!, 'Project')))
      : [];
    out.push({
      type,
      gold: goldRels.length,
      found: goldRels.length - missed.length,
      judged: judged.length,
      correct: judged.length - wrong.length,
      unjudged: predicted.length - judged.length,
      missed,
      wrong: wrong.map((p) => label(p, true)),
      coarser: judged.filter((p) => !goldRels.some((g) => hits(p, g)) && coarser(p)).map((p) => label(p, true)),
      foundForgiven,
      judgedByProject: byProject.length,
      correctByProject: byProject.filter((p) => goldRels.some((g) => hits(p, g)) || coarser(p)).length,
      wrongByProject: byProject.filter((p) => !goldRels.some((g) => hits(p, g)) && !coarser(p)).map((p) => label(p, true)),
    });
  }
  return out;
}

export interface PlaceScore {
  expected: string | null;
  predicted: string | null;
  /** The code is exactly the expected one. */
  exact: boolean;
  /** Exact, or the right county where a township (or village) was expected. */
  within: boolean;
}

/** The document's own place: the extraction's placeId against the gold placeCode. */
export function scorePlace(result: ExtractionResult, gold: GoldFile): PlaceScore {
  const expected = gold.placeCode ?? null;
  const id = result.document.placeId;
  const predicted = id?.startsWith('place:') ? id.slice(6) : null;
  const exact = !!expected && predicted === expected;
  const within = exact || (!!expected && !!predicted && expected.length > 6 && predicted === expected.slice(0, 6));
  return { expected, predicted, exact, within };
}

export interface Confusion {
  name: string;
  gold: 'Strategy' | 'Project';
  predicted: 'Strategy' | 'Project';
}

/** Gold strategies the extraction typed as projects and gold projects typed as strategies (by any accepted name). */
export function typeConfusions(result: ExtractionResult, gold: GoldFile): { confusions: Confusion[]; goldNames: number } {
  const confusions: Confusion[] = [];
  for (const [g, p] of [
    ['Strategy', 'Project'],
    ['Project', 'Strategy'],
  ] as const) {
    const predicted = mentioned(result, p);
    for (const ge of gold.entities[g] ?? []) {
      if (predicted.some((e) => entityMatches(e, ge, g))) confusions.push({ name: ge.name, gold: g, predicted: p });
    }
  }
  return { confusions, goldNames: (gold.entities.Strategy ?? []).length + (gold.entities.Project ?? []).length };
}

/**
 * Relations below this confidence are guesses (a strategy named only in the section's heading, a project placed only
 * by 我县 in its clause); the explorer can hide them, so the scorer reports the confident ones apart as well.
 */
export const CONFIDENT = 0.6;

/** Everything measured on one document. */
export interface DocumentScore {
  entities: TypeScore[];
  relations: RelationScore[];
  /** The same, over the relations of confidence ≥ CONFIDENT only. */
  confidentRelations: RelationScore[];
  place: PlaceScore;
  confusions: Confusion[];
  goldNames: number;
}

export function scoreDocument(result: ExtractionResult, gold: GoldFile): DocumentScore {
  const { confusions, goldNames } = typeConfusions(result, gold);
  return {
    entities: score(result, gold),
    relations: scoreRelations(result, gold),
    confidentRelations: scoreRelations(result, gold, CONFIDENT),
    place: scorePlace(result, gold),
    confusions,
    goldNames,
  };
}
