// The whole view as one value, and its round trip through the URL hash (permalinks).
import type { RollupQuery } from '@policygraph/contract/api';
import type { NodeType, RelType } from '@policygraph/contract/graph-model';
import { NODE_TYPE_LIST, REL_TYPE_LIST } from '../graph/style';

export const LAYOUTS = ['fcose', 'dagre', 'concentric', 'geo'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const ROLLUPS = ['none', 'township', 'county', 'city'] as const;
export type Rollup = (typeof ROLLUPS)[number];

/** Levels a place can be rolled up to through the API (the contract's ROLLUP_LEVELS below province; the type checks it). */
export const AREA_LEVELS = ['city', 'county', 'township', 'village'] as const satisfies readonly NonNullable<RollupQuery['level']>[];
export type AreaLevel = (typeof AREA_LEVELS)[number];

const PLACE_LEVEL_ORDER = ['province', 'city', 'county', 'township', 'village'] as const;

/** The (at most two) levels just below a place's level that it can be rolled up to, nearest first. */
export function areaLevelsBelow(level: unknown): AreaLevel[] {
  const i = PLACE_LEVEL_ORDER.indexOf(level as (typeof PLACE_LEVEL_ORDER)[number]);
  if (i < 0) return [];
  return PLACE_LEVEL_ORDER.slice(i + 1, i + 3).filter((l): l is AreaLevel => (AREA_LEVELS as readonly string[]).includes(l));
}

/** A place shown as its children at one level, each with the counts the API summed over it. */
export interface AreaRollup {
  id: string;
  level: AreaLevel;
}

/** A capped expansion read further: `pages` pages of EXPAND_LIMIT after its first answer. */
export interface MorePages {
  id: string;
  pages: number;
}

export interface Pin {
  id: string;
  x: number;
  y: number;
}

/** Everything a permalink restores. */
export interface ViewState {
  lang: 'zh-CN' | 'en';
  layout: LayoutName;
  view: 'graph' | 'table';
  /** The entity last jumped to from search; the view centres on it. */
  focus?: string | undefined;
  /** Nodes whose neighbours were loaded, in order. */
  expanded: string[];
  /** Pages of neighbours loaded after the first (显示后 40 个), for the focus or an expanded node. */
  more: MorePages[];
  hidden: string[];
  pinned: Pin[];
  /** Node types and relationship types switched off by the filters. */
  offTypes: NodeType[];
  offRels: RelType[];
  /** Time slider: show only documents up to this year. */
  yearMax?: number | undefined;
  document?: string | undefined;
  rollup: Rollup;
  /** Places rolled up to a level through the API, in the order they were applied. */
  rollups: AreaRollup[];
  /** Selected node or edge whose evidence panel is open. */
  selected?: string | undefined;
  pathFrom?: string | undefined;
  pathTo?: string | undefined;
  compare: string[];
  webgl: boolean;
  /** Show national formulas (两个维护 …) in the overview and the comparison; off by default, they crowd out local strategies. */
  national: boolean;
  /** Strategy whose adoption timeline is open, and the year the map is showing. */
  timeline?: string | undefined;
  timelineYear?: number | undefined;
  /** Colour places by cluster and size nodes by centrality. */
  clusters: boolean;
  /** Where each laid-out node was (model coordinates): a link reopens the same picture instead of a new layout. */
  positions: Pin[];
  /** Zoom and pan of the canvas when the link was made. */
  viewport?: { zoom: number; x: number; y: number } | undefined;
}

/** The strategy scopes the overview and comparison ask for: national ones only when the switch shows them. */
export const scopesOf = (s: Pick<ViewState, 'national'>) => (s.national ? undefined : (['provincial', 'local'] as const));

const oneOf = <T extends string>(values: readonly T[], v: string | null, fallback: T): T =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : fallback;

export function defaultViewState(): ViewState {
  return {
    lang: 'zh-CN',
    layout: 'fcose',
    view: 'graph',
    expanded: [],
    more: [],
    hidden: [],
    pinned: [],
    offTypes: [],
    offRels: [],
    rollup: 'none',
    rollups: [],
    compare: [],
    webgl: false,
    national: false,
    clusters: false,
    positions: [],
  };
}

/** Serialises the view into a URL hash; defaults are left out so links stay short. */
export function encodeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.lang !== 'zh-CN') p.set('lang', s.lang);
  if (s.layout !== 'fcose') p.set('layout', s.layout);
  if (s.view !== 'graph') p.set('view', s.view);
  if (s.focus) p.set('focus', s.focus);
  for (const id of s.expanded) p.append('x', id);
  // Pages first: ids may contain commas, counts never do.
  for (const m of s.more) p.append('more', `${m.pages},${m.id}`);
  for (const id of s.hidden) p.append('hide', id);
  // x,y first: ids may contain commas, coordinates never do.
  for (const pin of s.pinned) p.append('pin', `${Math.round(pin.x)},${Math.round(pin.y)},${pin.id}`);
  for (const type of s.offTypes) p.append('notype', type);
  for (const rel of s.offRels) p.append('norel', rel);
  if (s.yearMax !== undefined) p.set('year', String(s.yearMax));
  if (s.document) p.set('doc', s.document);
  if (s.rollup !== 'none') p.set('rollup', s.rollup);
  // Level first: ids may contain commas, levels never do.
  for (const r of s.rollups) p.append('ru', `${r.level},${r.id}`);
  if (s.selected) p.set('sel', s.selected);
  if (s.pathFrom) p.set('from', s.pathFrom);
  if (s.pathTo) p.set('to', s.pathTo);
  for (const id of s.compare) p.append('cmp', id);
  if (s.webgl) p.set('webgl', '1');
  if (s.national) p.set('nat', '1');
  if (s.timeline) p.set('tl', s.timeline);
  if (s.timeline && s.timelineYear !== undefined) p.set('ty', String(s.timelineYear));
  if (s.clusters) p.set('clu', '1');
  for (const pos of s.positions) p.append('pos', `${Math.round(pos.x)},${Math.round(pos.y)},${pos.id}`);
  if (s.viewport) p.set('vp', `${s.viewport.zoom.toFixed(3)},${Math.round(s.viewport.x)},${Math.round(s.viewport.y)}`);
  const text = p.toString();
  return text ? `#${text}` : '';
}

