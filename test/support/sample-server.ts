// A test file's usual world: the suite's Neo4j wiped and loaded with the sample corpus, the real app over HTTP.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from './http';
import { loadSample, testDriver, wipe } from './neo4j';

export interface SampleServer {
  readonly driver: Driver;
  readonly server: TestServer;
  /** GETs a path, expects 200 and parses the body with the contract's schema. */
  getJson<T>(path: string, schema: { parse(v: unknown): T }): Promise<T>;
}

/**
 * Registers beforeAll/afterAll that load the sample corpus and start the app; the returned object is filled
 * in by the time the tests run.
 */
export function useSampleServer(options: TestServerOptions = {}): SampleServer {
  const world = {} as { driver: Driver; server: TestServer };
  beforeAll(async () => {
    world.driver = testDriver();
    await wipe(world.driver);
    expect((await loadSample(world.driver)).failed).toEqual([]);
    world.server = await startTestServer(world.driver, options);
  });
  afterAll(async () => {
    await world.server?.close();
    await world.driver?.close();
  });
  return {
    get driver() {
      return world.driver;
    },
    get server() {
      return world.server;
    },
    async getJson<T>(path: string, schema: { parse(v: unknown): T }): Promise<T> {
      const res = await fetch(`${world.server.baseUrl}${path}`);
      expect(res.status, path).toBe(200);
      return schema.parse(await res.json());
    },
  };
}
