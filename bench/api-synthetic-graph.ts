// A deterministic synthetic graph of ≥ 100,000 nodes shaped as docs/data-model.md, written with batched UNWIND for the API benchmark.
import type { Driver } from 'neo4j-driver';
import { SCHEMA } from '../server/src/db/cypher/write';
import { prng } from './support/prng';

const CHARS =
  '安宝滨昌城川丹东丰福阜高固光广海河和华淮黄惠吉嘉江金津锦晋京靖九康兰乐黎林临龙鲁洛麦梅蒙明南宁平浦齐祁青清庆泉荣瑞山商上韶深沈石寿舒顺泰唐天通潼万威卫文武西仙湘新信兴许阳伊宜义永余玉元岳云长镇正郑中周舟珠驻遵';
const STRATEGY_TAILS = ['战略', '工程', '行动', '计划', '理念'];
const PROJECT_KINDS = ['产业园', '物流港', '科创城', '示范区', '新材料基地', '数据中心', '康养小镇', '高铁站'];
const ORG_KINDS = ['投资集团', '建设公司', '农业合作社', '科技公司', '研究院'];

export const SIZES = {
  cities: 17,
  countiesPerCity: 10,
  townshipsPerCounty: 12,
  villagesPerTownship: 10,
  strategies: 3000,
  projects: 30_000,
  organizations: 8000,
  documents: 4000,
  sentencesPerDocument: 10,
} as const;

export interface SyntheticIds {
  strategies: string[];
  strategyNames: string[];
  projects: string[];
  cities: string[];
  counties: string[];
  documents: string[];
}

interface PlaceRow {
  id: string;
  name: string;
  level: string;
  code: string;
  parent: string | null;
}

