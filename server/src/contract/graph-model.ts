// The one whitelist of node labels and relationship types; every Cypher label or type is taken from here.
import { z } from 'zod';

/** Entity labels that extraction produces (the four of the extract CLI contract). */
export const ENTITY_TYPES = ['Strategy', 'Project', 'Place', 'Organization'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

/** Every node label the API may show: entities plus the documents they come from. */
export const NODE_TYPES = [...ENTITY_TYPES, 'Document'] as const;
export const NodeType = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof NodeType>;

/** Domain relationship types between nodes the API shows. */
export const REL_TYPES = [
  'PURSUES', // (Place)-[:PURSUES]->(Strategy)
  'LOCATED_IN', // (Project)-[:LOCATED_IN]->(Place)
  'SERVES', // (Project)-[:SERVES]->(Strategy)
  'PARTICIPATES_IN', // (Organization)-[:PARTICIPATES_IN]->(Project)
  'PART_OF', // (Strategy)-[:PART_OF]->(Strategy), (Place)-[:PART_OF]->(Place)
  'ABOUT', // (Document)-[:ABOUT]->(Place)
  'MENTIONS', // (Document)-[:MENTIONS {spans}]->(entity)
] as const;
export const RelType = z.enum(REL_TYPES);
export type RelType = z.infer<typeof RelType>;

/** Internal labels: stored, never returned as graph nodes. */
export const INTERNAL_LABELS = ['Sentence', 'Meta'] as const;

/** Administrative levels of a Place, from the gazetteer (region: 京津冀, 长三角 … outside GB/T 2260). */
export const PLACE_LEVELS = ['country', 'region', 'province', 'city', 'county', 'township', 'village'] as const;
export const PlaceLevel = z.enum(PLACE_LEVELS);
export type PlaceLevel = z.infer<typeof PlaceLevel>;

/** Narrows an untrusted string to a whitelisted label, so it can be spliced into Cypher safely. */
export function asNodeLabel(value: string): NodeType {
  return NodeType.parse(value);
}

/** Narrows an untrusted string to a whitelisted relationship type. */
export function asRelType(value: string): RelType {
  return RelType.parse(value);
}
