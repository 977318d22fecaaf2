// Evidence grouped by relation: one card per relation, named "source —relation→ target", its sentences once each;
// and a path's edges, each with its own sentence or a plain word that it has none.
import type { Evidence, PathsResponse } from '@policygraph/contract/api';
import type { RelType } from '@policygraph/contract/graph-model';
import { t } from '../i18n';
import { h } from './dom';
import { evidenceItem, type SentenceRef } from './side-panel';

/** Reads `TYPE:source->target` (the contract's edge id) back into its parts; undefined for anything else. */
export function parseEdgeId(id: string): { type: string; source: string; target: string } | undefined {
  const m = /^([A-Z_]+):(.+)->(.+)$/.exec(id);
  return m ? { type: m[1]!, source: m[2]!, target: m[3]! } : undefined;
}

/** Names a relation as the explorer does everywhere: `source —推行→ target`. */
export function relationTitle(id: string, labelOf: (id: string) => string): string {
  const e = parseEdgeId(id);
  return e ? `${labelOf(e.source)} —${t(`rel.${e.type as RelType}`)}→ ${labelOf(e.target)}` : id;
}

const sentenceKey = (ev: Evidence) => `${ev.documentId}|${ev.start}|${ev.end}`;

/** One card per relation, in the order of their first sentence (newest document first), each sentence once. */
export function relationCards(
  evidence: readonly (Evidence & { relation: string })[],
  labelOf: (id: string) => string,
  open: (ref: SentenceRef) => void,
): HTMLElement[] {
  const byRelation = new Map<string, Evidence[]>();
  for (const ev of evidence) {
    const list = byRelation.get(ev.relation) ?? [];
    if (!list.some((x) => sentenceKey(x) === sentenceKey(ev))) list.push(ev);
    byRelation.set(ev.relation, list);
  }
  return [...byRelation].map(([relation, list]) =>
    h(
      'section',
      { class: 'relation-card', 'data-relation': relation },
      h('h3', {}, relationTitle(relation, labelOf), ' ', h('span', { class: 'count' }, t('evidence.count', { n: list.length }))),
      h('ol', { class: 'evidence' }, ...list.map((ev) => evidenceItem(ev, open))),
    ),
  );
}

/** A path's edges in order, each with its first sentence, or a note that the edge rests on no sentence. */
export function pathEdgeList(res: PathsResponse, edges: readonly string[], labelOf: (id: string) => string, open: (ref: SentenceRef) => void): HTMLElement {
  return h(
    'ol',
    { class: 'path-edges' },
    ...edges.map((edgeId) => {
      const own = res.evidence[edgeId] ?? [];
      return h(
        'li',
        { 'data-edge': edgeId },
        h('div', { class: 'edge-title' }, relationTitle(edgeId, labelOf)),
        own.length > 0 ? h('ul', { class: 'evidence' }, evidenceItem(own[0]!, open)) : h('p', { class: 'hint no-evidence' }, t('paths.edgeNoEvidence')),
      );
    }),
  );
}
