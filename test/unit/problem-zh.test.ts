// Refusals in Chinese: each detail an analyst meets on a write reads in Chinese, keeping the file name or id it names; unknown ones stay as written.
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '@policygraph/contract/problems';
import { detailZh, PROBLEM_TITLES_ZH, prefersChinese } from '../../server/src/problem-zh';

describe('problem details in Chinese', () => {
  it('has a Chinese title for every problem kind', () => {
    for (const code of PROBLEM_CODES) expect(PROBLEM_TITLES_ZH[code], code).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the refused file first, in Chinese', () => {
    expect(detailZh('unreadable-document', '扫描件.pdf: the PDF has no text layer (a scan?); OCR it first or load its text')).toBe(
      '扫描件.pdf：PDF 没有文字层（可能是扫描件）；请先做文字识别（OCR），或载入它的文本',
    );
    expect(detailZh('unreadable-document', 'a.docx: the .docx expands to 300 MB, over the 100 MB limit (a zip bomb?)')).toBe(
      'a.docx：.docx 解压后有 300 MB，超过 100 MB 的上限（疑似压缩炸弹）',
    );
    expect(detailZh('payload-too-large', 'big.pdf: too large (12.5 MB; the limit is 10 MB per document — split it, or raise MAX_DOCUMENT_MB)')).toBe(
      'big.pdf：文件太大（12.5 MB；每个文档的上限是 10 MB，请拆分，或调高 MAX_DOCUMENT_MB）',
    );
  });

  it('translates each part of a parameter problem and leaves one it does not know as written', () => {
    expect(detailZh('invalid-parameter', 'type: SERVES joins Project → Strategy, not Place → Strategy; note: too long')).toBe(
      'type：SERVES 只能连接 Project → Strategy，不能连接 Place → Strategy；note: too long',
    );
    expect(detailZh('version-conflict', 'The graph changed since you saw it (now "g-7-x"): reload and try again.')).toBe(
      '在你看到之后图已被修改（现为 "g-7-x"）：请重新加载后再试。',
    );
    expect(detailZh('internal', 'Something new')).toBe('Something new');
  });

  it('prefers Chinese only when Accept-Language ranks zh before en', () => {
    const negotiate =
      (accepted: string[]) =>
      (...offered: string[]) =>
        offered.find((o) => accepted.includes(o)) ?? false;
    expect(prefersChinese(negotiate(['zh']))).toBe(true);
    expect(prefersChinese(negotiate(['en', 'zh']))).toBe(false);
  });
});
