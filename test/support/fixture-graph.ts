// A small graph of known shape, written with plain parameterised Cypher as docs/data-model.md describes it, for API tests.
import type { Driver } from 'neo4j-driver';
import { testConnection } from './neo4j';

interface FixtureDoc {
  id: string;
  title: string;
  date: string;
  year: number;
  about: string;
  sentences: string[];
}

/** Three short documents; their sentences hold every relation below, so evidence offsets are checkable. */
export const FIXTURE_DOCS: FixtureDoc[] = [
  {
    id: 'fx-pingqiao',
    title: '平桥区政府工作报告（测试）',
    date: '2023-02-26',
    year: 2023,
    about: 'place:411503',
    sentences: ['平桥区坚持项目为王，全力推进乡村振兴。', '平桥区茶产业园建成投产，助力乡村振兴。'],
  },
  {
    id: 'fx-lankao',
    title: '兰考县发展纪实（测试）',
    date: '2022',
    year: 2022,
    about: 'place:410225',
    sentences: ['兰考县坚持项目为王。', '兰考县大力实施乡村振兴战略。', '兰考县品牌家居产业园由恒大家居公司投资建设。'],
  },
  {
    id: 'fx-linzhou',
    title: '林州市三级干部会议讲话（测试）',
    date: '2023',
    year: 2023,
    about: 'place:410581',
    sentences: ['林州市坚持项目为王。', '林州市弘扬红旗渠精神。'],
  },
];

const PLACES = [
  { id: 'place:41', name: '河南省', level: 'province', code: '41', parent: null, aliases: ['豫'] },
  { id: 'place:4115', name: '信阳市', level: 'city', code: '4115', parent: 'place:41', aliases: [] },
  { id: 'place:411503', name: '平桥区', level: 'county', code: '411503', parent: 'place:4115', aliases: [] },
  { id: 'place:4102', name: '开封市', level: 'city', code: '4102', parent: 'place:41', aliases: [] },
  { id: 'place:410225', name: '兰考县', level: 'county', code: '410225', parent: 'place:4102', aliases: ['兰考'] },
  { id: 'place:410225100', name: '城关镇', level: 'township', code: '410225100', parent: 'place:410225', aliases: [] },
  { id: 'place:4105', name: '安阳市', level: 'city', code: '4105', parent: 'place:41', aliases: [] },
  { id: 'place:410581', name: '林州市', level: 'county', code: '410581', parent: 'place:4105', aliases: ['林县'] },
];

const ENTITIES = [
  { label: 'Strategy', id: 'strategy:项目为王', name: '项目为王', aliases: [] as string[] },
  { label: 'Strategy', id: 'strategy:乡村振兴', name: '乡村振兴', aliases: ['乡村振兴战略'] },
  { label: 'Strategy', id: 'strategy:红旗渠精神', name: '红旗渠精神', aliases: [] },
  { label: 'Project', id: 'project:平桥区茶产业园', name: '平桥区茶产业园', aliases: [] },
  { label: 'Project', id: 'project:兰考县品牌家居产业园', name: '兰考县品牌家居产业园', aliases: [] },
  { label: 'Organization', id: 'org:恒大家居公司', name: '恒大家居公司', aliases: [] },
] as const;

/** [type, from, to, document, sentence index] — each relation rests on that sentence. */
const RELATIONS: Array<[string, string, string, string, number]> = [
  ['PURSUES', 'place:411503', 'strategy:项目为王', 'fx-pingqiao', 0],
  ['PURSUES', 'place:411503', 'strategy:乡村振兴', 'fx-pingqiao', 0],
  ['LOCATED_IN', 'project:平桥区茶产业园', 'place:411503', 'fx-pingqiao', 1],
  ['SERVES', 'project:平桥区茶产业园', 'strategy:乡村振兴', 'fx-pingqiao', 1],
  ['PURSUES', 'place:410225', 'strategy:项目为王', 'fx-lankao', 0],
  ['PURSUES', 'place:410225', 'strategy:乡村振兴', 'fx-lankao', 1],
  ['LOCATED_IN', 'project:兰考县品牌家居产业园', 'place:410225100', 'fx-lankao', 2],
  ['PARTICIPATES_IN', 'org:恒大家居公司', 'project:兰考县品牌家居产业园', 'fx-lankao', 2],
  ['PURSUES', 'place:410581', 'strategy:项目为王', 'fx-linzhou', 0],
  ['PURSUES', 'place:410581', 'strategy:红旗渠精神', 'fx-linzhou', 1],
];

