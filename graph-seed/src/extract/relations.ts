// Relations read from the text, each with the sentences it rests on: PURSUES, LOCATED_IN, SERVES, PARTICIPATES_IN, Strategy PART_OF.
import { chainOf } from '../gazetteer/lexicon';
import { placeId } from '../gazetteer/divisions';
import type { NSentence } from '../structure';
import type { Candidate, DocContext } from './context';
import { locationsOf } from './located-in';
import { pursuersOf } from './relations-pursues';
import { participatesConfidence } from './relations-participation';
import { servesConfidence, servesOfStory, strategiesNamedIn } from './relations-serves';
import { frameStrategyNames } from './vocabulary';
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

  const allPlaces = cands.filter((c) => c.type === 'Place' && c.code);
  const frames = frameStrategyNames();
  const docStrategies = cands.filter((c) => c.type === 'Strategy' && !frames.has(c.name));
  for (const [si, list] of bySentence) {
    const s = sentences[si]!;
    const places = list.filter((c) => c.type === 'Place');
    const strategies = list.filter((c) => c.type === 'Strategy');
    const projects = list.filter((c) => c.type === 'Project');
    const orgs = list.filter((c) => c.type === 'Organization');

    for (const m of strategies) {
      if (!frames.has(m.name)) for (const p of pursuersOf(doc, m, s, list, allPlaces)) rels.add('PURSUES', p.id, m.id, s, p.confidence);
      if (m.partOf && cands.some((c) => c.id === m.partOf)) rels.add('PART_OF', m.id, m.partOf, s, 0.6);
    }

    for (const p of projects) {
      for (const loc of locationsOf(doc, s, p, places, docProvince, docPlace, projects, allPlaces)) rels.add('LOCATED_IN', p.id, loc.to, s, loc.confidence);
      for (const st of strategies) {
        const c = servesConfidence(doc.norm.text, s, p, st, projects);
        if (c) rels.add('SERVES', p.id, st.id, s, c);
      }
      for (const id of strategiesNamedIn(p, docStrategies)) rels.add('SERVES', p.id, id, s, 0.85);
      // A heading that names one strategy (一、深入实施乡村振兴战略) is the aim of the projects under it; one that names
      // several (一、实施A和B) does not say which project serves which, so it links none.
      const headed = new Set((headingStrategies.get(s.headingIndex) ?? []).map((st) => st.id));
      if (!strategies.length && headed.size === 1) rels.add('SERVES', p.id, [...headed][0]!, s, 0.5);
      for (const o of orgs) {
        const c = participatesConfidence(doc.norm.text, s, p, o, orgs, projects);
        if (c) rels.add('PARTICIPATES_IN', o.id, p.id, s, c);
      }
    }
  }
  for (const r of servesOfStory(doc, cands)) rels.add('SERVES', r.from, r.to, r.s, r.confidence);
  return rels.list();
}
