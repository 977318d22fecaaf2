// The whole view as one value, and its round trip through the URL hash (permalinks).
import { z } from 'zod';
import { NODE_TYPES, REL_TYPES } from '../../../server/src/contract/graph-model';

export const LAYOUTS = ['fcose', 'dagre', 'concentric', 'geo'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const ROLLUPS = ['none', 'township', 'county', 'city'] as const;
export type Rollup = (typeof ROLLUPS)[number];

const Pin = z.object({ id: z.string(), x: z.number(), y: z.number() });
export type Pin = z.infer<typeof Pin>;

export const ViewState = z.object({
  lang: z.enum(['zh-CN', 'en']).catch('zh-CN'),
  layout: z.enum(LAYOUTS).catch('fcose'),
  view: z.enum(['graph', 'table']).catch('graph'),
  /** The entity last jumped to from search; the view centres on it. */
  focus: z.string().optional(),
  /** Nodes whose neighbours were loaded, in order. */
  expanded: z.array(z.string()),
  hidden: z.array(z.string()),
  pinned: z.array(Pin),
  /** Node types and relationship types switched off by the filters. */
  offTypes: z.array(z.enum(NODE_TYPES)),
  offRels: z.array(z.enum(REL_TYPES)),
  /** Time slider: show only documents (and what rests on them) up to this year. */
  yearMax: z.number().int().optional(),
  document: z.string().optional(),
  rollup: z.enum(ROLLUPS).catch('none'),
  /** Selected node or edge whose evidence panel is open. */
  selected: z.string().optional(),
  pathFrom: z.string().optional(),
  pathTo: z.string().optional(),
  compare: z.array(z.string()),
  webgl: z.boolean(),
});
export type ViewState = z.infer<typeof ViewState>;

export function defaultViewState(): ViewState {
  return {
    lang: 'zh-CN',
    layout: 'fcose',
    view: 'graph',
    expanded: [],
    hidden: [],
    pinned: [],
    offTypes: [],
    offRels: [],
    rollup: 'none',
    compare: [],
    webgl: false,
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
  for (const id of s.hidden) p.append('hide', id);
  // x,y first: ids may contain commas, coordinates never do.
  for (const pin of s.pinned) p.append('pin', `${Math.round(pin.x)},${Math.round(pin.y)},${pin.id}`);
  for (const type of s.offTypes) p.append('notype', type);
  for (const rel of s.offRels) p.append('norel', rel);
  if (s.yearMax !== undefined) p.set('year', String(s.yearMax));
  if (s.document) p.set('doc', s.document);
  if (s.rollup !== 'none') p.set('rollup', s.rollup);
  if (s.selected) p.set('sel', s.selected);
  if (s.pathFrom) p.set('from', s.pathFrom);
  if (s.pathTo) p.set('to', s.pathTo);
  for (const id of s.compare) p.append('cmp', id);
  if (s.webgl) p.set('webgl', '1');
  const text = p.toString();
  return text ? `#${text}` : '';
}

/** Reads a view from a URL hash; anything malformed falls back to the default rather than failing the page. */
export function decodeViewState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const base = defaultViewState();
  const pins = p
    .getAll('pin')
    .map((v) => {
      const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(.+)$/.exec(v);
      return m ? { x: Number(m[1]), y: Number(m[2]), id: m[3]! } : undefined;
    })
    .filter((v): v is Pin => v !== undefined);
  const year = Number(p.get('year'));
  const raw = {
    lang: p.get('lang') ?? base.lang,
    layout: p.get('layout') ?? base.layout,
    view: p.get('view') ?? base.view,
    focus: p.get('focus') ?? undefined,
    expanded: p.getAll('x'),
    hidden: p.getAll('hide'),
    pinned: pins,
    offTypes: p.getAll('notype').filter((v) => (NODE_TYPES as readonly string[]).includes(v)),
    offRels: p.getAll('norel').filter((v) => (REL_TYPES as readonly string[]).includes(v)),
    yearMax: p.has('year') && Number.isInteger(year) ? year : undefined,
    document: p.get('doc') ?? undefined,
    rollup: p.get('rollup') ?? base.rollup,
    selected: p.get('sel') ?? undefined,
    pathFrom: p.get('from') ?? undefined,
    pathTo: p.get('to') ?? undefined,
    compare: p.getAll('cmp'),
    webgl: p.get('webgl') === '1',
  };
  const parsed = ViewState.safeParse(raw);
  return parsed.success ? parsed.data : base;
}
