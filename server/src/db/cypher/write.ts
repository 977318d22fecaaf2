// Every write query of the loader, each named once; only the loader (graph-seed) calls these.

export const SCHEMA = [
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT strategy_id IF NOT EXISTS FOR (n:Strategy) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX place_code IF NOT EXISTS FOR (n:Place) ON (n.code)',
  'CREATE INDEX document_year IF NOT EXISTS FOR (n:Document) ON (n.year)',
] as const;

export const WRITE = {
  upsertDocument: `
    MERGE (d:Document {id: $doc.id})
    SET d.title = $doc.title, d.kind = $doc.kind, d.date = $doc.date, d.dateInferred = $doc.dateInferred,
        d.year = $doc.year, d.file = $doc.file, d.text = $doc.text`,

  upsertPlaces: `
    UNWIND $rows AS row
    MERGE (p:Place {id: row.id})
    SET p.name = row.name, p.level = row.level, p.code = row.code`,

  upsertPlacePartOf: `
    UNWIND $rows AS row
    MATCH (a:Place {id: row.from}), (b:Place {id: row.to})
    MERGE (a)-[:PART_OF]->(b)`,

  upsertAbout: `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId}), (p:Place {id: row.placeId})
    MERGE (d)-[r:ABOUT]->(p)
    SET r.inferred = row.inferred, r.reason = row.reason`,

  bumpVersion: `
    MERGE (m:Meta {id: 'graph'})
    SET m.seq = coalesce(m.seq, 0) + 1, m.loadedAt = toString(datetime())
    SET m.version = toString(m.seq) + '-' + m.loadedAt
    RETURN m.version AS version`,

  documentCount: `MATCH (d:Document) RETURN count(d) AS n`,
} as const;
