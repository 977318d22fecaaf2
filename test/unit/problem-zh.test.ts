// Problems in Chinese: every problem kind has an English and a Chinese title and detail, every detail the server writes reads in Chinese (keeping the file, id or parameter it names), and Accept-Language decides.
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, PROBLEM_KINDS, type ProblemCode } from '@policygraph/contract/problems';
import { detailZh, PROBLEM_ZH } from '@policygraph/contract/problem-zh';
import { prefersChinese } from '../../server/src/errors';

const HAN = /[\u4e00-\u9fff]/;

/** A detail the server writes for each kind, on the read and the write paths (the English as raised in server/src and the contract). */
const SAMPLES: Record<ProblemCode, { en: string; zh: string }[]> = {
  'invalid-parameter': [
    { en: 'limit: must be at most 100', zh: 'limit：不能大于 100' },
    { en: 'q: must not be empty or blank', zh: 'q：不能为空，也不能只有空白' },
    { en: 'depth: must be a whole number in decimal digits', zh: 'depth：必须是十进制整数' },
    { en: 'verbose: unknown parameter', zh: 'verbose：不是这个接口的参数' },
    { en: 'q: must be given once', zh: 'q：只能给出一次' },
    { en: '(unnamed): a parameter must have a name', zh: '(unnamed)：参数必须有名称' },
    { en: 'types: item 2: "Thing" is not one of Strategy, Project', zh: 'types：第 2 项“Thing”不是可选的值（可选：Strategy, Project）' },
    { en: 'ids: must name at most 20 items', zh: 'ids：最多列出 20 项' },
    { en: '(path): is not valid percent-encoded UTF-8 (%XX bytes of UTF-8 text)', zh: '(path)：不是有效的百分号编码 UTF-8（应为 UTF-8 文字的 %XX 字节）' },
    { en: "level: must be below the place's own level (county)", zh: 'level：必须低于该地区本身的级别（county）' },
    { en: 'type: SERVES joins Project → Strategy, not Place → Strategy', zh: 'type：SERVES 只能连接 Project → Strategy，不能连接 Place → Strategy' },
    { en: 'placeCode: 990000 is not a place in the graph or the gazetteer', zh: 'placeCode：990000 既不是图中的地区，也不在行政区划里' },
    { en: 'note: something no rule knows', zh: 'note：值无效（something no rule knows）' },
  ],
  'bad-request': [
    {
      en: 'The request method is not one HTTP defines; the API answers GET, HEAD and OPTIONS.',
      zh: '请求方法不是 HTTP 定义的方法；此 API 只接受 GET、HEAD 和 OPTIONS。',
    },
  ],
  'not-found': [
    { en: 'No entity with id "strategy:无此战略"', zh: '没有 id 为 "strategy:无此战略" 的实体' },
    { en: 'No document with id "x1"', zh: '没有 id 为 "x1" 的文档' },
    { en: 'No place with id "place:1", "place:2"', zh: '没有 id 为 "place:1", "place:2" 的地区' },
    { en: 'No curation c_0123456789abcdef.', zh: '没有修订 c_0123456789abcdef。' },
  ],
  'unknown-endpoint': [{ en: 'No API endpoint at GET /api/nowhere', zh: '/api/nowhere 没有 GET 接口；/api/docs 列出了全部接口' }],
  'method-not-allowed': [
    { en: 'DELETE is not allowed: the API is read-only', zh: '不允许 DELETE：此 API 只读' },
    { en: 'PUT is not allowed on /api/curations: it takes GET, HEAD, POST', zh: '/api/curations 不接受 PUT，只接受 GET, HEAD, POST' },
  ],
  unauthorized: [{ en: 'The editor token is not valid.', zh: '这个令牌与服务器的编辑令牌不符；未写入任何内容。' }],
  'upload-not-found': [{ en: 'No upload abc is waiting.', zh: '没有等待中的上传 abc（已放弃、已载入，或从未预览）。' }],
  'payload-too-large': [
    {
      en: 'big.pdf: too large (12.5 MB; the limit is 10 MB per document — split it, or raise MAX_DOCUMENT_MB)',
      zh: 'big.pdf：文件太大（12.5 MB；每个文档的上限是 10 MB，请拆分，或调高 MAX_DOCUMENT_MB）',
    },
  ],
  'unreadable-document': [
    {
      en: '扫描件.pdf: the PDF has no text layer (a scan?); OCR it first or load its text',
      zh: '扫描件.pdf：PDF 没有文字层（可能是扫描件）；请先做文字识别（OCR），或载入它的文本',
    },
    { en: 'a.docx: the .docx expands to 300 MB, over the 100 MB limit (a zip bomb?)', zh: 'a.docx：.docx 解压后有 300 MB，超过 100 MB 的上限（疑似压缩炸弹）' },
  ],
  'precondition-required': [
    {
      en: 'Send If-Match with the graph version you saw ("g-<version>", the ETag of any graph answer).',
      zh: '请在 If-Match 中给出你看到的图版本（"g-<版本>"，即任一图数据应答的 ETag）。',
    },
  ],
  'version-conflict': [
    { en: 'The graph changed since you saw it (now "g-7-x"): reload and try again.', zh: '在你看到之后图已被修改（现为 "g-7-x"）：请重新加载后再试。' },
  ],
  'load-failed': [{ en: 'Neo4j refused it: constraint', zh: 'Neo4j 拒绝写入：constraint' }],
  'request-too-large': [
    {
      en: 'The request line and headers are longer than the server reads (16 KB); shorten the URL.',
      zh: '请求行和请求头超过服务器读取的上限（16 KB）；请缩短网址。',
    },
  ],
  'rate-limited': [{ en: 'More than 600 requests a minute from this address; retry in a minute.', zh: '这个地址每分钟请求超过 600 次；请一分钟后再试。' }],
  internal: [{ en: 'An unexpected error occurred; it has been logged.', zh: '发生了意外错误，已记入日志。' }],
  'store-unavailable': [{ en: 'The graph database is unavailable right now; retry shortly.', zh: '图数据库暂时不可用，请稍后重试。' }],
  'store-timeout': [
    {
      en: 'The query took too long and was stopped; narrow it (lower depth or limit) or retry.',
      zh: '查询耗时过长，已被中止；请缩小范围（降低深度或数量）或重试。',
    },
  ],
  'script-unavailable': [{ en: 'Could not build the script: vite failed', zh: '无法构建脚本：vite failed' }],
};

