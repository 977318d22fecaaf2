// A deterministic synthetic corpus for the load benchmark: Chinese report-like texts and their exact extraction.
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractionResult, RelationType } from '../graph-seed/src/extract/types';
import { countyLevelDivisions } from '../graph-seed/src/gazetteer/divisions';
import { prng } from './support/prng';

const STRATEGY_HEADS = [
  '乡村振兴',
  '数字经济',
  '生态保护',
  '黄河流域',
  '县域经济',
  '文旅融合',
  '科技创新',
  '先进制造',
  '城乡融合',
  '绿色低碳',
  '人才强市',
  '开放招商',
  '营商环境',
  '新型城镇化',
  '共同富裕',
];
const STRATEGY_TAILS = ['战略', '工程', '行动', '计划'];
const PROJECT_KINDS = ['产业园', '物流港', '科创城', '示范区', '新材料基地', '数据中心', '康养小镇', '高铁站'];
const ORG_KINDS = ['投资集团', '建设公司', '农业合作社', '科技公司', '研究院'];
const FILLER = ['全年地区生产总值增长', '一般公共预算收入增长', '城镇居民人均可支配收入增长', '固定资产投资增长', '社会消费品零售总额增长'];

export interface SyntheticDocument {
  id: string;
  file: string;
  title: string;
  placeCode: string;
  placeName: string;
  text: string;
  extraction: ExtractionResult;
}

const counties = () => [...countyLevelDivisions().values()].filter((d) => d.level === 'county').sort((a, b) => a.code.localeCompare(b.code));

/** Document number i of the corpus: the same text and extraction on every call. */
export function syntheticDocument(i: number): SyntheticDocument {
  const rand = prng(1000 + i);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const all = counties();
  const place = all[Math.floor(rand() * Math.min(all.length, 400))]!;
  const id = `bench_${String(i).padStart(5, '0')}`;
  const strategies = [...new Set(Array.from({ length: 5 }, () => `${pick(STRATEGY_HEADS)}${pick(STRATEGY_TAILS)}`))];
  // Projects and organisations are mostly new per document, as in real reports; some recur across documents.
  const projects = Array.from({ length: 5 }, (_, k) => `${place.name.slice(0, 2)}${pick(PROJECT_KINDS)}${(i * 5 + k) % 3000}号`);
  const orgs = Array.from({ length: 3 }, (_, k) => `${place.name.slice(0, 2)}${pick(ORG_KINDS)}${(i * 3 + k) % 1500}`);

  const sentences: ExtractionResult['document']['sentences'] = [];
  const mentions = new Map<string, { start: number; end: number; sentence: number }[]>();
  const relations: ExtractionResult['relations'] = [];
  let text = '';
  /** Appends a sentence made of parts; [id, name] parts are mentions of entities. */
  const say = (parts: (string | [string, string])[], rels: [RelationType, string, string][] = []) => {
    const start = text.length;
    const index = sentences.length;
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const [eid, name] = part;
      const list = mentions.get(eid) ?? [];
      list.push({ start: text.length, end: text.length + name.length, sentence: index });
      mentions.set(eid, list);
      text += name;
    }
    text += '。';
    sentences.push({ index, start, end: text.length, text: text.slice(start), section: null });
    for (const [type, from, to] of rels)
      relations.push({ type, from, to, evidence: [{ start, end: text.length, sentence: text.slice(start), index }], source: 'text' });
    text += '\n';
  };

  const placeRef: [string, string] = [`place:${place.code}`, place.name];
  const sRef = (s: string): [string, string] => [`strategy:${s}`, s];
  const pRef = (p: string): [string, string] => [`project:${p}`, p];
  const oRef = (o: string): [string, string] => [`org:${o}`, o];
  for (const s of strategies) say([placeRef, '坚定不移实施', sRef(s)], [['PURSUES', placeRef[0], sRef(s)[0]]]);
  projects.forEach((p, k) => {
    const s = strategies[k % strategies.length]!;
    say(
      [pRef(p), '落户', placeRef, '，服务', sRef(s)],
      [
        ['LOCATED_IN', pRef(p)[0], placeRef[0]],
        ['SERVES', pRef(p)[0], sRef(s)[0]],
      ],
    );
  });
  orgs.forEach((o, k) => say([oRef(o), '参与建设', pRef(projects[k]!)], [['PARTICIPATES_IN', oRef(o)[0], pRef(projects[k]!)[0]]]));
  if (strategies.length > 1)
    say([sRef(strategies[1]!), '是', sRef(strategies[0]!), '的重要组成部分'], [['PART_OF', sRef(strategies[1]!)[0], sRef(strategies[0]!)[0]]]);
  for (let k = 0; k < 30; k++) say([`${pick(FILLER)}${(rand() * 12).toFixed(1)}%，各项工作取得新进展`]);

  const entities: ExtractionResult['entities'] = [...mentions].map(([eid, ms]) => {
    const [prefix, ...rest] = eid.split(':');
    const name = rest.join(':');
    const type = prefix === 'place' ? 'Place' : prefix === 'strategy' ? 'Strategy' : prefix === 'project' ? 'Project' : 'Organization';
    return type === 'Place'
      ? { id: eid, type, name: place.name, aliases: [], mentions: ms, level: 'county' as const, code: place.code }
      : { id: eid, type, name, aliases: [], mentions: ms };
  });
  return {
    id,
    file: `${id}.txt`,
    title: `${place.name}政府工作报告（样本${i}）`,
    placeCode: place.code,
    placeName: place.name,
    text,
    extraction: { document: { id, length: text.length, sentences, headings: [] }, entities, relations, warnings: [] },
  };
}

/** Writes documents 0…n-1 and their manifest into DIR. */
export function writeSyntheticCorpus(dir: string, n: number): void {
  fs.mkdirSync(dir, { recursive: true });
  const documents = [];
  for (let i = 0; i < n; i++) {
    const d = syntheticDocument(i);
    fs.writeFileSync(path.join(dir, d.file), d.text);
    documents.push({
      id: d.id,
      file: d.file,
      title: d.title,
      kind: 'work-report',
      date: `${2015 + (i % 10)}`,
      place: { name: d.placeName, code: d.placeCode },
    });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ version: 1, description: 'synthetic load benchmark corpus', documents }));
}

/** The extraction of a synthetic document by id (regenerated, so nothing is held in memory). */
export function syntheticExtraction(id: string): ExtractionResult {
  return syntheticDocument(Number(id.replace('bench_', ''))).extraction;
}
