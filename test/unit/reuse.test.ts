// Text reuse: near-identical passages of different documents are paired by MinHash/LSH, boilerplate and commonplaces are not.
import { describe, expect, it } from 'vitest';
import { corpusReuse, type CorpusSentence } from '../../graph-seed/src/reuse/index';
import { findReuse } from '../../graph-seed/src/reuse/find-reuse';
import { jaccard, shingles } from '../../graph-seed/src/reuse/minhash';
import { passagesOf } from '../../graph-seed/src/reuse/passages';
import { prng } from '../../bench/support/prng';

/** Made-up documents, one sentence each unless given as a list. */
function corpus(docs: Record<string, { date: string; text: string | string[] }>): CorpusSentence[] {
  return Object.entries(docs).flatMap(([documentId, d]) => {
    let start = 0;
    return [d.text].flat().map((text, index) => {
      const s = { documentId, index, start, text, date: d.date };
      start += text.length;
      return { ...s, start: s.start };
    });
  });
}

describe('text reuse', () => {
  it('pairs a clause a later document took over with small changes, with both offsets, later → earlier', () => {
    const sentences = corpus({
      a: { date: '2021', text: '全面推行“村村有产业、户户有增收”的清河模式，带动全县二十个村集体经济破零。' },
      b: { date: '2023', text: '学习借鉴清河经验，全面推行“村村有产业、户户有增收”的模式，力争年内全覆盖。' },
      c: { date: '2022', text: '加快建设现代化港口城市，打造对外开放新高地，培育外贸新业态。' },
    });
    const { relations } = corpusReuse(sentences);
    expect(relations).toHaveLength(1);
    const [r] = relations;
    expect(r).toMatchObject({ from: 'b', to: 'a', evidence: ['b#0'], echoes: ['a#0'] });
    const [s, e] = r!.spans;
    const [es, ee] = r!.echoSpans;
    const textOf = (id: string) => sentences.find((x) => x.documentId === id)!.text;
    expect(textOf('b').slice(s, e)).toContain('村村有产业、户户有增收');
    expect(textOf('a').slice(es, ee)).toContain('村村有产业、户户有增收');
    expect(r!.similarities[0]).toBeGreaterThanOrEqual(0.4);
  });

  it('ignores national boilerplate that every document quotes, and passages of the same document', () => {
    const formula = '增强“四个意识”、坚定“四个自信”、做到“两个维护”。';
    const quote = '习近平总书记强调，要把人民对美好生活的向往作为奋斗目标。';
    const { relations } = corpusReuse(
      corpus({
        a: {
          date: '2021',
          text: [
            formula,
            quote,
            '大力发展富硒茶叶产业，叫响山城茶品牌，茶园面积稳定在十万亩。',
            '大力发展富硒茶叶产业，叫响山城茶品牌，茶园面积稳定在十万亩。',
          ],
        },
        b: { date: '2022', text: [formula, quote] },
      }),
    );
    expect(relations).toEqual([]);
  });

  it('drops wording that more than two documents share as a commonplace, not as one place taking it from another', () => {
    const common = '坚持稳中求进工作总基调，统筹疫情防控和经济社会发展工作。';
    const docs = Object.fromEntries(['a', 'b', 'c', 'd'].map((id, i) => [id, { date: `202${i}`, text: common }]));
    expect(corpusReuse(corpus(docs)).relations).toEqual([]);
    expect(corpusReuse(corpus({ a: docs.a!, b: docs.b! })).relations).toHaveLength(1);
  });

  it('splits a long sentence into clause passages with offsets into the original text', () => {
    const text = '一是抓项目，坚持项目为王，全力以赴扩投资；二是抓招商，突出招大引强，提升招商引资实效。';
    const passages = passagesOf({ documentId: 'x', index: 3, start: 100, text, date: null });
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) expect(text.slice(p.start - 100, p.end - 100)).toBe(p.text);
    expect(passages.every((p) => p.sentence === 3)).toBe(true);
  });

  it('finds near-copies among thousands of passages with far fewer comparisons than all pairs', () => {
    const random = prng(7);
    const alphabet =
      '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
    const sentence = () => Array.from({ length: 30 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const passages = Array.from({ length: 3000 }, (_, i) => ({ documentId: `d${i % 300}`, sentence: i, start: 0, end: 30, text: sentence(), date: '2022' }));
    // Plant five near-copies (two characters changed) in other documents.
    for (let k = 0; k < 5; k++) {
      const src = passages[k * 100]!;
      const chars = [...src.text];
      chars[10] = '甲';
      chars[20] = '乙';
      passages.push({ ...src, documentId: `copy${k}`, sentence: 0, text: chars.join('') });
    }
    const { pairs, stats } = findReuse(passages);
    const planted = pairs.filter((p) => p.from.documentId.startsWith('copy') || p.to.documentId.startsWith('copy'));
    expect(planted).toHaveLength(5);
    expect(pairs.length).toBe(5);
    // All pairs would be ~4.5 million comparisons; LSH proposes a handful.
    expect(stats.candidates).toBeLessThan(1000);
  });

  it('measures similarity as the Jaccard of character shingles, punctuation ignored', () => {
    expect(jaccard(shingles('推进乡村振兴。', 4), shingles('推进乡村振兴', 4))).toBe(1);
    expect(jaccard(shingles('甲乙丙丁戊', 4), shingles('子丑寅卯辰', 4))).toBe(0);
  });
});
