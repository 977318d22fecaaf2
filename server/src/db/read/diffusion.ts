// Reads for /api/strategies/:id/diffusion and /api/places/:id/adoptions: PURSUES links with their evidence's dates.
import type { ManagedTransaction } from 'neo4j-driver';
import type { DiffusionResponse, PlaceAdoptionsResponse, PlaceRef } from '@policygraph/contract/api';
import { ScopeBasis, StrategyScope } from '@policygraph/contract/graph-model';
import { buildDiffusion, buildPlaceAdoptions, compareDates, type DatedEvidence } from '../../diffusion';
import { NotFoundError } from '@policygraph/contract/problems';
import { READ } from '../cypher/read';
import { toPlain } from '../records';
import { readGraphVersion } from './status';

type RawPlace = { id: string; name: string; level?: string | null; code?: string | null; lon?: number | null; lat?: number | null };
type RawDated = Omit<DatedEvidence, 'documentTitle' | 'section'> & { documentTitle?: string | null; section?: string | null };

/** Drops nulls so optional fields are absent rather than null, as the contract has them. */
export function toPlaceRef(raw: RawPlace): PlaceRef {
  const ref: PlaceRef = { id: raw.id, name: raw.name };
  if (raw.level) ref.level = raw.level as NonNullable<PlaceRef['level']>;
  if (raw.code) ref.code = raw.code;
  if (typeof raw.lon === 'number' && typeof raw.lat === 'number') Object.assign(ref, { lon: raw.lon, lat: raw.lat });
  return ref;
}

function toDated(raw: RawDated): DatedEvidence {
  return {
    documentId: raw.documentId,
    ...(raw.documentTitle ? { documentTitle: raw.documentTitle } : {}),
    documentDate: raw.date ?? null,
    sentence: raw.sentence,
    start: raw.start,
    end: raw.end,
    section: raw.section ?? null,
    date: raw.date ?? null,
    dateInferred: raw.dateInferred === true,
    year: typeof raw.year === 'number' ? raw.year : null,
  };
}

const scopeOf = (v: unknown) => StrategyScope.safeParse(v).data;

/** Every place pursuing a strategy with the date and sentence of its first document, and the direction of each step. */
export async function readDiffusion(tx: ManagedTransaction, id: string): Promise<DiffusionResponse> {
  const [res, graphVersion] = await Promise.all([tx.run(READ.diffusion, { id }), readGraphVersion(tx)]);
  const rec = res.records[0];
  if (!rec) throw new NotFoundError(`No strategy with id "${id}"`);
  const scope = scopeOf(rec.get('scope'));
  const basis = ScopeBasis.safeParse(rec.get('scopeBasis')).data;
  const reason = rec.get('scopeReason') as string | null;
  const strategy: DiffusionResponse['strategy'] = {
    id: rec.get('id') as string,
    name: rec.get('name') as string,
    ...(scope ? { scope } : {}),
    ...(basis ? { scopeBasis: basis } : {}),
    ...(reason ? { scopeReason: reason } : {}),
  };
  const places = (toPlain(rec.get('places')) as { place: RawPlace; evidence: RawDated[] }[]).map((p) => ({
    place: toPlaceRef(p.place),
    evidence: p.evidence.map(toDated),
  }));
  return buildDiffusion(strategy, places, graphVersion);
}

/** What a place took up each year and the strategies it was first in the corpus to name. */
export async function readPlaceAdoptions(tx: ManagedTransaction, id: string): Promise<PlaceAdoptionsResponse> {
  const [res, graphVersion] = await Promise.all([tx.run(READ.placeAdoptions, { id }), readGraphVersion(tx)]);
  const rec = res.records[0];
  if (!rec) throw new NotFoundError(`No place with id "${id}"`);
  type Raw = { strategy: { id: string; name: string; scope?: string | null }; evidence: RawDated[]; othersExist: boolean; otherDates: string[] };
  const strategies = (toPlain(rec.get('strategies')) as Raw[]).map((s) => {
    const scope = scopeOf(s.strategy.scope);
    return {
      strategy: { id: s.strategy.id, name: s.strategy.name, ...(scope ? { scope } : {}) },
      evidence: s.evidence.map(toDated),
      othersExist: s.othersExist,
      othersFirst: [...s.otherDates].sort(compareDates)[0] ?? null,
    };
  });
  return buildPlaceAdoptions(toPlaceRef(toPlain(rec.get('place')) as RawPlace), strategies, graphVersion);
}
