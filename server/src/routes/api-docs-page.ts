// Renders the OpenAPI document as one self-contained HTML page (no scripts, no CDN), so /api/docs works offline.
import type { oas31 } from 'zod-openapi';
import { PROBLEM_DOCS } from '@policygraph/contract/problem-docs';
import { PROBLEM_CODES, PROBLEM_KINDS, problemType } from '@policygraph/contract/problems';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page's language: the explorer's two (Simplified Chinese first). The OpenAPI texts themselves are English. */
export type DocsLang = 'zh-Hans' | 'en';

/** The page's own words in each language; descriptions from the OpenAPI document stay as written, marked lang="en". */
const WORDS = {
  'zh-Hans': {
    docs: '接口文档',
    noParams: '无参数',
    head: ['参数', '位置', '必填', '取值', '说明'],
    yes: '是',
    no: '否',
    machine: '机器可读版本',
    problems: (code: string) => `错误均为 ${code}（RFC 9457），见<a href="#problems">错误类型</a>。`,
    problemTypes: '错误类型',
    problemIntro: '<code>type</code> 是下列之一，其最后一段是稳定的代码，客户端据此分支。',
    meaning: '说明',
    other: '<a href="?lang=en" hreflang="en" lang="en">English</a>',
    contents: '目录',
  },
  en: {
    docs: 'API reference',
    noParams: 'No parameters',
    head: ['Parameter', 'In', 'Required', 'Values', 'Description'],
    yes: 'yes',
    no: 'no',
    machine: 'Machine-readable version',
    problems: (code: string) => `Every error is ${code} (RFC 9457); see <a href="#problems">problem types</a>.`,
    problemTypes: 'Problem types',
    problemIntro: 'Its <code>type</code> is one of these URIs; the last segment is a stable code to branch on.',
    meaning: 'Meaning',
    other: '<a href="?lang=zh-Hans" hreflang="zh-Hans" lang="zh-Hans">中文</a>',
    contents: 'Contents',
  },
} as const;

/** English text in a Chinese page (and the reverse) carries its own lang, so screen readers switch voice. */
const inLang = (page: DocsLang, textLang: DocsLang, html: string) => (page === textLang || html === '' ? html : `<span lang="${textLang}">${html}</span>`);

type Schema = oas31.SchemaObject | oas31.ReferenceObject;

/** A one-line reading of a parameter's schema: type, allowed values, bounds, default. */
function describeSchema(schema: Schema | undefined): string {
  if (!schema) return '';
  if ('$ref' in schema) return String(schema.$ref).split('/').pop() ?? '';
  const parts: string[] = [];
  if (schema.type === 'array') {
    // style form, explode false: one parameter, items joined by commas.
    const items = describeSchema(schema.items as Schema | undefined);
    parts.push(`comma-separated list of ${schema.minItems ?? 0}–${schema.maxItems ?? '∞'}${schema.uniqueItems ? ' distinct' : ''} items (${items})`);
    if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
    return parts.join('; ');
  }
  if (schema.type) parts.push(Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type);
  if (schema.enum) parts.push(`one of ${schema.enum.join(', ')}`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.maxLength !== undefined) parts.push(`≤ ${schema.maxLength} chars`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join('; ');
}

function renderParameters(params: ReadonlyArray<oas31.ParameterObject | oas31.ReferenceObject> | undefined, lang: DocsLang): string {
  const w = WORDS[lang];
  const rows = (params ?? []).filter((p): p is oas31.ParameterObject => !('$ref' in p));
  if (!rows.length) return `<p class="none">${w.noParams}</p>`;
  const en = (text: string) => inLang(lang, 'en', escapeHtml(text));
  return `<table><thead><tr>${w.head.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${en(p.in)}</td><td>${p.required ? w.yes : w.no}</td><td>${en(describeSchema(p.schema))}</td><td>${en(p.description ?? (p.schema && !('$ref' in p.schema) ? (p.schema.description ?? '') : ''))}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function renderResponses(responses: oas31.ResponsesObject | undefined, lang: DocsLang): string {
  return `<ul class="responses">${Object.entries(responses ?? {})
    .map(([status, r]) => `<li><b>${status}</b> ${inLang(lang, 'en', escapeHtml((r as oas31.ResponseObject).description ?? ''))}</li>`)
    .join('')}</ul>`;
}

/** One entry per problem kind, each at the anchor `#problem-<code>`. */
function renderProblems(lang: DocsLang): string {
  const w = WORDS[lang];
  return `<section id="problems"><h2>${w.problemTypes}</h2>
<p>${w.problemIntro}</p>
<table><thead><tr><th scope="col">type</th><th scope="col">HTTP</th><th scope="col">${w.meaning}</th></tr></thead><tbody>${PROBLEM_CODES.map((code) => {
    const kind = PROBLEM_KINDS[code];
    return `<tr id="problem-${code}"><td><code>${escapeHtml(problemType(code))}</code></td><td>${kind.status}</td><td>${inLang(lang, 'en', `<b>${escapeHtml(kind.title)}</b>. ${escapeHtml(PROBLEM_DOCS[code])}`)}</td></tr>`;
  }).join('')}</tbody></table></section>`;
}

/** The whole page in one language: one section per operation, with its parameters and answers, then the problem types. */
export function renderApiDocs(doc: oas31.OpenAPIObject, lang: DocsLang = 'zh-Hans'): string {
  const w = WORDS[lang];
  const en = (text: string) => inLang(lang, 'en', escapeHtml(text));
  const sections = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    (['get', 'post', 'put', 'delete'] as const)
      .filter((m) => item?.[m])
      .map((m) => {
        const op = item![m]!;
        return `<section id="${escapeHtml(path)}"><h2><span class="method">${m.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h2>
<p class="summary">${en(op.summary ?? '')}</p><p>${en(op.description ?? '')}</p>
${renderParameters(op.parameters, lang)}${renderResponses(op.responses, lang)}</section>`;
      }),
  );
  const toc = Object.keys(doc.paths ?? {})
    .map((p) => `<li><a href="#${escapeHtml(p)}"><code>${escapeHtml(p)}</code></a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} · ${w.docs}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>
body{font:15px/1.6 system-ui,"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330}
:lang(zh-Hans){font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",system-ui,sans-serif}
code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}h2{font-size:1.1rem;margin-top:2.2rem;border-top:1px solid #dde2ea;padding-top:1rem}
.method{background:#2456a6;color:#fff;border-radius:4px;padding:0 .4rem;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #dde2ea;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f9}.summary{font-weight:600}.none{color:#596070}
a{color:#1d4f91}nav a{display:inline-block;min-height:24px;padding:2px 0}
</style></head><body>
<header><p class="lang">${w.other}</p><h1>${escapeHtml(doc.info.title)} · ${w.docs}</h1></header>
<nav aria-label="${w.contents}"><ul>${toc}<li><a href="#problems">${w.problemTypes}</a></li></ul></nav>
<main>
<p>${en(doc.info.description ?? '')}</p>
<p>${w.machine}: <a href="/api/openapi.json"><code>/api/openapi.json</code></a> (OpenAPI ${escapeHtml(doc.openapi)})</p>
<p>${w.problems('<code>application/problem+json</code>')}</p>
${sections.join('\n')}
${renderProblems(lang)}
</main>
</body></html>`;
}
