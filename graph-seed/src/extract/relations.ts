// Relations read from the text, each with the sentences it rests on: PURSUES, LOCATED_IN, SERVES, PARTICIPATES_IN, Strategy PART_OF.
import { chainOf } from '../gazetteer/lexicon';
import { placeId } from '../gazetteer/divisions';
import type { NSentence } from '../structure';
import type { Candidate, DocContext } from './context';
import type { ExtractedRelation, RelationEvidence, RelationType } from './types';

const MAX_EVIDENCE = 5;

class RelationSet {
  private map = new Map<string, ExtractedRelation>();
  add(type: RelationType, from: string, to: string, s: NSentence | undefined, confidence: number): void {
    if (!s || from === to) return;
    const key = `${type}|${from}|${to}`;
    let r = this.map.get(key);
    if (!r) {
      r = { type, from, to, evidence: [], confidence, source: 'text' };
      this.map.set(key, r);
    }
    r.confidence = Math.max(r.confidence ?? 0, confidence);
    if (r.evidence.some((e) => e.index === s.index)) {
      const ev = r.evidence.find((e) => e.index === s.index)!;
      ev.confidence = Math.max(ev.confidence ?? 0, confidence);
      return;
    }
    if (r.evidence.length >= MAX_EVIDENCE) {
      // Keep the strongest evidence: replace the weakest when this one is stronger.
      let weakest = 0;
      r.evidence.forEach((e, i) => {
        if ((e.confidence ?? 1) < (r!.evidence[weakest]!.confidence ?? 1)) weakest = i;
      });
      if ((r.evidence[weakest]!.confidence ?? 1) >= confidence) return;
      r.evidence.splice(weakest, 1);
    }
    const ev: RelationEvidence = { sentence: s.text, start: s.start, end: s.end, index: s.index, confidence };
    r.evidence.push(ev);
    r.evidence.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  }
  list(): ExtractedRelation[] {
    return [...this.map.values()];
  }
}

/** Who a strategy is attributed to, from the words before it in its sentence: 省委 → the province, 开封市委 → 开封市. */
function actorOf(doc: DocContext, m: Candidate, places: Candidate[], s: NSentence): { id: string; explicit: boolean } | null {
  const text = doc.norm.text;
  const before = text.slice(s.nStart, m.nStart);
  const chain = doc.placeCode ? chainOf(doc.placeCode) : [];
  const at = (lv: string) => chain.find((p) => p.level === lv);
  // The nearest preceding actor: a place named as one (“开封市委”), the document's own place as subject (“兰考树牢…”),
  // or a bare role (“省委”, “全市”) standing for the document's province, city or county.
  let best: { pos: number; id: string } | null = null;
  const own = doc.placeCode;
  for (const p of places) {
    if (p.nEnd > m.nStart || p.nStart < s.nStart || !p.code) continue;
    const asActor = /^(?:委|市委|县委|区委|省委|政府|人民政府|提出|确定|实施)/.test(text.slice(p.nEnd, p.nEnd + 4));
    const isOwn = !!own && p.code === own;
    if ((asActor || isOwn) && (!best || p.nStart > best.pos)) best = { pos: p.nStart, id: p.id };
  }
  const roleRe = /(省委|省政府|全省|市委|市政府|全市|区委|区政府|全区|县委|县政府|全县)/g;
  for (const r of before.matchAll(roleRe)) {
    const pos = s.nStart + r.index;
    if (best && best.pos > pos) continue;
    // “开封市委”: the role belongs to the place written right before it (handled above); “**市委”: masked, unknown.
    if (places.some((p) => p.nEnd === pos || p.nEnd === pos + 1) || text[pos - 1] === '*') continue;
    const lv = r[0].startsWith('省') || r[0] === '全省' ? 'province' : r[0].includes('市') ? 'city' : 'county';
    const p = lv === 'county' ? (at('county') ?? at('city')) : at(lv);
    if (p) best = { pos, id: placeId(p.code) };
  }
  if (best) return { id: best.id, explicit: true };
  if (doc.placeCode) return { id: placeId(doc.placeCode), explicit: false };
  return null;
}

