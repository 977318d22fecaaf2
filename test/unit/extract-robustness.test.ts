// Extraction never throws on arbitrary unicode, and every offset it returns points into the original text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../graph-seed/src/extract';

/** Pieces real web copies are made of, so generated text reaches the extractors, not only the normaliser. */
const PIECES = [
  '乡村振兴',
  '“十百千万”工程',
  '項目為王',
  '兰考县',
  '郝堂村',
  '等重点项目',
  '明鸡高速',
  '（一）',
  '一、',
  '\uFFFD',
  '?',
  '!',
  '現(xiàn)',
  '　',
  ' ',
  '\n',
  '。',
  '，',
  '等龙头企业',
  '信钢180万吨合金带钢',
  '1+1+9+N',
  '𠀀',
  '\u200B',
  '\uD800',
];

const messyText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('extraction on arbitrary input', () => {
  // 400 extractions take 3–6 s on a loaded 2-core machine: a time limit here would be a timing assertion.
  it('never throws, and every mention and evidence span lies inside the original text', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(messyText, fc.constantFrom(undefined, '410225', '411503', '41'), (text, placeCode) => {
        const result = extractDocument({ id: 'fuzz', text, ...(placeCode ? { placeCode } : {}) });
        for (const entity of result.entities) {
          expect(entity.name.length).toBeGreaterThan(0);
          for (const m of entity.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.start).toBeLessThan(m.end);
          }
        }
        for (const relation of result.relations) {
          for (const e of relation.evidence) {
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(e.start, e.end)).toBe(e.sentence);
          }
        }
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
