// Vite plugins of the client build: precompressed .br/.gz beside each text file, and the tab icon inlined into the explorer's HTML.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(?:html|js|mjs|css|svg|json|txt)$/;
/** Below this, the encoded file plus its Content-Encoding header saves nothing (the 720-byte runtime still saves ~300). */
const MIN_BYTES = 512;

function* filesUnder(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

/** Brotli at its best quality and gzip at level 9, once at build time (too slow per request, free here). */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'policygraph-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!TEXT.test(file)) continue;
        const body = fs.readFileSync(file);
        if (body.length < MIN_BYTES) continue;
        const br = zlib.brotliCompressSync(body, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        });
        fs.writeFileSync(`${file}.br`, br);
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * Puts public/favicon.svg into the explorer's <link rel="icon"> as a data: URL: a 300-byte icon would otherwise cost
 * a request with ~900 bytes of headers on the first view. /embed and /api/docs link the file itself.
 */
export function inlineIcon(publicDir: string): Plugin {
  return {
    name: 'policygraph-inline-icon',
    apply: 'build',
    transformIndexHtml(html, ctx) {
      if (!ctx.filename.endsWith('index.html')) return html;
      const svg = fs.readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8').trim();
      // Only what a data: URL must escape (% # and the quote), attribute quotes swapped for single ones: a third of
      // the bytes of encodeURIComponent, which escapes every space, slash and bracket.
      const data = svg.replace(/"/g, "'").replace(/[%#]/g, encodeURIComponent);
      return html.replace('href="/favicon.svg"', `href="data:image/svg+xml,${data}"`);
    },
  };
}

/** zod's JSON Schema modules: the client only parses; toJSONSchema is the server's (the OpenAPI document). */
const JSON_SCHEMA_MODULES = /[\\/]zod[\\/]v4[\\/]core[\\/](?:json-schema-processors|to-json-schema)\.js$/;

/**
 * Replaces zod's JSON Schema writer by stubs in the client build: every export kept by name, each a function that
 * throws if called. Why: zod 4's classic schemas import it statically (for `schema.toJSONSchema()`), so tree-shaking
 * cannot drop it, and it is ~5 KB of the first view's brotli bytes that no explorer code path runs. Schema
 * construction only builds (never calls) the lazy `toJSONSchema` methods, so a factory stub returns the thrower.
 * Rejected: zod/mini for the contract (a rewrite of every schema the server shares with the client).
 */
export function withoutJsonSchema(): Plugin {
  const stub = (source: string) => {
    const names = new Set<string>();
    for (const m of source.matchAll(/^export (?:const|function|class) (\w+)/gm)) names.add(m[1]!);
    for (const m of source.matchAll(/^export \{([^}]*)\}/gm)) {
      for (const part of m[1]!.split(',')) {
        const name = part
          .trim()
          .split(/\s+as\s+/)
          .pop();
        if (name) names.add(name);
      }
    }
    const lines = [
      "const unsupported = () => { throw new Error('JSON Schema output is not part of the PolicyGraph client bundle'); };",
      // Factories (createToJSONSchemaMethod and the like) run when a schema is built: they hand back the thrower.
      ...[...names].map((n) => (/^create/.test(n) ? `export const ${n} = () => unsupported;` : `export const ${n} = unsupported;`)),
    ];
    return lines.join('\n');
  };
  return {
    name: 'policygraph-without-json-schema',
    apply: 'build',
    load(id) {
      if (!JSON_SCHEMA_MODULES.test(id)) return null;
      return stub(fs.readFileSync(id, 'utf8'));
    },
  };
}

/** zod's English messages, which classic schemas register as the default locale on the first schema built. */
const ZOD_EN_LOCALE = /[\\/]zod[\\/]v4[\\/]locales[\\/]en\.js$/;

/**
 * Replaces zod's English messages by one short line per issue in the client build (~1.2 KB of the first view's
 * brotli bytes). The explorer only shows a message when an answer of our own server fails its schema, a bug whose
 * report needs the code, the path and the expected type (kept), not the prose of every format and size rule.
 */