/** The text of a fixture document and the offsets of each sentence in it. */
export function fixtureText(doc: FixtureDoc): { text: string; spans: Array<{ start: number; end: number }> } {
  const spans: Array<{ start: number; end: number }> = [];
  let text = `${doc.title}\n`;
  for (const s of doc.sentences) {
    spans.push({ start: text.length, end: text.length + s.length });
    text += s;
  }
  return { text, spans };
}

/** Writes the fixture graph (after the schema the API expects: constraints and the full-text index). */
export async function writeFixtureGraph(driver: Driver, version = 'fixture-1'): Promise<void> {
  const session = driver.session({ database: testConnection().database });
  try {
    for (const stmt of [
      'CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT strategy_id IF NOT EXISTS FOR (n:Strategy) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
      "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Strategy|Project|Place|Organization) ON EACH [n.name, n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    ]) {
      await session.run(stmt);
    }
    await session.run('CALL db.awaitIndexes(60)');
    await session.executeWrite(async (tx) => {
      await tx.run(
        `UNWIND $rows AS row
         MERGE (p:Place {id: row.id})
         SET p.name = row.name, p.level = row.level, p.code = row.code, p.aliases = row.aliases,
             p.searchText = reduce(s = row.name, a IN row.aliases | s + ' ' + a)`,
        { rows: PLACES },
      );
      await tx.run(
        `UNWIND $rows AS row
         MATCH (c:Place {id: row.id}), (p:Place {id: row.parent})
         MERGE (c)-[r:PART_OF]->(p) SET r.source = 'gazetteer'`,
        { rows: PLACES.filter((p) => p.parent) },
      );
      for (const label of ['Strategy', 'Project', 'Organization'] as const) {
        // The label is one of three literals above, never input.
        await tx.run(
          `UNWIND $rows AS row
           MERGE (n:${label} {id: row.id})
           SET n.name = row.name, n.aliases = row.aliases, n.searchText = reduce(s = row.name, a IN row.aliases | s + ' ' + a)`,
          { rows: ENTITIES.filter((e) => e.label === label) },
        );
      }
      const names = new Map<string, string>([...PLACES, ...ENTITIES].map((e) => [e.id, e.name]));
      for (const doc of FIXTURE_DOCS) {
        const { text, spans } = fixtureText(doc);
        await tx.run(
          `MERGE (d:Document {id: $id})
           SET d.title = $title, d.kind = 'report', d.date = $date, d.dateInferred = false, d.year = $year, d.text = $text,
               d.encoding = 'utf-8', d.sentenceCount = size($spans)
           WITH d
           MATCH (p:Place {id: $about}) MERGE (d)-[a:ABOUT]->(p) SET a.inferred = false
           WITH d
           UNWIND range(0, size($spans) - 1) AS i
           MERGE (s:Sentence {id: $id + '#' + i})
           SET s.documentId = $id, s.index = i, s.start = $spans[i].start, s.end = $spans[i].end,
               s.text = substring($text, $spans[i].start, $spans[i].end - $spans[i].start), s.section = null`,
          { id: doc.id, title: doc.title, date: doc.date, year: doc.year, text, spans, about: doc.about },
        );
        // Every occurrence of every known name in the text is a mention.
        const mentions: Array<{ id: string; spans: number[] }> = [];
        for (const [id, name] of names) {
          const found: number[] = [];
          for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) found.push(at, at + name.length);
          if (found.length) mentions.push({ id, spans: found });
        }
        await tx.run(
          `UNWIND $rows AS row
           MATCH (d:Document {id: $doc})
           MATCH (e) WHERE e.id = row.id AND (e:Place OR e:Strategy OR e:Project OR e:Organization)
           MERGE (d)-[m:MENTIONS]->(e) SET m.spans = row.spans, m.count = size(row.spans) / 2`,
          { doc: doc.id, rows: mentions },
        );
      }
      for (const [type, from, to, docId, index] of RELATIONS) {
        await tx.run(
          // The type is one of the whitelisted literals in RELATIONS above.
          `MATCH (a {id: $from}), (b {id: $to})
           WHERE NOT a:Sentence AND NOT b:Sentence
           MERGE (a)-[r:${type}]->(b)
           SET r.evidence = coalesce(r.evidence, []) + [$sid], r.documents = coalesce(r.documents, []) + [$doc],
               r.confidence = 1.0, r.source = 'text'`,
          { from, to, sid: `${docId}#${index}`, doc: docId },
        );
      }
      await tx.run(`MERGE (m:Meta {id: 'graph'}) SET m.version = $version, m.seq = 1, m.loadedAt = toString(datetime())`, { version });
    });
  } finally {
    await session.close();
  }
}
