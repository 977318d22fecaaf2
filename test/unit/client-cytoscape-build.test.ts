// The explorer's Cytoscape, built from its sources without the graph algorithms and unused layouts (client/build-plugins.ts).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYTOSCAPE_LAYOUTS_KEPT, leanCytoscape } from '../../client/build-plugins';

type Cy = import('cytoscape').Core;
type Factory = typeof import('cytoscape');

describe('the lean Cytoscape of the client build', () => {
  let dir = '';
  let cytoscape: Factory;

  beforeAll(async () => {
    // Inside the repository, so the entry resolves the explorer's packages.
    fs.mkdirSync('node_modules/.cache', { recursive: true });
    dir = fs.mkdtempSync(path.resolve('node_modules/.cache/policygraph-lean-cy-'));
    // The same imports as the explorer's (graph/layouts.ts), bundled with the same plugin, run headless in Node.
    const entry = path.join(dir, 'entry.mjs');
    fs.writeFileSync(
      entry,
      [
        "import cytoscape from 'cytoscape';",
        "import fcose from 'cytoscape-fcose';",
        "import dagre from 'cytoscape-dagre';",
        'cytoscape.use(fcose);',
        'cytoscape.use(dagre);',
        'export default cytoscape;',
      ].join('\n'),
    );
    await build({
      configFile: false,
      root: path.resolve('client'),
      logLevel: 'error',
      plugins: [leanCytoscape()],
      build: { outDir: path.join(dir, 'out'), lib: { entry, formats: ['es'], fileName: 'lean' }, minify: false, write: true },
    });
    const file = fs.readdirSync(path.join(dir, 'out')).find((f) => f.startsWith('lean'))!;
    cytoscape = (await import(pathToFileURL(path.join(dir, 'out', file)).href)).default;
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const graph = (): Cy =>
    cytoscape({
      headless: true,
      elements: [
        ...['a', 'b', 'c', 'd'].map((id) => ({ data: { id } })),
        { data: { id: 'ab', source: 'a', target: 'b' } },
        { data: { id: 'bc', source: 'b', target: 'c' } },
        { data: { id: 'cd', source: 'c', target: 'd' } },
      ],
    });

  it('is the installed version, with what the explorer calls: traversal, components, degree', () => {
    expect((cytoscape as unknown as { version: string }).version).toBe(JSON.parse(fs.readFileSync('node_modules/cytoscape/package.json', 'utf8')).version);
    const cy = graph();
    expect(cy.elements().components()).toHaveLength(1);
    expect(
      cy
        .elements()
        .bfs({ roots: '#a' })
        .path.nodes()
        .map((n) => n.id()),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(cy.getElementById('b').degree(false)).toBe(2);
    expect(
      cy
        .getElementById('a')
        .neighborhood('node')
        .map((n) => n.id()),
    ).toEqual(['b']);
  });

  it('runs the layouts the explorer names: fcose and dagre (extensions) and the built-ins it keeps', () => {
    for (const name of ['fcose', 'dagre', ...CYTOSCAPE_LAYOUTS_KEPT]) {
      const cy = graph();
      cy.layout({ name, animate: false, randomize: true } as import('cytoscape').LayoutOptions).run();
      const xs = cy.nodes().map((n) => n.position('x'));
      expect(xs.every(Number.isFinite), name).toBe(true);
    }
  });

  it('leaves out the graph algorithms and the layouts nobody names', () => {
    const cy = graph();
    const eles = cy.elements() as unknown as Record<string, unknown>;
    for (const algorithm of ['dijkstra', 'aStar', 'floydWarshall', 'pageRank', 'betweennessCentrality', 'kMeans', 'tarjanStronglyConnected'])
      expect(eles[algorithm], algorithm).toBeUndefined();
    expect(() => cy.layout({ name: 'cose' }).run()).toThrow();
  });
});
