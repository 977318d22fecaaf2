// Cytoscape stylesheet of the explorer: one colour and shape per node type, size by degree, readable Chinese labels.
import type cytoscape from 'cytoscape';
import { NODE_TYPES, REL_TYPES, type NodeType, type RelType } from '@policygraph/contract/model';

export const TYPE_COLORS: Record<NodeType, string> = {
  Strategy: '#d9480f',
  Project: '#2b8a3e',
  Place: '#1c7ed6',
  Organization: '#7048e8',
  Document: '#868e96',
};

/** Darker shades of the type colours for white text on them (search suggestion badges): 4.5:1 or better. */
export const TYPE_BADGE_COLORS: Record<NodeType, string> = {
  Strategy: '#c2410c',
  Project: '#237032',
  Place: '#1864ab',
  Organization: '#7048e8',
  Document: '#5c636b',
};

export const TYPE_SHAPES: Record<NodeType, cytoscape.Css.NodeShape> = {
  Strategy: 'diamond',
  Project: 'round-rectangle',
  Place: 'ellipse',
  Organization: 'hexagon',
  Document: 'rectangle',
};

/**
 * Relationship colours sit apart from the node colours (no orange edge into an orange strategy), and each type has
 * a second cue besides colour — its dash and arrowhead — for readers who cannot tell the colours apart.
 */
export const REL_COLORS: Record<RelType, string> = {
  PURSUES: '#a61e4d',
  LOCATED_IN: '#0b7285',
  SERVES: '#8c6d1f',
  PARTICIPATES_IN: '#5f3dc4',
  PART_OF: '#343a40',
  // Greys for the document links, still at 3:1 against white (WCAG 1.4.11): #adb5bd and #ced4da were 2.1 and 1.5.
  ABOUT: '#6f7d8c',
  MENTIONS: '#8d8577',
  REUSES: '#c2255c',
};

/** Line pattern (px of dash and gap; empty for solid) and arrowhead per relationship type. */
export const REL_LINES: Record<RelType, { dash: readonly number[]; arrow: cytoscape.Css.ArrowShape }> = {
  PURSUES: { dash: [], arrow: 'triangle' },
  LOCATED_IN: { dash: [8, 4], arrow: 'vee' },
  SERVES: { dash: [2, 3], arrow: 'triangle-backcurve' },
  PARTICIPATES_IN: { dash: [10, 3, 2, 3], arrow: 'circle-triangle' },
  PART_OF: { dash: [], arrow: 'chevron' },
  ABOUT: { dash: [3, 3], arrow: 'vee' },
  MENTIONS: { dash: [1, 3], arrow: 'triangle' },
  REUSES: { dash: [6, 2, 1, 2], arrow: 'square' },
};

/** Untyped edges and the selection, at 3:1 or better against white. */
export const EDGE_DEFAULT_COLOR = '#868e96';
const SELECTED_COLOR = '#e06c00';

/** Node and relationship types in display order: the model's own lists (zod-free, so the first bundle stays small). */
export const NODE_TYPE_LIST: readonly NodeType[] = NODE_TYPES;
export const REL_TYPE_LIST: readonly RelType[] = REL_TYPES;

/**
 * Node diameter grows with the square root of degree so hubs stand out without swallowing the view. A document's
 * degree counts its mentions, not its importance, so documents stay small.
 */
export function nodeSize(degree: number, type?: string): number {
  const size = Math.min(56, Math.round(18 + 5 * Math.sqrt(Math.max(0, degree))));
  return type === 'Document' ? Math.min(size, 26) : size;
}

const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** On-screen size of a label at zoom 1 and below (labels keep it when zoomed out, and grow when zoomed in). */
export const LABEL_PX = 13;

/**
 * The stylesheet. `labelScale` (1 / zoom when zoomed out) keeps labels the same size on screen; `prioritised`
 * draws only the labels chosen by label priority (class `labelled`), the hovered and the selected ones — every
 * node still carries its label text, transparent, so the renderer measures the boxes exactly as it would draw them.
 */
