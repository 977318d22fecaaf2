// Administrative levels in order, and which level a place rolls up to by default.
import { ROLLUP_LEVELS } from './api';
import type { PlaceLevel } from './model';

type RollupLevel = (typeof ROLLUP_LEVELS)[number];

// A region (京津冀, 长三角) spans provinces, so it sits at the country's rank for roll-ups.
const RANK: Record<PlaceLevel, number> = { country: 0, region: 0, province: 1, city: 2, county: 3, township: 4, village: 5 };

/** The level just below `level`, or undefined for a village (nothing below it). */
export function levelBelow(level: PlaceLevel): RollupLevel | undefined {
  return ROLLUP_LEVELS.find((l) => RANK[l] === RANK[level] + 1);
}

/** Whether `child` is strictly below `parent` in the administrative hierarchy. */
export function isBelow(child: PlaceLevel, parent: PlaceLevel): boolean {
  return RANK[child] > RANK[parent];
}
