// Problem details in Simplified Chinese, one entry per problem kind beside the kinds themselves: its title, the server's details it knows by pattern, and a Chinese form for any other detail; zod-free.
import type { ProblemCode } from './problems';

/** A detail the server writes (English, with its captures) and its Chinese form; `$1`… are the captures. */
type Rule = readonly [RegExp, string];

export interface ProblemZh {
  readonly title: string;
  /**
   * Said first when no rule knows the detail; the English detail follows in brackets, so what it names (a
   * file, an id, a reason from a library) is still there.
   */
  readonly detail: string;
  /** The details of this kind the server writes, first match wins (file names, ids and numbers stay as they were). */
  readonly rules: readonly Rule[];
}

/** `param: why; param: why` parts of invalid-parameter (and load-failed) details, each translated by itself. */
const PARAMETER_REASONS: readonly Rule[] = [
  // Query strings and paths (server/src/routes/query-string.ts, errors.ts).
  [/^unknown parameters?$/, '不是这个接口的参数'],
  [/^the name is not valid percent-encoded UTF-8$/, '参数名不是有效的百分号编码 UTF-8'],
  [/^a parameter must have a name$/, '参数必须有名称'],
  [/^the value is not valid percent-encoded UTF-8.*$/, '值不是有效的百分号编码 UTF-8（应为 UTF-8 文字的 %XX 字节）'],
  [/^is not valid percent-encoded UTF-8.*$/, '不是有效的百分号编码 UTF-8（应为 UTF-8 文字的 %XX 字节）'],
  [/^must be given once$/, '只能给出一次'],
  // The contract's parameter builders (api.ts).
  [/^must be at most (\d+) characters$/, '最多 $1 个字符'],
  [/^must not be empty or blank$/, '不能为空，也不能只有空白'],
  [/^must not be empty$/, '不能为空'],
  [/^must be a whole number in decimal digits$/, '必须是十进制整数'],
  [/^must be at least (-?\d+)$/, '不能小于 $1'],
  [/^must be at most (-?\d+)$/, '不能大于 $1'],
  [/^must name at least one item$/, '至少要列出一项'],
  [/^must name at least (\d+) items$/, '至少要列出 $1 项'],
  [/^must name at most (\d+) items$/, '最多列出 $1 项'],
  [/^must not name an item twice$/, '不能重复列出同一项'],
  [/^"(.*)" is not one of (.+)$/s, '“$1”不是可选的值（可选：$2）'],
  [/^must be true or false$/, '必须是 true 或 false'],
  [/^must be one of (.+)$/, '必须是以下之一：$1'],
  // Reads (db/read/places.ts).
  [/^must name at least 2 different places$/, '至少要列出 2 个不同的地区'],
  [/^a (\w+) has no administrative level below it$/, '$1 以下没有行政级别'],
  [/^must be below the place's own level \((\w+)\)$/, '必须低于该地区本身的级别（$1）'],
  // Writes (write-api.ts, curation.ts, the curation store, intake).
  [/^must be the 64-hex-digit id the preview returned$/, '必须是预览返回的 64 位十六进制 id'],
  [/^must name the file \(with its extension\)$/, '必须给出文件名（带扩展名）'],
  [/^must be at most (\d+) characters$/, '最多 $1 个字符'],
  [/^must be YYYY, YYYY-MM or YYYY-MM-DD$/, '格式必须是 YYYY、YYYY-MM 或 YYYY-MM-DD'],
  [/^must be a GB\/T 2260 code of ([\d, or]+) digits$/, '必须是 $1 位的 GB/T 2260 代码'],
  [/^must be 1–128 letters, digits, dot, dash or underscore$/, '必须是 1–128 个字母、数字、点、连字符或下划线'],
  [/^must be a curation id \(c_ and 16 hex digits\)$/, '必须是修订 id（c_ 加 16 位十六进制数字）'],
  [/^(\S+) is a place of the gazetteer.*$/, '$1 是行政区划中的地区：请更正它的关系或文档的地区'],
  [/^(\S+) is not an entity id.*$/, '$1 不是实体 id（strategy:…、project:… 或 org:…）'],
  [/^(\S+) is a (\w+) already$/, '$1 已经是 $2'],
  [/^(\w+) joins (.+), not (.+)$/, '$1 只能连接 $2，不能连接 $3'],
  [/^offsets (\S+) are not inside one sentence of document (\S+)$/, '偏移 $1 不在文档 $2 的同一个句子里'],
  [/^(\S+) is not a place in the graph or the gazetteer$/, '$1 既不是图中的地区，也不在行政区划里'],
  [/^(\S+) is not a place in the graph$/, '$1 不是图中的地区'],
  [/^(\S+) is not a GB\/T 2260 code in the gazetteer$/, '$1 不是行政区划中的 GB/T 2260 代码'],
  [/^must differ from `from`$/, '不能与 `from` 相同'],
  [/^must be an entity of the same type as `from`$/, '必须是与 `from` 同类型的实体'],
  [/^give a title, a date or a placeCode to correct$/, '请给出要更正的标题、日期或地区代码'],
  [/^must be after start$/, '必须在 start 之后'],
  // zod's own wording, for fields whose schema gives none.
  [/^Invalid input: expected (\w+), received (\w+)$/, '类型不对：应为 $1，收到的是 $2'],
  [/^Invalid option: expected one of (.+)$/, '不是可选的值（可选：$1）'],
  [/^Too big: expected \w+ to have <=?(\d+) (?:characters|items)$/, '太长：最多 $1'],
  [/^Too small: expected \w+ to have >=?(\d+) (?:characters|items)$/, '太短：至少 $1'],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, '不能大于 $1'],
  [/^Too small: expected number to be >=?(-?[\d.]+)$/, '不能小于 $1'],
  [/^Invalid input$/, '值无效'],
];

