// The geographic layout: places where they are on the map, the rest spread around them by fcose.
import type cytoscape from 'cytoscape';
import { projectToViewport, type Point } from './geo-projection';
import { type LonLat, lonLatOf } from './lon-lat';

/**
 * Places with coordinates go where they are on the map; everything else (strategies, projects, townships) starts
 * at the mean of its placed neighbours and is spread by fcose around the places, which it keeps fixed.
 */
export async function runGeo(cy: cytoscape.Core, eles: cytoscape.Collection): Promise<void> {
  const nodes = eles.nodes();
  const coords = new Map<string, LonLat>();
  nodes.forEach((n) => {
    const c = lonLatOf(n);
    if (c) coords.set(n.id(), c);
  });
  const placed = projectToViewport(coords, Math.max(200, cy.width() - 160), Math.max(200, cy.height() - 160));
  const free = nodes.filter((n) => !placed.has(n.id())).nodes();
  // Start positions, outward from the map: each round places the nodes next to an already placed one.
  const start = new Map(placed);
  let pending = free.toArray();
  for (let round = 0; round < 6 && pending.length > 0; round++) {
    const next: cytoscape.NodeSingular[] = [];
    const found = new Map<string, Point>();
    pending.forEach((n, i) => {
      const near = n
        .neighborhood()
        .nodes()
        .filter((m) => start.has(m.id()))
        .map((m) => start.get(m.id())!);
      if (near.length === 0) return void next.push(n);
      const angle = i * 2.399963; // golden angle: siblings of one place fan out instead of stacking
      found.set(n.id(), {
        x: near.reduce((s, p) => s + p.x, 0) / near.length + 60 * Math.cos(angle),
        y: near.reduce((s, p) => s + p.y, 0) / near.length + 60 * Math.sin(angle),
      });
    });
    for (const [id, p] of found) start.set(id, p);
    pending = next;
  }
  const maxY = Math.max(...[...start.values()].map((p) => p.y));
  pending.forEach((n, i) => void start.set(n.id(), { x: (i % 12) * 70 - 385, y: maxY + 120 + Math.floor(i / 12) * 70 }));
  cy.batch(() => nodes.forEach((n) => void n.position(start.get(n.id()) ?? n.position())));

  // fcose is registered: runLayout loads it before a geographic layout.
  if (free.nonempty()) {
    const layout = eles.layout({
      name: 'fcose',
      animate: false,
      fit: false,
      randomize: false,
      quality: nodes.length > 800 ? 'draft' : 'default',
      nodeRepulsion: 9000,
      idealEdgeLength: 90,
      nodeSeparation: 60,
      fixedNodeConstraint: [...placed].map(([nodeId, position]) => ({ nodeId, position })),
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  }
  // The map is the point of this layout: whatever the force pass did, places end exactly where they are.
  cy.batch(() => nodes.forEach((n) => void (placed.has(n.id()) && n.position(placed.get(n.id())!))));
  cy.fit(eles, 40);
}
