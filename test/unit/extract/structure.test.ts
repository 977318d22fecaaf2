// Structure: numbered and unnumbered section headings, sentences with their section, all in original offsets.
import { describe, expect, it } from 'vitest';
import { run } from './support';

// Source: graph-seed/corpus/001_4b96525c5c6cf7dc.txt (平桥区 2023 work report), section 三 and its first subsection.
const REPORT = `三、2023年重点工作
围绕今年的发展目标，重点抓好以下工作：

（一）聚焦项目为王强支撑。树立大抓项目的鲜明导向，滚动开展“三个一批”活动，实行重点项目推进机制。

抓实项目谋划。紧密结合国家、省、市政策，加强项目储备。`;

// Source: graph-seed/corpus/004_92b96156f557c987.txt (兰考): an unnumbered heading line before its paragraph.
const FEATURE = `換道領跑 項目為王
在“拼搏蘭考”的精神引領下,蘭考干部群眾攻克了一批“啃骨頭”“拔釘子”的難事。`;

describe('document structure', () => {
  it('should find 一、 and （一） headings, the inline one ending at its first full stop', () => {
    const r = run(REPORT, '411503');
    const hs = r.document.headings.map((h) => [h.level, h.marker, h.text]);
    expect(hs).toEqual([
      [1, '三、', '三、2023年重点工作'],
      [2, '（一）', '（一）聚焦项目为王强支撑'],
    ]);
  });

  it('should give each sentence the innermost section it sits in', () => {
    const r = run(REPORT, '411503');
    const s = r.document.sentences.find((x) => x.text.startsWith('抓实项目谋划'));
    expect(s?.section).toBe('（一）聚焦项目为王强支撑');
    const first = r.document.sentences.find((x) => x.text.startsWith('围绕今年'));
    expect(first?.section).toBe('三、2023年重点工作');
  });

  it('should keep sentence offsets on the original text', () => {
    const r = run(FEATURE, '410225');
    for (const s of r.document.sentences) expect(FEATURE.slice(s.start, s.end)).toBe(s.text);
  });

  it('should read a short unpunctuated line before prose as a section heading', () => {
    const r = run(FEATURE, '410225');
    expect(r.document.headings.map((h) => h.text)).toEqual(['換道領跑 項目為王']);
    expect(r.document.sentences.at(-1)?.section).toBe('換道領跑 項目為王');
  });
});
