// How a strategy travelled: each place's first dated sentence, in date order, and whether a higher level or a peer said it earlier.
import type { Adoption, DiffusionDirection, DiffusionResponse, Evidence, PlaceAdoption, PlaceRef } from '@policygraph/contract/api';

/** One evidence sentence of a place's PURSUES link, with its document's date. */
export interface DatedEvidence extends Evidence {
  date: string | null;
  dateInferred: boolean;
  year: number | null;
}

/** A place that pursues the strategy, with every sentence saying so. */
export interface PursuingPlace {
  place: PlaceRef;
  evidence: readonly DatedEvidence[];
}

/**
 * Orders two 'YYYY[-MM[-DD]]' dates at the precision both have: '2022' and '2022-05-01' are the same time
 * (a year-only date cannot be said to come before a day in that year). Undated comes after everything.
 */
export function compareDates(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** The earliest sentence: by its document's date, then document id and position, so the choice is stable. */
export function firstEvidence(evidence: readonly DatedEvidence[]): DatedEvidence | undefined {
  return [...evidence].sort((x, y) => compareDates(x.date, y.date) || x.documentId.localeCompare(y.documentId) || x.start - y.start)[0];
}

/** True when `outer`'s GB/T 2260 code contains `inner`'s (4115 contains 411503); regions have no code and contain nothing. */
const contains = (outer: PlaceRef, inner: PlaceRef) =>
  !!outer.code && !!inner.code && inner.code.length > outer.code.length && inner.code.startsWith(outer.code);

const stripDate = ({ date: _d, dateInferred: _i, year: _y, ...ev }: DatedEvidence): Evidence => ev;

/**
 * The adoption timeline of one strategy. A step is `top-down` when a place containing this one said it earlier,
 * `horizontal` when another place (not inside this one) said it earlier, `bottom-up` when only places inside it
 * did, `first` otherwise; `after` names the latest such earlier adopter (the nearest in time). Places whose
 * sentences are all undated come last, as `first` (nothing can be said about their order).
 */
export function buildDiffusion(strategy: DiffusionResponse['strategy'], places: readonly PursuingPlace[], graphVersion: string | null): DiffusionResponse {
  const firsts = places
    .map((p) => ({ place: p.place, ev: firstEvidence(p.evidence) }))
    .filter((x): x is { place: PlaceRef; ev: DatedEvidence } => x.ev !== undefined)
    .sort((a, b) => compareDates(a.ev.date, b.ev.date) || a.ev.documentId.localeCompare(b.ev.documentId) || a.place.id.localeCompare(b.place.id));

  const adoptions: Adoption[] = firsts.map(({ place, ev }) => {
    const earlier = ev.date === null ? [] : firsts.filter((o) => o.place.id !== place.id && o.ev.date !== null && compareDates(o.ev.date, ev.date) < 0);
    const latest = (xs: typeof earlier) => xs[xs.length - 1];
    const above = earlier.filter((o) => contains(o.place, place));
    const peers = earlier.filter((o) => !contains(o.place, place) && !contains(place, o.place));
    const below = earlier.filter((o) => contains(place, o.place));
    const [direction, from]: [DiffusionDirection, (typeof earlier)[number] | undefined] = above.length
      ? ['top-down', latest(above)]
      : peers.length
        ? ['horizontal', latest(peers)]
        : below.length
          ? ['bottom-up', latest(below)]
          : ['first', undefined];
    return {
      place,
      date: ev.date,
      year: ev.year,
      dateInferred: ev.dateInferred,
      evidence: stripDate(ev),
      direction,
      ...(from ? { after: { placeId: from.place.id, name: from.place.name, date: from.ev.date } } : {}),
    };
  });
  const years = [...new Set(adoptions.flatMap((a) => (a.year === null ? [] : [a.year])))].sort((a, b) => a - b);
  return { strategy, adoptions, years, graphVersion };
}

/** One strategy a place pursues: its own sentences and the earliest date any other place said it. */
export interface PlaceStrategy {
  strategy: PlaceAdoption['strategy'];
  evidence: readonly DatedEvidence[];
  /** Earliest date of another place's sentence for the same strategy; null when none is dated or none exists. */
  othersFirst: string | null;
  /** Whether any other place pursues it at all. */
  othersExist: boolean;
}

/** What a place took up each year (its first sentence per strategy) and which strategies it named first in the corpus. */
export function buildPlaceAdoptions(place: PlaceRef, strategies: readonly PlaceStrategy[], graphVersion: string | null) {
  const items: (PlaceAdoption & { year: number | null })[] = [];
  for (const s of strategies) {
    const ev = firstEvidence(s.evidence);
    if (!ev) continue;
    const firstInCorpus = !s.othersExist || (ev.date !== null && (s.othersFirst === null || compareDates(ev.date, s.othersFirst) <= 0));
    items.push({ strategy: s.strategy, date: ev.date, year: ev.year, evidence: stripDate(ev), firstInCorpus });
  }
  items.sort((a, b) => compareDates(a.date, b.date) || a.strategy.name.localeCompare(b.strategy.name, 'zh-Hans-CN'));
  const years = [...new Set(items.map((i) => i.year))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
  const strip = ({ year: _y, ...rest }: (typeof items)[number]): PlaceAdoption => rest;
  return {
    place,
    byYear: years.map((year) => ({ year, strategies: items.filter((i) => i.year === year).map(strip) })),
    firsts: items.filter((i) => i.firstInCorpus).map(strip),
    graphVersion,
  };
}
