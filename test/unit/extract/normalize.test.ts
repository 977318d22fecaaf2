// Normalisation keeps every offset pointing into the original text, whatever the script or the damage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../../graph-seed/src/normalize';
import { entity, mentionTexts, run } from './support';

// Source: graph-seed/corpus/004_92b96156f557c987.txt (兰考, Traditional script with damaged bytes), second paragraph.
const LANKAO = '脫貧摘帽又五年,蘭考如期兌現了“三年脫貧、七年小康”的莊嚴承諾,實現了焦裕祿當年的夙愿。';
// Source: same file, the paragraph on 县域新样板 (“共同富?h域” is 共同富裕縣域 with a lost byte).
const DAMAGED = '建設新時代中國特色社會主義精神高地、全國共同富?h域新樣板、全國城鄉融合發展新示范。';

describe('normalisation', () => {
  it('should convert Traditional to Simplified and still highlight the Traditional original', { timeout: 60_000 }, () => {
    const r = run(LANKAO, '410225');
    expect(r.document.script).toBe('traditional');
    const lankao = entity(r, 'Place', '兰考县');
    expect(mentionTexts(r, LANKAO, lankao)).toEqual(['蘭考']);
    const spirit = r.entities.find((e) => e.type === 'Strategy' && e.name === '三年脱贫、七年小康');
    expect(mentionTexts(r, LANKAO, spirit)).toEqual(['三年脫貧、七年小康']);
  });

  it('should use Taiwan phrases for Traditional text but never rewrite Simplified words', () => {
    expect(normalize('軟體產業').text).toBe('软件产业');
    // twp alone would turn 建立→创建 and 新增→添加: Simplified text stays as written.
    expect(normalize('建立动态监测机制，新增市场主体').text).toBe('建立动态监测机制，新增市场主体');
  });

  it('should also simplify the variant letters opencc leaves (陜 for 陝, 鑛 for 礦)', () => {
    expect(normalize('陜西鑛業集團與陜投集團簽約。').text).toBe('陕西矿业集团与陕投集团签约。');
  });

  it('should map a phrase whose Simplified form is longer back onto its own letters (太空梭 → 航天飞机)', () => {
    const text = '計程車與太空梭。';
    const n = normalize(text);
    expect(n.text).toBe('出租车与航天飞机。');
    const span = (word: string) => {
      const at = n.text.indexOf(word);
      const o = toOriginal(n, at, at + word.length);
      return text.slice(o.start, o.end);
    };
    expect(span('出租车')).toBe('計程車');
    expect(span('与')).toBe('與');
    expect(span('航天飞机')).toBe('太空梭');
  });

  it('should report a damaged double-byte letter with its position and not read across it', () => {
    const n = normalize(DAMAGED);
    const w = n.warnings.find((x) => x.code === 'damaged-bytes');
    expect(w).toBeDefined();
    expect(DAMAGED.slice(w!.start, w!.end)).toBe('?h');
    expect(n.text).toContain('共同富□域');
  });

  it('should drop pinyin readings, spaces inside words and web-page junk, mapping what remains back', () => {
    const text = '“項目 為王”是實現(xiàn)高質量發展的關鍵。【打印】點擊查看原文';
    const n = normalize(text);
    expect(n.text).toBe('“项目为王”是实现高质量发展的关键。');
    expect(n.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['pinyin-annotation', 'junk-token']));
    const at = n.text.indexOf('项目为王');
    const o = toOriginal(n, at, at + 4);
    expect(text.slice(o.start, o.end)).toBe('項目 為王');
  });

  it('should turn full-width letters and digits into ASCII and ASCII punctuation into Chinese punctuation', () => {
    expect(normalize('接待遊客３２０萬人次,同比增長２８％').text).toBe('接待游客320万人次，同比增长28％');
  });

  it('should write small and vertical forms of punctuation (﹔, ﹐, ﹑) as the usual ones, so a list item ends at ﹔', () => {
    expect(normalize('开复工率八成﹔预计下月开工甲乙花园﹐丙丁广场﹑戊己大楼').text).toBe('开复工率八成；预计下月开工甲乙花园，丙丁广场、戊己大楼');
    // The original letter stays what a mention points at.
    const n = normalize('甲乙花园﹔丙丁广场');
    expect(toOriginal(n, 4, 5)).toEqual({ start: 4, end: 5 });
  });

  it('should report stray U+FFFD replacement characters', () => {
    const n = normalize('兰考\uFFFD\uFFFD县');
    expect(n.warnings).toEqual([expect.objectContaining({ code: 'replacement-char', start: 2, end: 4 })]);
  });

  it('should never throw on arbitrary text and keep every offset inside the original, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const n = normalize(text);
        let last = 0;
        for (let i = 0; i < n.text.length; i++) {
          const s = n.start[i]!;
          const e = n.end[i]!;
          if (s < last || e > text.length || e < s) return false;
          last = s;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('should extract from arbitrary Chinese-heavy text without throwing, every mention inside the text', () => {
    const han = fc.constantFrom(...'兰考县项目为王“”、。，等工程战略郑州上海村镇区市(xiàn)?!\uFFFD 　１２蘭縣實施推進'.split(''));
    fc.assert(
      fc.property(fc.array(han, { maxLength: 300 }), (chars) => {
        const text = chars.join('');
        const r = run(text, '410225');
        for (const e of r.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
        for (const rel of r.relations) for (const ev of rel.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
