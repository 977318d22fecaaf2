// Reads for /api/compare and /api/places/:id/rollup: what places pursue, side by side and aggregated down the hierarchy.
import type { ManagedTransaction } from 'neo4j-driver';
import type { CompareQuery, CompareResponse, RollupCounts, RollupQuery, RollupResponse } from '@policygraph/contract/api';
import type { PlaceLevel } from '@policygraph/contract/graph-model';
import { buildComparison, type PlaceLinks } from '../../compare';
import { InvalidParameterError, NotFoundError } from '@policygraph/contract/problems';
import { isBelow, levelBelow } from '@policygraph/contract/place-levels';
import { READ } from '../cypher/read';
import { toPlain } from '../records';
import { readGraphVersion } from './status';

/** Strategies and projects of each place, shared and unique, with overlap scores and the strategy × place matrix. */
export async function readComparison(tx: ManagedTransaction, q: CompareQuery): Promise<CompareResponse> {
  const ids = [...new Set(q.places)];
  if (ids.length < 2) throw new InvalidParameterError('places', 'must name at least 2 different places');
  const [res, graphVersion] = await Promise.all([tx.run(READ.compare(q.includeChildren), { ids }), readGraphVersion(tx)]);
  const byId = new Map<string, PlaceLinks>(
    res.records.map((r) => {
      const links: PlaceLinks = {
        id: r.get('id') as string,
        name: r.get('name') as string,
        items: toPlain(r.get('items')) as PlaceLinks['items'],
        ...(r.get('level') ? { level: r.get('level') as PlaceLevel } : {}),
      };
      return [links.id, links];
    }),
  );
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) throw new NotFoundError(`No place with id ${missing.map((m) => `"${m}"`).join(', ')}`);
  return buildComparison(
    ids.map((id) => byId.get(id)!),
    graphVersion,
    q.scopes,
  );
}

const ZERO: RollupCounts = { strategies: 0, projects: 0, organizations: 0, documents: 0 };

/** A place with its descendants at one level, each with distinct counts over its own subtree. */
export async function readRollup(tx: ManagedTransaction, id: string, q: RollupQuery): Promise<RollupResponse> {
  const levelRec = (await tx.run(READ.placeLevel, { id })).records[0];
  if (!levelRec) throw new NotFoundError(`No place with id "${id}"`);
  const placeLevel = (levelRec.get('level') as PlaceLevel | null) ?? 'country';
  const level = q.level ?? levelBelow(placeLevel);
  if (!level) throw new InvalidParameterError('level', `a ${placeLevel} has no administrative level below it`);
  if (!isBelow(level, placeLevel)) throw new InvalidParameterError('level', `must be below the place's own level (${placeLevel})`);

  const [res, graphVersion] = await Promise.all([tx.run(READ.rollup, { id, level }), readGraphVersion(tx)]);
  let root: RollupResponse['place'] | undefined;
  let total = ZERO;
  const children: RollupResponse['children'] = [];
  for (const r of res.records) {
    const counts = toPlain(r.get('counts')) as RollupCounts;
    const code = r.get('code') as string | null;
    const base = { id: r.get('id') as string, name: r.get('name') as string, ...(code ? { code } : {}) };
    if (r.get('isRoot') === true) {
      root = { ...base, ...(r.get('level') ? { level: r.get('level') as PlaceLevel } : {}) };
      total = counts;
    } else {
      children.push({ ...base, counts });
    }
  }
  const sum = children.reduce<RollupCounts>(
    (acc, c) => ({
      strategies: acc.strategies + c.counts.strategies,
      projects: acc.projects + c.counts.projects,
      organizations: acc.organizations + c.counts.organizations,
      documents: acc.documents + c.counts.documents,
    }),
    ZERO,
  );
  return { place: root ?? { id, name: id }, level, children, sum, total, graphVersion };
}
