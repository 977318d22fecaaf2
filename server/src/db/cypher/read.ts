// Every read query of the API, each named once; labels and types are interpolated only from the whitelist.
import { NODE_TYPES } from '../../contract/graph-model';

const nodeLabels = NODE_TYPES.join('|');

/** Projects a node to the fields the graph view needs (never a document's full text). */
export const nodeProjection = (v: string) =>
  `${v} {id: ${v}.id, name: coalesce(${v}.name, ${v}.title, ${v}.id), labels: labels(${v}), level: ${v}.level, code: ${v}.code, date: ${v}.date, aliases: ${v}.aliases, degree: COUNT { (${v})--(:${nodeLabels}) }}`;

/** Projects a relationship with a stable id (type:source->target) so permalinks survive reloads. */
export const relProjection = (v: string) =>
  `{id: type(${v}) + ':' + startNode(${v}).id + '->' + endNode(${v}).id, source: startNode(${v}).id, target: endNode(${v}).id, type: type(${v}), evidenceCount: size(coalesce(${v}.evidence, [])), confidence: ${v}.confidence}`;

export const READ = {
  serverVersion: `CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version`,

  countsByLabel: `
    UNWIND $labels AS label
    CALL (label) {
      MATCH (n) WHERE label IN labels(n)
      RETURN count(n) AS n
    }
    RETURN label, n`,

  relationshipCount: `MATCH ()-[r]->() WHERE type(r) IN $types RETURN count(r) AS n`,

  graphVersion: `OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN m.version AS version`,

  /**
   * First view: the strategies pursued by most places, with those places, plus every document and the
   * place it is about, so a corpus with little extracted still shows something true.
   */
  overview: `
    CALL () {
      MATCH (s:Strategy)<-[:PURSUES]-(p:Place)
      WITH s, count(DISTINCT p) AS places ORDER BY places DESC, s.name LIMIT $strategyLimit
      MATCH (s)<-[r:PURSUES]-(:Place)
      RETURN r
      UNION
      MATCH (:Document)-[r:ABOUT]->(:Place)
      RETURN r
    }
    WITH collect(r) AS rs
    UNWIND rs AS r
    UNWIND [startNode(r), endNode(r)] AS n
    WITH rs, collect(DISTINCT n) AS ns
    RETURN [n IN ns | ${nodeProjection('n')}] AS nodes, [r IN rs | ${relProjection('r')}] AS edges`,
} as const;
