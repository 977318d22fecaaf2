// Starts (or reuses) the embedded Neo4j Community JVM on loopback, building its launcher with Maven on first use.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { PROJECT_ROOT, type LocalNeo4j } from '../config';
import { Neo4jStartError } from './errors';
import type { Neo4jConnection } from './connection';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal colour codes (ESC [ … m) Neo4j writes to its log.
const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;

const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'server', 'neo4j-launcher');
const LAUNCHER_SOURCES = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'policygraph', 'Launcher.java')];
const STAMP_FILE = path.join(LAUNCHER_DIR, 'target', 'policygraph-build.stamp');
/**
 * First start of a fresh store takes ~20 s on two cores; a cold JIT under load can take longer, and on a
 * machine shared by several test runs (load average 20+ on two cores) longer still: NEO4J_READY_TIMEOUT_S
 * raises the wait.
 */
const READY_TIMEOUT_MS = (Number(process.env.NEO4J_READY_TIMEOUT_S) || 120) * 1000;
const STOP_TIMEOUT_MS = 30_000;

export interface LocalNeo4jHandle extends Neo4jConnection {
  /** True when this process started the JVM (and so must stop it); false when it reused a running one. */
  readonly owned: boolean;
  readonly pid: number;
  stop(): Promise<void>;
}

interface InstanceRecord {
  pid: number;
  port: number;
  startedAt: string;
}

/** Java 17+ on PATH, or a Neo4jStartError saying what to install. */
export function checkJava(): void {
  const res = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: 15_000 });
  if (res.error) {
    throw new Neo4jStartError(
      'Java was not found on PATH.',
      'Install a Java 17+ runtime (e.g. `apt-get install openjdk-17-jre-headless`) or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${res.stderr}${res.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new Neo4jStartError(
      `Java 17 or newer is needed to run Neo4j 5; found ${match ? match[0] : 'an unknown version'}.`,
      'Install Java 17+ or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
}

function sourceHash(): string {
  const h = createHash('sha256');
  for (const file of LAUNCHER_SOURCES) h.update(fs.readFileSync(file));
  return h.digest('hex');
}

/** Builds the launcher and copies the Neo4j jars from Maven Central, once per change of its sources. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  const hash = sourceHash();
  const libDir = path.join(LAUNCHER_DIR, 'target', 'lib');
  if (fs.existsSync(STAMP_FILE) && fs.readFileSync(STAMP_FILE, 'utf8') === hash && fs.existsSync(libDir)) return;
  const mvnCheck = spawnSync('mvn', ['-v'], { encoding: 'utf8', timeout: 30_000 });
  if (mvnCheck.error) {
    throw new Neo4jStartError(
      'Maven (mvn) was not found on PATH; it fetches the Neo4j jars once.',
      'Install Maven (`apt-get install maven`) or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  log('Fetching Neo4j from Maven Central and building the launcher (first run only)…');
  const res = spawnSync('mvn', ['-q', '-B', '-DskipTests', 'package'], {
    cwd: LAUNCHER_DIR,
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) {
    const out = `${res.stdout ?? ''}\n${res.stderr ?? ''}`;
    const offline = /Could not transfer|Unknown host|UnknownHostException|Connection refused|Connect to .* timed out|Network is unreachable/i.test(out);
    const lastError = out
      .split('\n')
      .filter((l) => l.includes('ERROR'))
      .slice(0, 2)
      .join(' ')
      .replace(ANSI_COLOUR, '')
      .slice(0, 400);
    throw new Neo4jStartError(
      offline
        ? 'Maven could not reach Maven Central to download Neo4j.'
        : `Building the Neo4j launcher failed: ${lastError || 'mvn exited with ' + String(res.status)}`,
      offline
        ? 'Check the network or proxy for Maven (~/.m2/settings.xml), or set NEO4J_URI to use an existing Neo4j server.'
        : `Run \`mvn -B package\` in ${path.relative(PROJECT_ROOT, LAUNCHER_DIR)} to see the full output.`,
    );
  }
  fs.writeFileSync(STAMP_FILE, hash);
}

/** The generated password for this data folder, created on first use and readable only by its owner. */
export function passwordFile(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, 'password');
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  return file;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function portAnswers(port: number, timeoutMs = 1500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Resolves true when nothing listens on the loopback port. */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Finds a free loopback port, for tests and benchmarks that need their own instance. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function readRecord(dataDir: string): InstanceRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, 'instance.json'), 'utf8')) as InstanceRecord;
  } catch {
    return undefined;
  }
}

