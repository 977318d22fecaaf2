// Place forms a name may contain in one document: every province, city and county form, plus the townships and villages of the document's own county.
import { placeLexicon } from '../gazetteer/lexicon';

const cache = new Map<string, (s: string) => boolean>();

/**
 * A test for “S is a place form here”: the base lexicon (all China to county level), and with PLACECODE also the
 * townships and villages inside the document's county (or city, for a city's document). Villages of other
 * counties are left out: village names are often ordinary words (新村, 文化) and would make any phrase a place.
 */
export function localPlaceForm(placeCode: string | null): (s: string) => boolean {
  const key = placeCode ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const base = placeLexicon().byForm;
  const scope = placeCode ? placeCode.slice(0, 6) : null;
  const deep = scope && scope.length >= 4 ? placeLexicon(scope.slice(0, 2)).byForm : null;
  const test = (s: string) => {
    if (base.has(s)) return true;
    const entries = deep?.get(s);
    return !!entries && entries.some((e) => !!e.code && e.code.length > 6 && e.code.startsWith(scope!));
  };
  if (cache.size > 16) cache.clear();
  cache.set(key, test);
  return test;
}
