// Test helpers over the suite's own Neo4j: a driver, a wipe, and the sample corpus load.
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../server/src/db/driver';
import { Neo4jGraphWriter } from '../../server/src/db/neo4j-writer';
import { loadCorpus, type LoadSummary } from '../../graph-seed/src/load/load-corpus';

import { SAMPLE_CORPUS_DIR } from './paths';

export function testConnection() {
  return inject('neo4j');
}

export function testDriver(): Driver {
  return createDriver(testConnection());
}

/** Deletes every node and relationship (schema stays), so each file starts from an empty graph. */
export async function wipe(driver: Driver): Promise<void> {
  const session = driver.session({ database: testConnection().database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/** Loads a corpus folder through the real loader into the test database. */
export async function loadSample(driver: Driver, dir = SAMPLE_CORPUS_DIR): Promise<LoadSummary> {
  return loadCorpus(dir, new Neo4jGraphWriter(driver, testConnection().database));
}

/** Rows of a read the tests make to see what the graph holds (parameters, never spliced), as plain objects. */
export async function readRows<T>(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = driver.session({ database: testConnection().database });
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}