function connectionFor(cfg: LocalNeo4j, port: number, password: string) {
  return { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, database: cfg.database };
}

/**
 * Starts the local Neo4j for cfg.dataDir, or reuses the one already running for that folder
 * (started by another `npm start` or `npm run seed`). Throws Neo4jStartError with a hint on any failure.
 */
export async function startLocalNeo4j(cfg: LocalNeo4j, log: (line: string) => void = () => {}): Promise<LocalNeo4jHandle> {
  const password = fs.readFileSync(passwordFile(cfg.dataDir), 'utf8').trim();
  const existing = readRecord(cfg.dataDir);
  if (existing && pidAlive(existing.pid) && (await portAnswers(existing.port))) {
    log(`Reusing the local Neo4j already running (pid ${existing.pid}, bolt://127.0.0.1:${existing.port}).`);
    return { ...connectionFor(cfg, existing.port, password), owned: false, pid: existing.pid, stop: async () => {} };
  }
  if (!(await portFree(cfg.boltPort))) {
    throw new Neo4jStartError(
      `Port ${cfg.boltPort} on 127.0.0.1 is already taken by another program, so the local Neo4j cannot listen there.`,
      `Stop that program, or choose another port with NEO4J_BOLT_PORT=${cfg.boltPort + 1} (or point NEO4J_URI at that server if it is a Neo4j you want to use).`,
    );
  }
  checkJava();
  ensureLauncherBuilt(log);

  const storeDir = path.join(cfg.dataDir, 'store');
  fs.mkdirSync(storeDir, { recursive: true });
  const stderrLog = path.join(cfg.dataDir, 'neo4j.log');
  const errFd = fs.openSync(stderrLog, 'a');
  log(`Starting local Neo4j on bolt://127.0.0.1:${cfg.boltPort} (data in ${path.relative(PROJECT_ROOT, cfg.dataDir) || cfg.dataDir})…`);
  const child = spawn(
    'java',
    [
      `-Xmx${cfg.heap}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      '-cp',
      [path.join(LAUNCHER_DIR, 'target', 'classes'), path.join(LAUNCHER_DIR, 'target', 'lib', '*')].join(path.delimiter),
      'policygraph.Launcher',
      '--data',
      storeDir,
      '--port',
      String(cfg.boltPort),
      '--password-file',
      path.join(cfg.dataDir, 'password'),
      '--pagecache',
      cfg.pagecache,
    ],
    { stdio: ['pipe', 'pipe', errFd] },
  );
  fs.closeSync(errFd);

  const version = await waitForReady(child, stderrLog);
  fs.writeFileSync(path.join(cfg.dataDir, 'instance.json'), JSON.stringify({ pid: child.pid, port: cfg.boltPort, startedAt: new Date().toISOString() }));
  log(`Neo4j ${version} is ready.`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= stopChild(child).finally(() => {
      const record = readRecord(cfg.dataDir);
      if (record?.pid === child.pid) fs.rmSync(path.join(cfg.dataDir, 'instance.json'), { force: true });
    });
    return stopping;
  };
  return { ...connectionFor(cfg, cfg.boltPort, password), owned: true, pid: child.pid ?? -1, stop };
}

function waitForReady(child: ChildProcess, stderrLog: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Neo4jStartError(`Neo4j did not become ready within ${READY_TIMEOUT_MS / 1000} s.`, `See ${stderrLog} for its log.`));
    }, READY_TIMEOUT_MS);
    const fail = (reason: string) => {
      clearTimeout(timer);
      reject(new Neo4jStartError(`The local Neo4j failed to start: ${reason}`, explainStartFailure(reason, stderrLog)));
    };
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        resolve(line.split(' ')[2] ?? 'unknown');
      } else if (line.startsWith('FAILED ')) {
        fail(line.slice(7));
      }
    });
    child.once('error', (err) => fail(err.message));
    child.once('exit', (code, signal) => fail(`the JVM exited (${signal ?? `code ${code}`}) before it was ready`));
  });
}

function explainStartFailure(reason: string, stderrLog: string): string {
  if (/lock|FileLockException|StoreLock/i.test(reason)) {
    return 'Another Neo4j process is using this data folder. Stop it (or the other `npm start`) and try again.';
  }
  if (/BindException|Address already in use/i.test(reason)) {
    return 'The Bolt port is taken; choose another with NEO4J_BOLT_PORT.';
  }
  return `See ${stderrLog} for the full log.`;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // SIGTERM runs the JVM's shutdown hook, which checkpoints and closes the store cleanly.
    child.kill('SIGTERM');
  });
}
