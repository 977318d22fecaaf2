// Problem details in Simplified Chinese for a client that asks for it (Accept-Language zh before en): the kinds' titles, and the details an analyst meets on writes, by pattern.
import type { ProblemCode } from '@policygraph/contract/problems';

/** The title of each problem kind in Chinese; the English ones are in the contract's PROBLEM_KINDS. */
export const PROBLEM_TITLES_ZH: Record<ProblemCode, string> = {
  'invalid-parameter': '参数有误',
  'bad-request': '请求无法读取',
  'not-found': '找不到对象',
  'unknown-endpoint': '没有这个接口',
  'method-not-allowed': '不支持此方法',
  unauthorized: '需要有效的编辑令牌',
  'upload-not-found': '上传已失效',
  'payload-too-large': '文件太大',
  'unreadable-document': '无法读取此文档',
  'precondition-required': '缺少图的版本（If-Match）',
  'version-conflict': '图已被他人修改',
  'load-failed': '载入被拒绝',
  'request-too-large': '请求头过大',
  'rate-limited': '请求过于频繁',
  internal: '服务器内部错误',
  'store-unavailable': '图数据库暂不可用',
  'store-timeout': '查询超时',
  'script-unavailable': '脚本暂不可用',
};

type Rule = readonly [RegExp, string];

/**
 * Whole details, first match wins; `$1`… are the English detail's captures (file names, ids, numbers stay as
 * they were). The file name always leads, so a refused upload is named in either language.
 */
const DETAILS: readonly Rule[] = [
  [/^(.+): the PDF has no text layer.*$/s, '$1：PDF 没有文字层（可能是扫描件）；请先做文字识别（OCR），或载入它的文本'],
  [/^(.+): the PDF is encrypted.*$/s, '$1：PDF 已加密（有密码保护）；请另存一份未加密的副本'],
  [/^(.+): broken PDF \((.*)\)$/s, '$1：PDF 已损坏（$2）'],
  [/^(.+): unsupported type \((.*?)\);.*$/s, '$1：不支持的文件类型（$2）；请载入 PDF、Word .docx、网页（.html）或文本文件'],
  [/^(.+): the file is empty.*$/s, '$1：文件是空的'],
  [/^(.+): not a text file \(binary content\)$/, '$1：不是文本文件（内容是二进制的）'],
  [/^(.+): not a Word \.docx file \(not a zip archive\)$/, '$1：不是 Word .docx 文件（不是 zip 压缩包）'],
  [/^(.+): not a Word \.docx file \((.*)\)$/s, '$1：不是 Word .docx 文件（$2）'],
  [/^(.+): the \.docx expands to (\d+) MB, over the (\d+) MB limit.*$/, '$1：.docx 解压后有 $2 MB，超过 $3 MB 的上限（疑似压缩炸弹）'],
  [/^(.+): the Word file has no text$/, '$1：Word 文件里没有文字'],
  [/^(.+): the Word file cannot be read \((.*)\)$/s, '$1：无法读取 Word 文件（$2）'],
  [/^(.+): the web page has no readable text$/, '$1：网页里没有可读的正文'],
  [/^(.+): too large \(([\d.]+) MB; the limit is (\d+) MB per document.*$/s, '$1：文件太大（$2 MB；每个文档的上限是 $3 MB，请拆分，或调高 MAX_DOCUMENT_MB）'],
  [/^The editor token is not valid\.$/, '这个令牌与服务器的编辑令牌不符；未写入任何内容。'],
  [/^Writing needs the editor token.*$/, '写入需要编辑令牌（请求头 `Authorization: Bearer …`）。'],
  [/^Send If-Match with the graph version.*$/, '请在 If-Match 中给出你看到的图版本（"g-<版本>"，即任一图数据应答的 ETag）。'],
  [/^The graph changed since you saw it \(now ("g-[^"]*")\).*$/, '在你看到之后图已被修改（现为 $1）：请重新加载后再试。'],
  [/^More than (\d+) writes a minute.*$/, '这个地址每分钟写入超过 $1 次；请一分钟后再试。'],
  [/^No upload (\S+) is waiting.*$/, '没有等待中的上传 $1（已放弃、已载入，或从未预览）。'],
  [/^No entity (.+) in the graph\.$/, '图中没有实体 $1。'],
  [/^No document (.+) in the graph\.$/, '图中没有文档 $1。'],
  [/^No document with id "(.+)"$/, '没有 id 为“$1”的文档'],
  [/^No curation (\S+)\.$/, '没有修订 $1。'],
  [/^No (\w+) relation from (.+) to (.+) in the graph\.$/, '图中没有从 $2 到 $3 的 $1 关系。'],
];

/** The parts of an invalid-parameter detail (`param: why; param: why`), each translated by itself. */
const PARAMETER_REASONS: readonly Rule[] = [
  [/^(\S+) is a place of the gazetteer.*$/, '$1 是行政区划中的地区：请更正它的关系或文档的地区'],
  [/^(\S+) is not an entity id.*$/, '$1 不是实体 id（strategy:…、project:… 或 org:…）'],
  [/^(\S+) is a (\w+) already$/, '$1 已经是 $2'],
  [/^(\w+) joins (.+), not (.+)$/, '$1 只能连接 $2，不能连接 $3'],
  [/^offsets (\S+) are not inside one sentence of document (\S+)$/, '偏移 $1 不在文档 $2 的同一个句子里'],
  [/^(\S+) is not a place in the graph$/, '$1 不是图中的地区'],
  [/^(\S+) is not a GB\/T 2260 code in the gazetteer$/, '$1 不是行政区划中的 GB/T 2260 代码'],
  [/^must differ from `from`$/, '不能与 `from` 相同'],
  [/^must be an entity of the same type as `from`$/, '必须是与 `from` 同类型的实体'],
  [/^give a title, a date or a placeCode to correct$/, '请给出要更正的标题、日期或地区代码'],
  [/^must be after start$/, '必须在 start 之后'],
];

const apply = (rules: readonly Rule[], text: string): string | null => {
  for (const [re, zh] of rules) if (re.test(text)) return text.replace(re, zh);
  return null;
};

/** The detail in Chinese when a rule knows it; otherwise as the server wrote it (it still names the file or field). */
export function detailZh(code: ProblemCode, detail: string): string {
  const whole = apply(DETAILS, detail);
  if (whole) return whole;
  if (code === 'invalid-parameter' || code === 'load-failed') {
    return detail
      .split('; ')
      .map((part) => {
        const m = /^([^:\s]+): (.*)$/s.exec(part);
        const reason = m ? apply(PARAMETER_REASONS, m[2]!) : null;
        return m && reason ? `${m[1]}：${reason}` : part;
      })
      .join('；');
  }
  return detail;
}

/** Whether the request prefers Chinese: Accept-Language names zh before en (no header, or `*`, is English). */
export function prefersChinese(acceptsLanguages: (...langs: string[]) => string | false): boolean {
  return acceptsLanguages('en', 'zh') === 'zh';
}
