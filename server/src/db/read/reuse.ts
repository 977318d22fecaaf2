// Reads for /api/reuse: REUSES relationships unfolded into passage pairs with both sentences, and the links between places they make.
import type { ManagedTransaction } from 'neo4j-driver';
import type { PlaceRef, ReusePair, ReuseQuery, ReuseResponse, ReuseSide } from '@policygraph/contract/api';
import { READ } from '../cypher/read';
import { toPlain } from '../records';
import { toPlaceRef } from './diffusion';
import { readGraphVersion } from './status';

type RawDoc = { id: string; title: string; date: string | null; place: Parameters<typeof toPlaceRef>[0] | null };
type RawSentence = { id: string; text: string; start: number; end: number };
type RawReuse = {
  from: RawDoc;
  to: RawDoc;
  evidence: string[];
  echoes: string[];
  spans: number[];
  echoSpans: number[];
  similarities: number[];
  sentences: RawSentence[];
};

function side(doc: RawDoc, sentence: RawSentence | undefined, start: number, end: number): ReuseSide | undefined {
  if (!sentence) return undefined;
  return {
    documentId: doc.id,
    documentTitle: doc.title,
    documentDate: doc.date ?? null,
    place: doc.place ? toPlaceRef(doc.place) : null,
    sentence: { id: sentence.id, text: sentence.text, start: sentence.start, end: sentence.end },
    passage: { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) },
  };
}

/** Every reuse pair the stored REUSES hold (filtered), best first, and the place-to-place links they add up to. */
export async function readReuse(tx: ManagedTransaction, q: ReuseQuery): Promise<ReuseResponse> {
  const [res, graphVersion] = await Promise.all([tx.run(READ.reuse, { document: q.document ?? null, place: q.place ?? null }), readGraphVersion(tx)]);
  const pairs: ReusePair[] = [];
  for (const rec of res.records) {
    const raw = Object.fromEntries(rec.keys.map((k) => [k, toPlain(rec.get(k))])) as RawReuse;
    const sentences = new Map(raw.sentences.map((s) => [s.id, s]));
    raw.evidence.forEach((sid, i) => {
      const similarity = raw.similarities[i] ?? 0;
      if (similarity * 100 < q.minSimilarity) return;
      const from = side(raw.from, sentences.get(sid), raw.spans[2 * i]!, raw.spans[2 * i + 1]!);
      const to = side(raw.to, sentences.get(raw.echoes[i]!), raw.echoSpans[2 * i]!, raw.echoSpans[2 * i + 1]!);
      if (from && to) pairs.push({ similarity, from, to });
    });
  }
  pairs.sort((a, b) => b.similarity - a.similarity || a.from.documentId.localeCompare(b.from.documentId) || a.from.passage.start - b.from.passage.start);

  const places = new Map<string, PlaceRef>();
  const links = new Map<string, ReuseResponse['placeLinks'][number]>();
  for (const p of pairs) {
    const a = p.from.place;
    const b = p.to.place;
    if (!a || !b || a.id === b.id) continue;
    places.set(a.id, a);
    places.set(b.id, b);
    const key = `${a.id}->${b.id}`;
    const link = links.get(key) ?? { source: a.id, target: b.id, pairs: 0, similarity: 0 };
    link.pairs++;
    link.similarity = Math.max(link.similarity, p.similarity);
    links.set(key, link);
  }
  return { pairs: pairs.slice(0, q.limit), total: pairs.length, placeLinks: [...links.values()], places: [...places.values()], graphVersion };
}
