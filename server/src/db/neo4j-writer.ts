// GraphWriter over Neo4j: schema, per-document atomic upserts inside executeWrite, and the graph version.
import type { Driver } from 'neo4j-driver';
import type { DocumentGraph, GraphWriter } from '../../../graph-seed/src/load/graph-writer';
import { SCHEMA, WRITE } from './cypher/write';
import { toNumber } from './records';

export class Neo4jGraphWriter implements GraphWriter {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  async ensureSchema(): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      for (const statement of SCHEMA) await session.run(statement);
      await session.run('CALL db.awaitIndexes(60)');
    } finally {
      await session.close();
    }
  }

  async writeDocument(graph: DocumentGraph): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(WRITE.upsertDocument, { doc: graph.document });
        await tx.run(WRITE.upsertPlaces, { rows: graph.places });
        await tx.run(WRITE.upsertPlacePartOf, { rows: graph.placePartOf });
        await tx.run(WRITE.upsertAbout, { rows: graph.about });
      });
    } finally {
      await session.close();
    }
  }

  async bumpVersion(): Promise<string> {
    const session = this.driver.session({ database: this.database });
    try {
      const res = await session.executeWrite((tx) => tx.run(WRITE.bumpVersion));
      return String(res.records[0]?.get('version'));
    } finally {
      await session.close();
    }
  }

  async documentCount(): Promise<number> {
    const session = this.driver.session({ database: this.database });
    try {
      const res = await session.executeRead((tx) => tx.run(WRITE.documentCount));
      return toNumber(res.records[0]?.get('n'));
    } finally {
      await session.close();
    }
  }
}
