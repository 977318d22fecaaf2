// Pinyin, initials and near-spelling hits for /api/search: index candidates, judged here by prefix and edit distance.
import type { ManagedTransaction } from 'neo4j-driver';
import type { SearchHit } from '@policygraph/contract/api';
import type { EntityType, PlaceLevel } from '@policygraph/contract/graph-model';
import { editDistance, latinQuery, pinyinOf } from '../../search-pinyin';
import { READ } from '../cypher/read';
import { int } from '../read-session';
import { toNumber, toPlain } from '../records';

interface Candidate {
  hit: SearchHit;
  /** Lower ranks first within the fuzzy hits: 0 pinyin word, 1 pinyin prefix, 2 + distance for near spellings. */
  rank: number;
}

const HAN = /\p{Script=Han}/u;

/** Edits a near spelling may have: none for one or two letters, one up to seven, two beyond. */
const allowedEdits = (length: number) => (length <= 2 ? 0 : length <= 7 ? 1 : 2);

/** Distance to the whole text or, when shorter, to the text's start of the same length (a name being typed). */
const nearDistance = (q: string, text: string, max: number) => {
  const whole = editDistance(q, text, max);
  const start = [...text].slice(0, [...q].length).join('');
  return Math.min(whole, start.length < text.length ? editDistance(q, start, max) : whole);
};

/**
 * Hits found by pinyin (the query in Latin letters is the start of a name's pinyin or initials), or by a near
 * spelling (Chinese: one character off, or the same pinyin; Latin: a pinyin letter off), none of `exclude`,
 * ranked pinyin before near, then closer, then by documents. Candidates come from the full-text indexes, so no
 * request reads every name.
 */
export async function readNearHits(tx: ManagedTransaction, normalized: string, types: EntityType[], limit: number, exclude: Set<string>): Promise<SearchHit[]> {
  const latin = latinQuery(normalized);
  const han = HAN.test(normalized) ? normalized.replace(/\s+/g, '') : null;
  if (!latin && !han) return [];
  const qp = latin ?? pinyinOf(han ?? '').full;
  if (!qp) return [];
  const candidates = int(Math.max(100, limit * 5));
  const edits = allowedEdits(qp.length);
  // Prefix for a pinyin being typed; fuzzy (whole word) for a letter off or a homophone written in characters.
  const pinyinLucene = [`${qp}*`, ...(edits > 0 ? [`${qp}~${edits}`] : [])].join(' OR ');
  const runs = [tx.run(READ.searchPinyin, { lucene: pinyinLucene, types, candidates })];
  // Only Han characters make pairs, so nothing typed can reach Lucene as syntax.
  const chars = han ? [...han].filter((c) => HAN.test(c)) : [];
  if (chars.length >= 3) {
    const pairs = chars.slice(1).map((c, i) => `"${chars[i]}${c}"`);
    runs.push(tx.run(READ.searchBigrams, { lucene: [...new Set(pairs)].join(' OR '), types, candidates }));
  }
  const found = new Map<string, Candidate>();
  for (const res of await Promise.all(runs)) {
    for (const r of res.records) {
      const id = r.get('id') as string;
      if (exclude.has(id) || found.has(id)) continue;
      const name = r.get('name') as string;
      const aliases = toPlain(r.get('aliases')) as string[];
      const words = String(r.get('pinyin')).split(' ').filter(Boolean);
      const rank = han ? judgeHan(han, qp, [name, ...aliases], words) : judgeLatin(qp, words);
      if (rank === null) continue;
      const hit: SearchHit = {
        id,
        name,
        type: r.get('type') as EntityType,
        match: rank < 2 ? 'pinyin' : 'near',
        score: toNumber(r.get('score')),
        documentCount: toNumber(r.get('documentCount')),
      };
      const level = r.get('level') as PlaceLevel | null;
      const code = r.get('code') as string | null;
      if (level) hit.level = level;
      if (code) hit.code = code;
      if (aliases.length) hit.aliases = aliases;
      found.set(id, { hit, rank });
    }
  }
  return [...found.values()]
    .sort(
      (a, b) => a.rank - b.rank || b.hit.documentCount - a.hit.documentCount || a.hit.name.length - b.hit.name.length || a.hit.name.localeCompare(b.hit.name),
    )
    .slice(0, limit)
    .map((c) => c.hit);
}

/** A Latin query: a pinyin word or initials it equals (0) or starts (1), else a word a letter or two off (2 +). */
function judgeLatin(q: string, words: string[]): number | null {
  if (words.includes(q)) return 0;
  if (words.some((w) => w.startsWith(q))) return 1;
  const max = allowedEdits(q.length);
  if (max === 0) return null;
  const d = Math.min(...words.map((w) => nearDistance(q, w, max)));
  return d <= max ? 2 + d : null;
}

/** A Chinese query: a name or alias a character off (or two, when long), or one that sounds the same. */
function judgeHan(q: string, qp: string, texts: string[], words: string[]): number | null {
  const length = [...q].length;
  const max = allowedEdits(length);
  const d = Math.min(...texts.map((t) => nearDistance(q, t, max)));
  if (d <= max && d > 0) return 2 + d;
  // Homophones (项木为王 sounds as 项目为王): the same pinyin, or the start of it, for at least two syllables.
  if (length >= 2 && words.some((w) => w === qp || w.startsWith(qp))) return 2;
  return null;
}