/** All text relations of one document, from its settled candidates. */
export function buildRelations(doc: DocContext, cands: Candidate[]): ExtractedRelation[] {
  const rels = new RelationSet();
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) {
    const s = doc.sentenceAt(c.nStart);
    if (!s) continue;
    const list = bySentence.get(s.index) ?? [];
    list.push(c);
    bySentence.set(s.index, list);
  }
  const sentences = doc.structure.sentences;
  // Strategies named in each heading, for projects that sit under it.
  const headingStrategies = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.type !== 'Strategy') continue;
    const s = doc.sentenceAt(c.nStart);
    if (!s) continue;
    const h = doc.structure.headings[s.headingIndex];
    if (h && c.nStart >= h.nStart && c.nEnd <= h.nEnd) {
      const list = headingStrategies.get(s.headingIndex) ?? [];
      list.push(c);
      headingStrategies.set(s.headingIndex, list);
    }
  }
  const docPlace = doc.placeCode ? placeId(doc.placeCode) : null;
  const docChain = doc.placeCode ? chainOf(doc.placeCode) : [];
  const docProvince = docChain.find((p) => p.level === 'province')?.code ?? null;

  for (const [si, list] of bySentence) {
    const s = sentences[si]!;
    const places = list.filter((c) => c.type === 'Place');
    const strategies = list.filter((c) => c.type === 'Strategy');
    const projects = list.filter((c) => c.type === 'Project');
    const orgs = list.filter((c) => c.type === 'Organization');

    for (const m of strategies) {
      const actor = actorOf(doc, m, places, s);
      if (actor) {
        const named = actor.explicit || places.some((p) => p.id === actor.id);
        rels.add('PURSUES', actor.id, m.id, s, named ? 1 : 0.8);
        // A strategy set by a higher level (省委提出的…) is also pursued by the document's place, which follows it.
        if (docPlace && actor.id !== docPlace && docChain.some((p) => placeId(p.code) === actor.id)) rels.add('PURSUES', docPlace, m.id, s, 0.7);
      }
      if (m.partOf && cands.some((c) => c.id === m.partOf)) rels.add('PART_OF', m.id, m.partOf, s, 0.6);
    }

    for (const p of projects) {
      const nested = places.filter((pl) => pl.nStart >= p.nStart && pl.nEnd <= p.nEnd && pl.code && (!docProvince || pl.code.startsWith(docProvince)));
      const deepest = nested.sort((a, b) => (b.code?.length ?? 0) - (a.code?.length ?? 0))[0];
      if (deepest) rels.add('LOCATED_IN', p.id, deepest.id, s, 0.9);
      else {
        const local = places.filter(
          (pl) =>
            pl.code &&
            doc.placeCode &&
            pl.code.length > doc.placeCode.length &&
            pl.code.startsWith(doc.placeCode) &&
            (pl.level === 'township' || pl.level === 'village' || pl.level === 'county'),
        );
        if (local.length === 1) rels.add('LOCATED_IN', p.id, local[0]!.id, s, 0.7);
        else if (docPlace) rels.add('LOCATED_IN', p.id, docPlace, s, 0.6);
      }
      for (const st of strategies) rels.add('SERVES', p.id, st.id, s, 0.9);
      if (!strategies.length) for (const st of headingStrategies.get(s.headingIndex) ?? []) rels.add('SERVES', p.id, st.id, s, 0.5);
      for (const o of orgs) {
        const inside = o.nStart >= p.nStart && o.nEnd <= p.nEnd;
        rels.add('PARTICIPATES_IN', o.id, p.id, s, inside ? 0.9 : 0.6);
      }
    }
  }
  return rels.list();
}
