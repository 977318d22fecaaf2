// Starts a throw-away Neo4j for the integration tests: own port, own temp data folder, never the user's .neo4j.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j, type LocalNeo4jHandle } from '../../server/src/db/local-neo4j';
import type { Neo4jConnection } from '../../server/src/db/connection';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** Where the explorer is built once for the run (test/browser/explorer-harness.ts buildClient); not there until a file asks. */
    clientBuildDir: string;
  }
}

let handle: LocalNeo4jHandle | undefined;
let dataDir: string | undefined;
let clientBuildParent: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  // One build of the client for every browser file of the run: the build took 10-15 s each, in 16 files, on
  // sources that cannot change during a run. Built on first use, so integration-only runs pay nothing.
  clientBuildParent = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-client-'));
  project.provide('clientBuildDir', path.join(clientBuildParent, 'client'));
  if (process.env.TEST_NEO4J_URI) {
    // Run the suite against an external server instead (it will be wiped: never point this at real data).
    project.provide('neo4j', {
      uri: process.env.TEST_NEO4J_URI,
      user: process.env.TEST_NEO4J_USER ?? 'neo4j',
      password: process.env.TEST_NEO4J_PASSWORD ?? '',
      database: process.env.TEST_NEO4J_DATABASE ?? 'neo4j',
    });
    return;
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-test-neo4j-'));
  handle = await startLocalNeo4j({ mode: 'local', dataDir, boltPort: await freePort(), database: 'neo4j', pagecache: '256m', heap: '1g' }, (line) =>
    console.log(`[test neo4j] ${line}`),
  );
  project.provide('neo4j', { uri: handle.uri, user: handle.user, password: handle.password, database: handle.database });
}

export async function teardown(): Promise<void> {
  if (clientBuildParent) fs.rmSync(clientBuildParent, { recursive: true, force: true });
  await handle?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