export function graphStyle(labelScale = 1, prioritised = false): cytoscape.StylesheetJson {
  const k = labelScale;
  const typed = (Object.keys(TYPE_COLORS) as NodeType[]).map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': TYPE_COLORS[type], shape: TYPE_SHAPES[type] },
  }));
  const rels = (Object.keys(REL_COLORS) as RelType[]).map((type) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': REL_COLORS[type],
      'target-arrow-color': REL_COLORS[type],
      'target-arrow-shape': REL_LINES[type].arrow,
      'line-style': (REL_LINES[type].dash.length > 0 ? 'dashed' : 'solid') as cytoscape.Css.LineStyle,
      ...(REL_LINES[type].dash.length > 0 ? { 'line-dash-pattern': [...REL_LINES[type].dash] } : {}),
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': LABEL_PX * k,
        color: '#1d2433',
        'text-valign': 'bottom',
        'text-margin-y': 4 * k,
        'text-wrap': 'ellipsis',
        'text-max-width': `${140 * k}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2 * k,
        'text-opacity': prioritised ? 0 : 1,
        // The plate's padding is on every label, shown or not: the box label priority measures is the box drawn.
        'text-background-padding': `${1 * k}px`,
        // Labels below this on-screen size are skipped: unreadable anyway, and costly with thousands of nodes.
        'min-zoomed-font-size': 8,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...typed,
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'line-color': EDGE_DEFAULT_COLOR,
        'target-arrow-color': EDGE_DEFAULT_COLOR,
      },
    },
    ...rels,
    { selector: 'node[?rolled]', style: { 'border-width': 3, 'border-color': '#1d2433', 'border-style': 'double' } },
    // Hovering names any node; what is selected is always named.
    // A label may cross edges and other shapes: a light plate keeps it readable there.
    {
      selector: 'node.labelled, node.hovered, node:selected',
      style: { 'text-opacity': 1, 'text-background-color': '#ffffff', 'text-background-opacity': 0.7 },
    },
    // Label priority puts a label above its node when the place under it is taken.
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 * k } },
    // A rolled-up place carries its summed counts on a second line under its name.
    {
      selector: 'node[rollupLabel]',
      style: {
        label: 'data(rollupLabel)',
        'text-wrap': 'wrap',
        'text-max-width': `${240 * k}px`,
        'font-size': 12 * k,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': `${2 * k}px`,
      },
    },
    { selector: 'node.hovered', style: { 'z-index': 20 } },
    { selector: 'node[areaCounts]', style: { 'border-width': 3, 'border-color': '#1d2433', 'border-style': 'double' } },
    { selector: 'edge.area-link', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    { selector: 'node[?pinned]', style: { 'border-width': 3, 'border-color': '#f08c00' } },
    { selector: 'node[?expanded]', style: { 'border-width': 2, 'border-color': '#1d2433' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': SELECTED_COLOR, 'z-index': 10 } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': SELECTED_COLOR, 'target-arrow-color': SELECTED_COLOR, 'z-index': 10 } },
    // The node the keyboard is on: a ring outside the node (any border it has stays readable), 6:1 on white.
    { selector: 'node.kbd-focus', style: { 'outline-width': 4, 'outline-color': '#1864ab', 'outline-offset': 3, 'z-index': 11 } },
    { selector: 'edge.path', style: { 'line-color': '#e03131', 'target-arrow-color': '#e03131', width: 4, 'z-index': 9 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e03131' } },
    // National formulas, when the switch shows them: pale and small, so local and provincial strategies lead.
    { selector: 'node[type = "Strategy"][scope = "national"]', style: { 'background-color': '#ced4da', color: '#6c757d', 'font-size': 11 * k } },
    // Adoption timeline on the map: places that have taken the strategy up by the year shown light up.
    { selector: 'node.adopted', style: { 'border-width': 4, 'border-color': '#f76707', 'background-color': '#ffa94d', 'z-index': 8 } },
    { selector: 'node.adopted-now', style: { 'border-width': 6, 'border-color': '#d9480f', 'z-index': 9 } },
    { selector: '.not-yet', style: { opacity: 0.15 } },
    // Clusters: the colour is set per node from the server's communities, the size from PageRank.
    { selector: 'node[clusterColor]', style: { 'background-color': 'data(clusterColor)' } },
    { selector: 'node[centralSize]', style: { width: 'data(centralSize)', height: 'data(centralSize)' } },
    { selector: 'edge.reuse-link', style: { 'line-color': '#c2255c', 'target-arrow-color': '#c2255c', 'line-style': 'dotted', width: 3 } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