describe('problems in Chinese', () => {
  it('gives every problem kind both forms: an English and a Chinese title, and a Chinese detail for what the server writes', () => {
    for (const code of PROBLEM_CODES) {
      expect(PROBLEM_KINDS[code].title, code).toMatch(/^[A-Z][A-Za-z -]+$/);
      expect(PROBLEM_ZH[code].title, code).toMatch(HAN);
      expect(PROBLEM_ZH[code].detail, code).toMatch(HAN);
      expect(SAMPLES[code].length, code).toBeGreaterThan(0);
      for (const { en, zh } of SAMPLES[code]) expect(detailZh(code, en), `${code}: ${en}`).toBe(zh);
    }
  });

  it('says a detail no rule knows in Chinese first, keeping the English it names', () => {
    for (const code of PROBLEM_CODES) {
      const zh = detailZh(code, 'Something new about x.txt');
      expect(zh, code).toMatch(HAN);
      expect(zh, code).toContain('Something new about x.txt');
    }
  });

  it('prefers Chinese only when Accept-Language ranks zh above en', () => {
    expect(prefersChinese('zh-CN, zh;q=0.9')).toBe(true);
    expect(prefersChinese('zh')).toBe(true);
    expect(prefersChinese('en;q=0.5, zh;q=0.8')).toBe(true);
    expect(prefersChinese('zh-TW, en')).toBe(true);
    expect(prefersChinese('en')).toBe(false);
    expect(prefersChinese('en, zh')).toBe(false);
    expect(prefersChinese('fr, zh;q=0')).toBe(false);
    expect(prefersChinese('*')).toBe(false);
    expect(prefersChinese('*, zh;q=0.5')).toBe(false);
    expect(prefersChinese('zh, *;q=0.1')).toBe(true);
    expect(prefersChinese(undefined)).toBe(false);
    expect(prefersChinese('')).toBe(false);
  });
});
