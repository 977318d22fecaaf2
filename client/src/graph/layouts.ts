// Layouts of the view; fcose and dagre are loaded on first use so the first bundle stays small.
import cytoscape from 'cytoscape';
import type { LayoutName } from '../state/view-state';
import { type Disc, separate } from './collision';
import { lonLatOf } from './lon-lat';

const registered = new Set<string>();

/**
 * Runs a layout with `Math.random` replaced by a generator seeded from what is laid out (fcose samples its spectral
 * pivots and power iteration with it, cose-base shuffles with it): the same graph gets the same picture every time,
 * so a shared screenshot, a lesson and a test see what the last reader saw. Restored at once: layouts run
 * synchronously when not animated.
 */
export async function seeded<T>(eles: cytoscape.Collection, run: () => Promise<T>): Promise<T> {
  let h = 2166136261;
  for (const id of eles
    .nodes()
    .map((n) => n.id())
    .sort())
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  let state = h >>> 0 || 1;
  // mulberry32: small, fast, and good enough to sample pivots.
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const original = Math.random;
  Math.random = next;
  try {
    return await run();
  } finally {
    Math.random = original;
  }
}

async function ensureExtension(name: 'fcose' | 'dagre'): Promise<void> {
  if (registered.has(name)) return;
  const mod = name === 'fcose' ? await import('cytoscape-fcose') : await import('cytoscape-dagre');
  cytoscape.use(mod.default as cytoscape.Ext);
  registered.add(name);
}

/** Starts loading a layout's extension early (e.g. while the first data is in flight). */
export function preloadLayout(name: LayoutName): void {
  if (name === 'fcose' || name === 'dagre') void ensureExtension(name);
}

/** True when at least one visible place has coordinates (the geographic layout needs them). */
export function hasCoordinates(cy: cytoscape.Core): boolean {
  return cy
    .nodes('[type = "Place"]')
    .not('.filtered')
    .nodes()
    .toArray()
    .some((n) => lonLatOf(n as cytoscape.NodeSingular) !== undefined);
}

function layoutOptions(name: Exclude<LayoutName, 'geo'>, eles: cytoscape.Collection, incremental: boolean): cytoscape.LayoutOptions {
  const base = { animate: false, fit: true, padding: 40 } as const;
  switch (name) {
    case 'fcose': {
      const many = eles.nodes().length > 800;
      return {
        name: 'fcose',
        ...base,
        // Draft quality keeps large graphs under a second; small ones can afford the polished pass.
        quality: many ? 'draft' : 'default',
        // After the first view, start from where nodes are (new ones sit around their parent): what the reader has
        // seen moves a little instead of being reshuffled.
        randomize: !incremental,
        nodeRepulsion: 9000,
        idealEdgeLength: 110,
        nodeSeparation: 80,
      } as cytoscape.LayoutOptions;
    }
    case 'dagre':
      return { name: 'dagre', ...base, rankDir: 'BT', nodeSep: 30, rankSep: 70 } as cytoscape.LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...base,
        concentric: (n: cytoscape.NodeSingular) => n.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 20,
      } as cytoscape.LayoutOptions;
  }
}

/** Space kept between two node shapes, in model pixels. */
const NODE_GAP = 8;

/** The collision pass over the laid-out nodes (pinned ones stay put); true when anything moved. */
function pushApart(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, pinned: cytoscape.NodeCollection): boolean {
  const fixed = new Set(pinned.map((n) => n.id()));
  const discs: Disc[] = nodes.map((n) => ({
    id: n.id(),
    ...n.position(),
    r: Math.max(n.outerWidth(), n.outerHeight()) / 2 + NODE_GAP / 2,
    fixed: fixed.has(n.id()),
  }));
  const before = discs.map((d) => `${d.x},${d.y}`);
  separate(discs);
  const moved = discs.filter((d, i) => `${d.x},${d.y}` !== before[i]);
  if (moved.length === 0) return false;
  const at = new Map(moved.map((d) => [d.id, d]));
  cy.batch(() => nodes.forEach((n) => void (at.has(n.id()) && n.position({ x: at.get(n.id())!.x, y: at.get(n.id())!.y }))));
  return true;
}

/**
 * Runs a layout over the visible elements (pinned nodes keep their place) and resolves when it is done; the view
 * is fitted to them. `incremental` refines the current positions (force layout) instead of starting afresh.
 */
export async function runLayout(cy: cytoscape.Core, name: LayoutName, opts: { incremental?: boolean } = {}): Promise<void> {
  // Loaded before the seeded run, so nothing else waits on the network while Math.random is replaced.
  if (name === 'fcose' || name === 'dagre' || name === 'geo') await ensureExtension(name === 'dagre' ? 'dagre' : 'fcose');
  const eles = cy.elements().not('.filtered');
  if (eles.empty()) return;
  const pinned = cy.nodes('[?pinned]');
  const saved = pinned.map((n) => [n, { ...n.position() }] as const);
  pinned.unlock();
  if (name === 'geo') {
    // Its own chunk with the base map drawn under it: the first view (force layout) carries neither.
    const { runGeo } = await import('./geo-layout');
    await seeded(eles, () => runGeo(cy, eles));
  } else {
    const layout = eles.layout(layoutOptions(name, eles, opts.incremental === true));
    await seeded(eles, () => {
      const done = layout.promiseOn('layoutstop');
      layout.run();
      return done;
    });
    // Force and ring layouts keep nodes apart on average only: no two shapes may touch.
    if ((name === 'fcose' || name === 'concentric') && pushApart(cy, eles.nodes(), pinned)) cy.fit(eles, 40);
    if (name === 'dagre') {
      // Its own chunk, like dagre: the first view (force layout) does not carry it.
      const { wrapRanks } = await import('./hierarchy-rows');
      const at = wrapRanks(
        eles.nodes().map((n) => ({ id: n.id(), ...n.position() })),
        Math.max(0.5, cy.width() / Math.max(1, cy.height())),
      );
      cy.batch(() => eles.nodes().forEach((n) => void n.position(at.get(n.id()) ?? n.position())));
      cy.fit(eles, 40);
    }
  }
  // A pinned node stays where the analyst put it, whatever the layout computed.
  for (const [n, pos] of saved) n.position(pos);
  pinned.lock();
}
