// Runtime configuration read once from the environment, with the defaults a fresh clone needs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ExternalNeo4j {
  readonly mode: 'external';
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

export interface LocalNeo4j {
  readonly mode: 'local';
  /** Folder holding the store, the generated password and the running instance's record. */
  readonly dataDir: string;
  readonly boltPort: number;
  readonly database: string;
  readonly pagecache: string;
  readonly heap: string;
}

export type Neo4jConfig = ExternalNeo4j | LocalNeo4j;

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly neo4j: Neo4jConfig;
  readonly corpusDir: string;
  /** Per-query timeout for API reads, in milliseconds. */
  readonly queryTimeoutMs: number;
  /** Origins allowed to embed the explorer (CSP frame-ancestors) and call the API from a browser (CORS). */
  readonly embedOrigins: string[];
  /** API requests per minute per address; 0 turns rate limiting off. */
  readonly rateLimitPerMinute: number;
  /** Megabytes of graph answers kept per graph version (routes/graph-answers.ts); 0 turns the cache off. */
  readonly answerCacheMb: number;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  readonly logLevel: string;
  /** Folder of uploaded originals and their manifest.json (UPLOADS_DIR, default <data folder>/uploads): a second corpus `npm run seed` loads too. */
  readonly uploadsDir: string;
  /** Where the editor token is generated on first start when EDITOR_TOKEN is unset (<data folder>/editor-token, mode 600). */
  readonly editorTokenFile: string;
  /** EDITOR_TOKEN: `secret` or `name:secret[,name:secret…]`; unset = the generated file's token, named "editor". */
  readonly editorToken: string | undefined;
  /** Write requests per minute per address (WRITE_RATE_LIMIT_PER_MINUTE, default 30; 0 = off). */
  readonly writeRateLimitPerMinute: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0 || n > 65535 * 1000) {
    throw new ConfigError(`${name} must be a positive whole number, got "${raw}"`);
  }
  return n;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads Neo4j settings: NEO4J_URI selects an external server, otherwise a local embedded one. */
export function neo4jConfigFrom(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const database = env.NEO4J_DATABASE || 'neo4j';
  if (env.NEO4J_URI) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(env.NEO4J_URI)) {
      throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${env.NEO4J_URI}"`);
    }
    return {
      mode: 'external',
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database,
    };
  }
  return {
    mode: 'local',
    dataDir: path.resolve(env.NEO4J_DATA_DIR || path.join(PROJECT_ROOT, '.neo4j')),
    boltPort: intFrom(env, 'NEO4J_BOLT_PORT', 7687),
    database,
    pagecache: env.NEO4J_PAGECACHE || '512m',
    heap: env.NEO4J_HEAP || '1g',
  };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function levelFrom(raw: string | undefined): string {
  if (!raw) return 'info';
  if (!LOG_LEVELS.includes(raw)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw;
}

/** EMBED_ORIGINS: comma- or space-separated origins (scheme://host[:port]); anything else is a ConfigError. */
export function originsFrom(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((o) => {
      let url: URL;
      try {
        url = new URL(o);
      } catch {
        throw new ConfigError(`EMBED_ORIGINS: "${o}" is not an origin like https://example.org`);
      }
      if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || /\/[^/]/.test(o.replace(/^\w+:\/\//, ''))) {
        throw new ConfigError(`EMBED_ORIGINS: "${o}" must be an origin only (http(s)://host[:port]), without a path`);
      }
      return url.origin;
    });
}

/** Reads the whole configuration; throws ConfigError with a readable message on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFrom(env, 'PORT', 3000),
    host: env.HOST || '127.0.0.1',
    neo4j: neo4jConfigFrom(env),
    corpusDir: path.resolve(env.CORPUS_DIR || path.join(PROJECT_ROOT, 'graph-seed', 'corpus')),
    queryTimeoutMs: intFrom(env, 'QUERY_TIMEOUT_MS', 10_000),
    embedOrigins: originsFrom(env.EMBED_ORIGINS),
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE === '0' ? 0 : intFrom(env, 'RATE_LIMIT_PER_MINUTE', 600),
    answerCacheMb: intFrom(env, 'ANSWER_CACHE_MB', 64),
    logLevel: levelFrom(env.LOG_LEVEL),
    ...writeConfig(env),
  };
}

/** The write side's settings: where uploads and the editor token live (the local Neo4j's data folder, also with NEO4J_URI). */
export function writeConfig(env: NodeJS.ProcessEnv = process.env) {
  const dataDir = path.resolve(env.NEO4J_DATA_DIR || path.join(PROJECT_ROOT, '.neo4j'));
  return {
    uploadsDir: path.resolve(env.UPLOADS_DIR || path.join(dataDir, 'uploads')),
    editorTokenFile: path.join(dataDir, 'editor-token'),
    editorToken: env.EDITOR_TOKEN?.trim() || undefined,
    writeRateLimitPerMinute: env.WRITE_RATE_LIMIT_PER_MINUTE === '0' ? 0 : intFrom(env, 'WRITE_RATE_LIMIT_PER_MINUTE', 30),
  };
}
