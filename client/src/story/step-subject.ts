// What a new story step is about, read from what the explorer shows: its default title and the element it quotes.
import type cytoscape from 'cytoscape';
import type { RelType } from '@policygraph/contract/graph-model';
import { t } from '../i18n';
import type { ViewState } from '../state/view-state';

export interface StepSubject {
  /** The step's default title (the author can change it). */
  title: string;
  /** The element whose own sentence the step quotes, when there is one. */
  elementId?: string;
}

/** "平桥区 —推行→ 项目为王" for an edge, the label for a node. */
export function elementTitle(ele: cytoscape.SingularElementArgument): string {
  if (ele.isNode()) return String(ele.data('label') ?? ele.id());
  const e = ele as cytoscape.EdgeSingular;
  return `${e.source().data('label')} —${t(`rel.${e.data('type') as RelType}`)}→ ${e.target().data('label')}`;
}

/**
 * In order: the selection (node or relation), the paths shown (their ends, quoting the first edge that has a
 * sentence), a strategy's timeline (with its year), a comparison, the focus, the last expanded node; else "课堂故事 n".
 * A step used to take the focus only, so every step after a search carried the first place's name, and a path
 * step took the sentence of whatever was still selected from the step before.
 */
export function stepSubject(cy: cytoscape.Core, state: ViewState, stepNumber: number): StepSubject {
  const on = (id: string | undefined) => (id ? cy.getElementById(id).filter((e) => !e.hasClass('filtered')) : cy.collection());
  const label = (id: string) => String(cy.getElementById(id).data('label') ?? id.replace(/^[a-z]+:/, ''));
  const selected = on(state.selected);
  if (selected.nonempty()) return { title: elementTitle(selected[0]!), elementId: selected.id() };
  const pathEdges = cy.edges('.path').not('.filtered');
  if (state.pathFrom && state.pathTo && pathEdges.nonempty()) {
    const quoted = pathEdges.filter((e) => Number(e.data('evidenceCount') ?? 0) > 0).first();
    return { title: `${label(state.pathFrom)} → ${label(state.pathTo)}`, elementId: (quoted.nonempty() ? quoted : pathEdges.first()).id() };
  }
  if (state.timeline && on(state.timeline).nonempty())
    return { title: state.timelineYear !== undefined ? `${label(state.timeline)} · ${state.timelineYear}` : label(state.timeline) };
  if (state.compare.length >= 2) return { title: state.compare.map(label).join(' · ') };
  if (state.focus && on(state.focus).nonempty()) return { title: label(state.focus), elementId: state.focus };
  const last = [...state.expanded].reverse().find((id) => on(id).nonempty());
  if (last) return { title: label(last), elementId: last };
  return { title: `${t('story.title')} ${stepNumber}` };
}
