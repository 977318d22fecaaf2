// Scores an extraction against a hand-written gold annotation: precision and recall per entity type, entity level.
import { ENTITY_TYPES, type EntityType } from '@policygraph/contract/graph-model';
import type { ExtractionResult } from '../extract/types';

export interface GoldEntity {
  name: string;
  also?: string[];
  /** Places: the expected id (place:<code> or place:region:<name>). */
  id?: string;
  /** Places: any place of this name under this code (two villages of one name in a county). */
  within?: string;
}

export interface GoldFile {
  source: string;
  /** Path of the document, relative to the repository root. */
  text: string;
  annotation?: string;
  placeCode?: string;
  entities: Record<EntityType, GoldEntity[]>;
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
}

/** Compares names without quotes, list commas, dots, brackets and spaces: “党建统领、条块融合” = 党建统领条块融合. */
export const normName = (s: string) => s.replace(/[“”"'‘’、·•,，\s（）()]/g, '').toLowerCase();

/** Entity-level scores per type: an entity is found when any of its names (or, for places, its id) matches. */
export function score(result: ExtractionResult, gold: GoldFile): TypeScore[] {
  const out: TypeScore[] = [];
  for (const type of ENTITY_TYPES) {
    const predicted = result.entities.filter((e) => e.type === type && e.mentions.length > 0);
    const goldList = gold.entities[type] ?? [];
    const used = new Set<number>();
    const missed: string[] = [];
    for (const g of goldList) {
      const names = new Set([g.name, ...(g.also ?? [])].map(normName));
      const idx = predicted.findIndex((p, i) => {
        if (used.has(i)) return false;
        if (type === 'Place') {
          if (g.id) return p.id === g.id;
          if (g.within) return normName(p.name) === normName(g.name) && (p.code ?? '').startsWith(g.within);
        }
        return [p.name, ...p.aliases].some((n) => names.has(normName(n)));
      });
      if (idx >= 0) used.add(idx);
      else missed.push(g.name);
    }
    const spurious = predicted.filter((_, i) => !used.has(i)).map((p) => p.name);
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
    });
  }
  return out;
}