/** Builds the graph into an empty database and returns ids the benchmark draws requests from. */
export async function writeSyntheticGraph(driver: Driver, database: string, log: (line: string) => void): Promise<SyntheticIds> {
  const rand = prng(20240601);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const name2 = () => pick([...CHARS]) + pick([...CHARS]);
  // Popularity follows a steep power law: a few strategies are pursued everywhere (hubs), most by few places.
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n * rand() ** 3));

  const places: PlaceRow[] = [{ id: 'place:41', name: '河南省', level: 'province', code: '41', parent: null }];
  const cities: string[] = [];
  const counties: string[] = [];
  const townships: string[] = [];
  const villagesOf = new Map<string, string[]>();
  const townshipsOf = new Map<string, string[]>();
  for (let c = 0; c < SIZES.cities; c++) {
    const code = `41${String(c + 1).padStart(2, '0')}`;
    places.push({ id: `place:${code}`, name: `${name2()}市`, level: 'city', code, parent: 'place:41' });
    cities.push(`place:${code}`);
    for (let k = 0; k < SIZES.countiesPerCity; k++) {
      const kc = `${code}${String(k + 1).padStart(2, '0')}`;
      places.push({ id: `place:${kc}`, name: `${name2()}县`, level: 'county', code: kc, parent: `place:${code}` });
      counties.push(`place:${kc}`);
      townshipsOf.set(`place:${kc}`, []);
      for (let t = 0; t < SIZES.townshipsPerCounty; t++) {
        const tc = `${kc}${String(t + 1).padStart(3, '0')}`;
        places.push({ id: `place:${tc}`, name: `${name2()}镇`, level: 'township', code: tc, parent: `place:${kc}` });
        townships.push(`place:${tc}`);
        townshipsOf.get(`place:${kc}`)!.push(`place:${tc}`);
        villagesOf.set(`place:${tc}`, []);
        for (let v = 0; v < SIZES.villagesPerTownship; v++) {
          const vc = `${tc}${String(v + 1).padStart(3, '0')}`;
          places.push({ id: `place:${vc}`, name: `${name2()}村`, level: 'village', code: vc, parent: `place:${tc}` });
          villagesOf.get(`place:${tc}`)!.push(`place:${vc}`);
        }
      }
    }
  }
  const strategyNames = [...new Set(Array.from({ length: SIZES.strategies * 2 }, () => `${name2()}${name2()}${pick(STRATEGY_TAILS)}`))].slice(
    0,
    SIZES.strategies,
  );
  const strategies = strategyNames.map((n) => ({ id: `strategy:${n}`, name: n, aliases: [] as string[] }));
  const projects = Array.from({ length: SIZES.projects }, (_, i) => {
    const n = `${name2()}${pick(PROJECT_KINDS)}${i}号`;
    return { id: `project:${n}`, name: n, aliases: [] as string[] };
  });
  const orgs = Array.from({ length: SIZES.organizations }, (_, i) => {
    const n = `${name2()}${pick(ORG_KINDS)}${i}`;
    return { id: `org:${n}`, name: n, aliases: [] as string[] };
  });

  const placeById = new Map(places.map((p) => [p.id, p]));
  const documents: Array<Record<string, unknown>> = [];
  const sentences: Array<Record<string, unknown>> = [];
  const rels: Record<'PURSUES' | 'LOCATED_IN' | 'SERVES' | 'PARTICIPATES_IN', Array<{ from: string; to: string; sid: string; doc: string }>> = {
    PURSUES: [],
    LOCATED_IN: [],
    SERVES: [],
    PARTICIPATES_IN: [],
  };
  const about: Array<{ doc: string; place: string }> = [];
  const mentions: Array<{ doc: string; id: string; spans: number[] }> = [];
  for (let d = 0; d < SIZES.documents; d++) {
    const id = `bench_${String(d).padStart(5, '0')}`;
    const county = pick(counties);
    const town = pick(townshipsOf.get(county)!);
    const place = placeById.get(county)!;
    const docStrategies = [...new Set([zipf(strategies.length), zipf(strategies.length), zipf(strategies.length)])].map((i) => strategies[i]!);
    const docProjects = Array.from({ length: 7 }, (_, k) => projects[(d * 7 + k) % projects.length]!);
    const docOrgs = [pick(orgs), pick(orgs)];
    let text = `${place.name}${2019 + (d % 5)}年政府工作报告\n`;
    const sids: string[] = [];
    for (let s = 0; s < SIZES.sentencesPerDocument; s++) {
      const st = docStrategies[s % docStrategies.length]!;
      const pr = docProjects[s % docProjects.length]!;
      const sentence = `${place.name}坚持${st.name}，推进${pr.name}建设，全年地区生产总值增长${(s % 9) + 1}%。`;
      const start = text.length;
      text += sentence;
      const sid = `${id}#${s}`;
      sids.push(sid);
      sentences.push({ id: sid, documentId: id, index: s, start, end: text.length, text: sentence, section: null });
    }
    const year = 2019 + (d % 5);
    documents.push({
      id,
      title: `${place.name}${year}年政府工作报告`,
      kind: 'work-report',
      date: `${year}-0${(d % 9) + 1}-15`,
      year,
      text,
      sentenceCount: SIZES.sentencesPerDocument,
    });
    about.push({ doc: id, place: county });
    docStrategies.forEach((st, i) => rels.PURSUES.push({ from: county, to: st.id, sid: sids[i]!, doc: id }));
    docProjects.forEach((pr, i) => {
      const villages = villagesOf.get(town)!;
      rels.LOCATED_IN.push({ from: pr.id, to: i % 2 ? town : pick(villages), sid: sids[i % sids.length]!, doc: id });
      rels.SERVES.push({ from: pr.id, to: docStrategies[i % docStrategies.length]!.id, sid: sids[i % sids.length]!, doc: id });
    });
    docOrgs.forEach((o, i) => rels.PARTICIPATES_IN.push({ from: o.id, to: docProjects[i]!.id, sid: sids[i]!, doc: id }));
    for (const e of [place, ...docStrategies, ...docProjects, ...docOrgs]) {
      const spans: number[] = [];
      for (let at = text.indexOf(e.name); at >= 0 && spans.length < 40; at = text.indexOf(e.name, at + e.name.length)) spans.push(at, at + e.name.length);
      if (spans.length) mentions.push({ doc: id, id: e.id, spans });
    }
  }

  const session = driver.session({ database });
  const batched = async (what: string, cypher: string, rows: readonly unknown[], size = 5000) => {
    for (let i = 0; i < rows.length; i += size) await session.executeWrite((tx) => tx.run(cypher, { rows: rows.slice(i, i + size) }));
    log(`  ${what}: ${rows.length}`);
  };
  try {
    for (const stmt of SCHEMA) await session.run(stmt);
    await session.run('CALL db.awaitIndexes(300)');
    await batched(
      'places',
      `UNWIND $rows AS r MERGE (p:Place {id: r.id}) SET p.name = r.name, p.level = r.level, p.code = r.code, p.aliases = [], p.searchText = r.name`,
      places,
    );
    await batched(
      'place PART_OF',
      `UNWIND $rows AS r MATCH (c:Place {id: r.id}), (p:Place {id: r.parent}) MERGE (c)-[x:PART_OF]->(p) SET x.source = 'gazetteer'`,
      places.filter((p) => p.parent),
    );
    for (const [label, rows] of [
      ['Strategy', strategies],
      ['Project', projects],
      ['Organization', orgs],
    ] as const) {
      // label is one of three literals.
      await batched(label, `UNWIND $rows AS r MERGE (n:${label} {id: r.id}) SET n.name = r.name, n.aliases = r.aliases, n.searchText = r.name`, rows);
    }
    await batched('documents', `UNWIND $rows AS r MERGE (d:Document {id: r.id}) SET d += r, d.dateInferred = false, d.encoding = 'utf-8'`, documents, 1000);
    await batched('sentences', `UNWIND $rows AS r MERGE (s:Sentence {id: r.id}) SET s += r`, sentences);
    await batched('ABOUT', `UNWIND $rows AS r MATCH (d:Document {id: r.doc}), (p:Place {id: r.place}) MERGE (d)-[a:ABOUT]->(p) SET a.inferred = false`, about);
    const labelOf = {
      PURSUES: ['Place', 'Strategy'],
      LOCATED_IN: ['Project', 'Place'],
      SERVES: ['Project', 'Strategy'],
      PARTICIPATES_IN: ['Organization', 'Project'],
    } as const;
    for (const type of Object.keys(rels) as Array<keyof typeof rels>) {
      const [a, b] = labelOf[type];
      await batched(
        type,
        `UNWIND $rows AS r MATCH (a:${a} {id: r.from}), (b:${b} {id: r.to})
         MERGE (a)-[x:${type}]->(b)
         SET x.evidence = CASE WHEN r.sid IN coalesce(x.evidence, []) THEN x.evidence ELSE coalesce(x.evidence, []) + r.sid END,
             x.documents = CASE WHEN r.doc IN coalesce(x.documents, []) THEN x.documents ELSE coalesce(x.documents, []) + r.doc END,
             x.confidence = 1.0, x.source = 'text'`,
        rels[type],
        2000,
      );
    }
    await batched(
      'MENTIONS',
      `UNWIND $rows AS r MATCH (d:Document {id: r.doc})
       CALL (r) { MATCH (e:Place {id: r.id}) RETURN e UNION MATCH (e:Strategy {id: r.id}) RETURN e UNION MATCH (e:Project {id: r.id}) RETURN e UNION MATCH (e:Organization {id: r.id}) RETURN e }
       MERGE (d)-[m:MENTIONS]->(e) SET m.spans = r.spans, m.count = size(r.spans) / 2`,
      mentions,
    );
    await session.run(`MERGE (m:Meta {id: 'graph'}) SET m.version = 'bench-1', m.seq = 1, m.loadedAt = toString(datetime())`);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return {
    strategies: strategies.map((s) => s.id),
    strategyNames,
    projects: projects.map((p) => p.id),
    cities,
    counties,
    documents: documents.map((d) => d.id as string),
  };
}
