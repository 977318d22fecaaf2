// A deterministic synthetic corpus for the extraction benchmark: the samples with other Henan counties substituted.
import fs from 'node:fs';
import path from 'node:path';
import { readManifest } from '../graph-seed/src/corpus/manifest';
import { gazetteer } from '../graph-seed/src/gazetteer/table';
import { chainOf } from '../graph-seed/src/gazetteer/lexicon';
import { prng as rng } from './support/prng';

export interface SyntheticDoc {
  id: string;
  text: string;
  placeCode: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * COUNT documents: document i is sample (i mod 5) with its county and city names (full and short) replaced by
 * those of a Henan county drawn with a fixed seed, and its paragraphs rotated, so no two documents are identical.
 */
export function syntheticCorpus(corpusDir: string, count: number, seed = 20_260_101): SyntheticDoc[] {
  const manifest = readManifest(corpusDir);
  const samples = manifest.documents.map((d) => ({ text: fs.readFileSync(path.join(corpusDir, d.file), 'utf8'), place: d.place?.code ?? null }));
  const counties = [...gazetteer().values()].filter((p) => p.level === 'county' && p.code.startsWith('41') && p.short);
  const next = rng(seed);
  const docs: SyntheticDoc[] = [];
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length]!;
    const target = counties[Math.floor(next() * counties.length)]!;
    const targetCity = chainOf(target.code).find((p) => p.level === 'city');
    let text = sample.text;
    if (sample.place) {
      for (const p of chainOf(sample.place)) {
        const to = p.level === 'county' ? target : p.level === 'city' ? targetCity : undefined;
        if (!to) continue;
        text = text.replace(new RegExp(escapeRegExp(p.name), 'g'), to.name);
        if (p.short && to.short) text = text.replace(new RegExp(escapeRegExp(p.short), 'g'), to.short);
      }
    }
    const paras = text.split('\n');
    const k = Math.floor(next() * paras.length);
    text = [...paras.slice(k), ...paras.slice(0, k)].join('\n');
    docs.push({ id: `synthetic-${String(i).padStart(5, '0')}`, text, placeCode: target.code });
  }
  return docs;
}