/** Reads a view from a URL hash; anything malformed falls back to the default rather than failing the page. */
export function decodeViewState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const base = defaultViewState();
  const points = (key: string) =>
    p
      .getAll(key)
      .map((v) => {
        const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(.+)$/.exec(v);
        return m ? { x: Number(m[1]), y: Number(m[2]), id: m[3]! } : undefined;
      })
      .filter((v): v is Pin => v !== undefined);
  const pins = points('pin');
  const vp = /^(\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(p.get('vp') ?? '');
  const zoom = vp ? Number(vp[1]) : 0;
  const rollups = p
    .getAll('ru')
    .map((v) => {
      const m = /^([a-z]+),(.+)$/.exec(v);
      return m && (AREA_LEVELS as readonly string[]).includes(m[1]!) ? { level: m[1] as AreaLevel, id: m[2]! } : undefined;
    })
    .filter((v): v is AreaRollup => v !== undefined)
    .filter((v, i, all) => all.findIndex((w) => w.id === v.id) === i);
  const more = p
    .getAll('more')
    .map((v) => {
      const m = /^([1-9]\d{0,2}),(.+)$/.exec(v);
      return m ? { pages: Number(m[1]), id: m[2]! } : undefined;
    })
    .filter((v): v is MorePages => v !== undefined)
    .filter((v, i, all) => all.findIndex((w) => w.id === v.id) === i);
  const year = Number(p.get('year'));
  // Unknown values fall back to defaults one by one: a hand-edited link still opens.
  return {
    lang: oneOf(['zh-CN', 'en'] as const, p.get('lang'), base.lang),
    layout: oneOf(LAYOUTS, p.get('layout'), base.layout),
    view: oneOf(['graph', 'table'] as const, p.get('view'), base.view),
    focus: p.get('focus') ?? undefined,
    expanded: [...new Set(p.getAll('x'))],
    more,
    hidden: [...new Set(p.getAll('hide'))],
    pinned: pins,
    offTypes: p.getAll('notype').filter((v): v is NodeType => (NODE_TYPE_LIST as readonly string[]).includes(v)),
    offRels: p.getAll('norel').filter((v): v is RelType => (REL_TYPE_LIST as readonly string[]).includes(v)),
    yearMax: p.has('year') && Number.isInteger(year) ? year : undefined,
    document: p.get('doc') ?? undefined,
    rollup: oneOf(ROLLUPS, p.get('rollup'), base.rollup),
    rollups,
    selected: p.get('sel') ?? undefined,
    pathFrom: p.get('from') ?? undefined,
    pathTo: p.get('to') ?? undefined,
    compare: [...new Set(p.getAll('cmp'))],
    webgl: p.get('webgl') === '1',
    national: p.get('nat') === '1',
    timeline: p.get('tl') ?? undefined,
    timelineYear: p.get('tl') && Number.isInteger(Number(p.get('ty'))) && p.has('ty') ? Number(p.get('ty')) : undefined,
    clusters: p.get('clu') === '1',
    positions: points('pos'),
    viewport: vp && zoom > 0 ? { zoom, x: Number(vp[2]), y: Number(vp[3]) } : undefined,
  };
}
