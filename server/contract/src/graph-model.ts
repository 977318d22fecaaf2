// The one whitelist of node labels and relationship types as zod enums; every Cypher label or type is taken from here.
import { z } from './zod';
import { ENTITY_TYPES, NODE_TYPES, PLACE_LEVELS, REL_TYPES, SCOPE_BASES, STRATEGY_SCOPES } from './model';

export * from './model';

// Each zod enum shares its name with the type of the same list in model.ts (a local export shadows `export *`).
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;
export const NodeType = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof NodeType>;
export const RelType = z.enum(REL_TYPES);
export type RelType = z.infer<typeof RelType>;
export const PlaceLevel = z.enum(PLACE_LEVELS);
export type PlaceLevel = z.infer<typeof PlaceLevel>;
export const StrategyScope = z.enum(STRATEGY_SCOPES);
export type StrategyScope = z.infer<typeof StrategyScope>;
export const ScopeBasis = z.enum(SCOPE_BASES);
export type ScopeBasis = z.infer<typeof ScopeBasis>;

/** Narrows an untrusted string to a whitelisted label, so it can be spliced into Cypher safely. */
export function asNodeLabel(value: string): NodeType {
  return NodeType.parse(value);
}

/** Narrows an untrusted string to a whitelisted relationship type. */
export function asRelType(value: string): RelType {
  return RelType.parse(value);
}
