// A throw-away local Neo4j for benchmarks: free port, temp folder, removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j, type LocalNeo4jHandle } from '../../server/src/db/local-neo4j';

export interface ThrowawayNeo4j {
  readonly handle: LocalNeo4jHandle;
  readonly dataDir: string;
  dispose(): Promise<void>;
}

/** Starts a fresh Neo4j for one benchmark run; dispose() stops it and deletes its data. */
export async function throwawayNeo4j(options: { pagecache?: string; heap?: string } = {}): Promise<ThrowawayNeo4j> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-bench-'));
  const handle = await startLocalNeo4j({
    mode: 'local',
    dataDir,
    boltPort: await freePort(),
    database: 'neo4j',
    pagecache: options.pagecache ?? '512m',
    heap: options.heap ?? '2g',
  });
  return {
    handle,
    dataDir,
    dispose: async () => {
      await handle.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A one-line description of this machine for BENCHMARKS.md. */
export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