/**
 * Every problem kind in Chinese. A Record over the codes: a new kind without its Chinese form does not compile.
 * The English titles are in PROBLEM_KINDS (problems.ts); the English details are written where each is raised.
 */
export const PROBLEM_ZH: Record<ProblemCode, ProblemZh> = {
  'invalid-parameter': { title: '参数有误', detail: '参数有误', rules: [] },
  'bad-request': {
    title: '请求无法读取',
    detail: '请求无法读取',
    rules: [
      [/^The request method is not one HTTP defines.*$/, '请求方法不是 HTTP 定义的方法；此 API 只接受 GET、HEAD 和 OPTIONS。'],
      [/^The request could not be parsed.*$/, '请求无法解析（请求行或请求头格式有误，或网址里有未编码的非 ASCII 字节：请用百分号编码）。'],
    ],
  },
  'not-found': {
    title: '找不到对象',
    detail: '找不到所请求的对象',
    rules: [
      [/^No entity with id (.+)$/, '没有 id 为 $1 的实体'],
      [/^No document with id (.+)$/, '没有 id 为 $1 的文档'],
      [/^No strategy with id (.+)$/, '没有 id 为 $1 的战略'],
      [/^No place with id (.+)$/, '没有 id 为 $1 的地区'],
      [/^No sample story named (.+)$/, '没有名为 $1 的示例故事'],
      [/^The embed page is not built.*$/, '嵌入页面尚未构建（请运行 npm run build）'],
      [/^No entity (.+) in the graph\.$/, '图中没有实体 $1。'],
      [/^No document (.+) in the graph\.$/, '图中没有文档 $1。'],
      [/^No curation (\S+)\.$/, '没有修订 $1。'],
      [/^No (\w+) relation from (.+) to (.+) in the graph\.$/, '图中没有从 $2 到 $3 的 $1 关系。'],
    ],
  },
  'unknown-endpoint': {
    title: '没有这个接口',
    detail: '没有这个接口',
    rules: [[/^No API endpoint at (\S+) (\S+)$/, '$2 没有 $1 接口；/api/docs 列出了全部接口']],
  },
  'method-not-allowed': {
    title: '不支持此方法',
    detail: '不支持此方法',
    rules: [
      [/^(\S+) is not allowed: the API is read-only$/, '不允许 $1：此 API 只读'],
      [/^(\S+) is not allowed on (\S+): it takes (.+)$/, '$2 不接受 $1，只接受 $3'],
    ],
  },
  unauthorized: {
    title: '需要有效的编辑令牌',
    detail: '需要有效的编辑令牌',
    rules: [
      [/^The editor token is not valid\.$/, '这个令牌与服务器的编辑令牌不符；未写入任何内容。'],
      [/^Writing needs the editor token.*$/, '写入需要编辑令牌（请求头 `Authorization: Bearer …`）。'],
    ],
  },
  'upload-not-found': {
    title: '上传已失效',
    detail: '上传已失效',
    rules: [[/^No upload (\S+?)\.? is waiting.*$/, '没有等待中的上传 $1（已放弃、已载入，或从未预览）。']],
  },
  'payload-too-large': {
    title: '文件太大',
    detail: '请求体超过上限',
    rules: [
      [
        /^(.+): too large \(([\d.]+) MB; the limit is (\d+) MB per document.*$/s,
        '$1：文件太大（$2 MB；每个文档的上限是 $3 MB，请拆分，或调高 MAX_DOCUMENT_MB）',
      ],
      [/^request entity too large$/i, '请求体超过上限（JSON 请求体最多 64 KB）'],
    ],
  },
  'unreadable-document': {
    title: '无法读取此文档',
    detail: '无法读取此文档',
    rules: [
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
    ],
  },
  'precondition-required': {
    title: '缺少图的版本（If-Match）',
    detail: '缺少图的版本（If-Match）',
    rules: [[/^Send If-Match with the graph version.*$/, '请在 If-Match 中给出你看到的图版本（"g-<版本>"，即任一图数据应答的 ETag）。']],
  },
  'version-conflict': {
    title: '图已被他人修改',
    detail: '图已被他人修改，请重新加载后再试',
    rules: [[/^The graph changed since you saw it \(now ("g-[^"]*")\).*$/, '在你看到之后图已被修改（现为 $1）：请重新加载后再试。']],
  },
  'load-failed': {
    title: '载入被拒绝',
    detail: '载入被拒绝，图和文件保持原样',
    rules: [
      [/^(.+); the document could not be read again with the correction, nothing was changed$/s, '无法按更正重新读取文档，未做任何改动（$1）'],
      [/^(.+); the curation was not undone$/s, '无法重新载入相关文档，修订未撤销（$1）'],
      [/^Neo4j refused it: (.*)$/s, 'Neo4j 拒绝写入：$1'],
    ],
  },
  'request-too-large': {
    title: '请求头过大',
    detail: '请求头过大',
    rules: [[/^The request line and headers are longer than the server reads \((\d+) KB\).*$/, '请求行和请求头超过服务器读取的上限（$1 KB）；请缩短网址。']],
  },
  'rate-limited': {
    title: '请求过于频繁',
    detail: '请求过于频繁，请稍后再试',
    rules: [
      [/^More than (\d+) requests a minute.*$/, '这个地址每分钟请求超过 $1 次；请一分钟后再试。'],
      [/^More than (\d+) writes a minute.*$/, '这个地址每分钟写入超过 $1 次；请一分钟后再试。'],
    ],
  },
  internal: {
    title: '服务器内部错误',
    detail: '服务器内部错误',
    rules: [[/^An unexpected error occurred; it has been logged\.$/, '发生了意外错误，已记入日志。']],
  },
  'store-unavailable': {
    title: '图数据库暂不可用',
    detail: '图数据库暂不可用，请稍后重试',
    rules: [[/^The graph database is unavailable right now; retry shortly\.$/, '图数据库暂时不可用，请稍后重试。']],
  },
  'store-timeout': {
    title: '查询超时',
    detail: '查询超时',
    rules: [[/^The query took too long and was stopped.*$/, '查询耗时过长，已被中止；请缩小范围（降低深度或数量）或重试。']],
  },
  'script-unavailable': { title: '脚本暂不可用', detail: '脚本暂不可用', rules: [[/^Could not build the script: (.*)$/s, '无法构建脚本：$1']] },
};

const apply = (rules: readonly Rule[], text: string): string | null => {
  for (const [re, zh] of rules) if (re.test(text)) return text.replace(re, zh);
  return null;
};

/** One `param: why` part (a list item's `item N: why` too) in Chinese; a reason no rule knows keeps its English in brackets. */
function parameterPartZh(part: string): string {
  const m = /^([^:\s]+): (.*)$/s.exec(part);
  if (!m) return apply(PARAMETER_REASONS, part) ?? `${PROBLEM_ZH['invalid-parameter'].detail}（${part}）`;
  const [, parameter, reason] = m as unknown as [string, string, string];
  const item = /^item (\d+): (.*)$/s.exec(reason);
  const why = item ? `第 ${item[1]} 项${reasonZh(item[2]!)}` : reasonZh(reason);
  return `${parameter}：${why}`;
}

const reasonZh = (reason: string) => apply(PARAMETER_REASONS, reason) ?? `值无效（${reason}）`;

/** The detail in Chinese: a rule of its kind, else each parameter part, else the kind's Chinese detail with the English in brackets. */
export function detailZh(code: ProblemCode, detail: string): string {
  const kind = PROBLEM_ZH[code];
  const whole = apply(kind.rules, detail);
  if (whole) return whole;
  if (code === 'invalid-parameter') return detail.split('; ').map(parameterPartZh).join('；');
  if (code === 'load-failed') {
    // The loader's reason is often a reading refusal (the file named first) or a field of the entry.
    const read = apply(PROBLEM_ZH['unreadable-document'].rules, detail);
    if (read) return read;
    const part = /^[^:\s]+: /.test(detail) ? parameterPartZh(detail) : '';
    if (part && !part.includes('值无效（')) return part;
  }
  return `${kind.detail}（${detail}）`;
}
