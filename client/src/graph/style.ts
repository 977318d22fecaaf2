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

export const TYPE_SHAPES: Record<NodeType, cytoscape.Css.NodeShape> = {
  Strategy: 'diamond',
  Project: 'round-rectangle',
  Place: 'ellipse',
  Organization: 'hexagon',
  Document: 'rectangle',
};

export const REL_COLORS: Record<RelType, string> = {
  PURSUES: '#e8590c',
  LOCATED_IN: '#37b24d',
  SERVES: '#74b816',
  PARTICIPATES_IN: '#7950f2',
  PART_OF: '#1971c2',
  ABOUT: '#adb5bd',
  MENTIONS: '#ced4da',
  REUSES: '#c2255c',
};

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

export function graphStyle(): cytoscape.StylesheetJson {
  const typed = (Object.keys(TYPE_COLORS) as NodeType[]).map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': TYPE_COLORS[type], shape: TYPE_SHAPES[type] },
  }));
  const rels = (Object.keys(REL_COLORS) as RelType[]).map((type) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': REL_COLORS[type], 'target-arrow-color': REL_COLORS[type] },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 13,
        color: '#1d2433',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
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
        'line-color': '#adb5bd',
        'target-arrow-color': '#adb5bd',
      },
    },
    ...rels,
    { selector: 'node[?rolled]', style: { 'border-width': 3, 'border-color': '#1d2433', 'border-style': 'double' } },
    // A rolled-up place carries its summed counts on a second line under its name.
    {
      selector: 'node[rollupLabel]',
      style: {
        label: 'data(rollupLabel)',
        'text-wrap': 'wrap',
        'text-max-width': '240px',
        'font-size': 12,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
      },
    },
    { selector: 'node[areaCounts]', style: { 'border-width': 3, 'border-color': '#1d2433', 'border-style': 'double' } },
    { selector: 'edge.area-link', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    { selector: 'node[?pinned]', style: { 'border-width': 3, 'border-color': '#f08c00' } },
    { selector: 'node[?expanded]', style: { 'border-width': 2, 'border-color': '#1d2433' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#fab005', 'z-index': 10 } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#fab005', 'target-arrow-color': '#fab005', 'z-index': 10 } },
    { selector: 'edge.path', style: { 'line-color': '#e03131', 'target-arrow-color': '#e03131', width: 4, 'z-index': 9 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e03131' } },
    // National formulas, when the switch shows them: pale and small, so local and provincial strategies lead.
    { selector: 'node[type = "Strategy"][scope = "national"]', style: { 'background-color': '#ced4da', color: '#868e96', 'font-size': 11 } },
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
