// Layouts of the view; fcose and dagre are loaded on first use so the first bundle stays small.
import cytoscape from 'cytoscape';
import type { LayoutName } from '../state/view-state';

const registered = new Set<string>();

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

/** Web-Mercator-like projection: longitude/latitude to model coordinates, north up. */
function project(lat: number, lon: number): { x: number; y: number } {
  const scale = 120;
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return { x: lon * scale, y: (-y * 180 * scale) / Math.PI };
}

/** True when at least one place in the view has coordinates (the geographic layout needs them). */
export function hasCoordinates(cy: cytoscape.Core): boolean {
  return cy.nodes('[type = "Place"]').some((n) => typeof n.data('lat') === 'number' && typeof n.data('lon') === 'number');
}

function layoutOptions(name: LayoutName, eles: cytoscape.Collection): cytoscape.LayoutOptions {
  const base = { animate: false, fit: true, padding: 40 } as const;
  switch (name) {
    case 'fcose': {
      const many = eles.nodes().length > 800;
      return {
        name: 'fcose',
        ...base,
        // Draft quality keeps large graphs under a second; small ones can afford the polished pass.
        quality: many ? 'draft' : 'default',
        randomize: true,
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
    case 'geo': {
      // Places with coordinates go on the map; everything else sits in a row below it.
      const placed = new Map<string, { x: number; y: number }>();
      let maxY = 0;
      let minX = Infinity;
      eles.nodes().forEach((n) => {
        const lat = n.data('lat');
        const lon = n.data('lon');
        if (typeof lat === 'number' && typeof lon === 'number') {
          const p = project(lat, lon);
          placed.set(n.id(), p);
          maxY = Math.max(maxY, p.y);
          minX = Math.min(minX, p.x);
        }
      });
      let i = 0;
      return {
        name: 'preset',
        ...base,
        positions: (n: cytoscape.NodeSingular) => placed.get(n.id()) ?? { x: (minX === Infinity ? 0 : minX) + 60 * i++, y: maxY + 200 },
      } as cytoscape.LayoutOptions;
    }
  }
}

/** Runs a layout over the visible elements (pinned nodes keep their place) and resolves when it is done. */
export async function runLayout(cy: cytoscape.Core, name: LayoutName): Promise<void> {
  if (name === 'fcose' || name === 'dagre') await ensureExtension(name);
  const eles = cy.elements().not('.filtered');
  if (eles.empty()) return;
  const pinned = cy.nodes('[?pinned]');
  const saved = pinned.map((n) => [n, { ...n.position() }] as const);
  pinned.unlock();
  const layout = eles.layout(layoutOptions(name, eles));
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  // A pinned node stays where the analyst put it, whatever the layout computed.
  for (const [n, pos] of saved) n.position(pos);
  pinned.lock();
}