export function shortZodMessages(): Plugin {
  return {
    name: 'policygraph-short-zod-messages',
    apply: 'build',
    load(id) {
      if (!ZOD_EN_LOCALE.test(id)) return null;
      return [
        'const localeError = (iss) => iss.code === "invalid_type" ? "Invalid input: expected " + iss.expected : "Invalid input (" + iss.code + ")";',
        'export default function () { return { localeError }; }',
      ].join('\n');
    },
  };
}

/** Cytoscape's own sources, shipped in its package (`src/`): what the explorer's build bundles instead of `dist/`. */
const CYTOSCAPE_SOURCE = /[\\/]node_modules[\\/]cytoscape[\\/]src[\\/]/;
const CYTOSCAPE_ALGORITHMS = /[\\/]cytoscape[\\/]src[\\/]collection[\\/]algorithms[\\/]index\.mjs$/;
const CYTOSCAPE_LAYOUTS = /[\\/]cytoscape[\\/]src[\\/]extensions[\\/]layout[\\/]index\.mjs$/;
/**
 * The built-in layouts the explorer names: concentric (a layout choice), null (view-replay's canvas), grid (the
 * default of a Core made without one, the story player's) and preset (cytoscape's `positions` option). fcose and
 * dagre are extensions loaded on first use (graph/layouts.ts).
 */
export const CYTOSCAPE_LAYOUTS_KEPT = ['concentric', 'grid', 'null', 'preset'] as const;

/**
 * Builds Cytoscape from its sources without its graph algorithms but breadth- and depth-first search (dijkstra, A*,
 * PageRank, the centralities and the clusterings: `eles.dijkstra()` and the like) and without the built-in layouts
 * nobody names (cose, breadthfirst, circle, random). Why: its `dist/` build is one module whose tables of algorithms
 * and layouts tree-shaking cannot cut (each is merged into the collection's prototype at load), and they were 17.7 KB
 * of the first view's brotli bytes that no explorer path runs: paths, centrality and clusters come from the server
 * (Neo4j), layouts from fcose and dagre. The sources are those of the installed version (the files `dist/` is built
 * from, with the helpers it bundles: heap, lodash's debounce/get/set/toPath and gl-matrix, hence dev dependencies).
 * A dropped algorithm called would fail as "not a function": test/unit/client-cytoscape-build.test.ts builds this
 * Cytoscape headless and runs every layout the explorer names on it.
 */
export function leanCytoscape(): Plugin {
  let version = '';
  let entry = '';
  return {
    name: 'policygraph-lean-cytoscape',
    apply: 'build',
    enforce: 'pre',
    configResolved() {
      // The workspace's one copy (npm hoists it to the repository's node_modules).
      const pkg = fileURLToPath(new URL('../node_modules/cytoscape/', import.meta.url));
      version = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version;
      entry = path.join(pkg, 'src', 'index.mjs');
      if (!fs.existsSync(entry)) throw new Error(`cytoscape ${version} ships no sources at ${entry}`);
    },
    resolveId(source) {
      return source === 'cytoscape' ? entry : null;
    },
    load(id) {
      // Breadth- and depth-first search stay: Cytoscape's own `eles.components()` runs on them (fcose calls it).
      if (CYTOSCAPE_ALGORITHMS.test(id)) return "import bfsDfs from './bfs-dfs.mjs';\nexport default { ...bfsDfs };";
      if (CYTOSCAPE_LAYOUTS.test(id)) {
        const names = CYTOSCAPE_LAYOUTS_KEPT;
        return [
          ...names.map((n) => `import ${n}Layout from './${n}.mjs';`),
          `export default [${names.map((n) => `{ name: '${n}', impl: ${n}Layout }`).join(', ')}];`,
        ].join('\n');
      }
      return null;
    },
    transform(code, id) {
      // What Cytoscape's own rollup build replaces (rollup.config.mjs): its version and the production switch.
      if (!CYTOSCAPE_SOURCE.test(id) || !code.includes('process.env.')) return null;
      return {
        code: code.replaceAll('process.env.VERSION', JSON.stringify(version)).replaceAll('process.env.NODE_ENV', '"production"'),
        map: null,
      };
    },
  };
}
