// Renders the OpenAPI document as one self-contained HTML page (no scripts, no CDN), so /api/docs works offline.
import type { oas31 } from 'zod-openapi';
import { PROBLEM_CODES, PROBLEM_KINDS, problemType } from '@policygraph/contract/problems';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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

function renderParameters(params: ReadonlyArray<oas31.ParameterObject | oas31.ReferenceObject> | undefined): string {
  const rows = (params ?? []).filter((p): p is oas31.ParameterObject => !('$ref' in p));
  if (!rows.length) return '<p class="none">无参数 · no parameters</p>';
  return `<table><thead><tr><th>参数</th><th>位置</th><th>必填</th><th>取值</th><th>说明</th></tr></thead><tbody>${rows
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? '是' : '否'}</td><td>${escapeHtml(describeSchema(p.schema))}</td><td>${escapeHtml(p.description ?? (p.schema && !('$ref' in p.schema) ? (p.schema.description ?? '') : ''))}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function renderResponses(responses: oas31.ResponsesObject | undefined): string {
  return `<ul class="responses">${Object.entries(responses ?? {})
    .map(([status, r]) => `<li><b>${status}</b> ${escapeHtml((r as oas31.ResponseObject).description ?? '')}</li>`)
    .join('')}</ul>`;
}

/** One entry per problem kind, each at the anchor `#problem-<code>`. */
function renderProblems(): string {
  return `<section id="problems"><h2>错误类型 · problem types</h2>
<p>错误均为 <code>application/problem+json</code>（RFC 9457）：<code>type</code> 是下列之一，其最后一段是稳定的代码，客户端据此分支。
Every error is <code>application/problem+json</code> whose <code>type</code> is one of these URIs; its last segment is a stable code to branch on.</p>
<table><thead><tr><th>type</th><th>HTTP</th><th>说明 · meaning</th></tr></thead><tbody>${PROBLEM_CODES.map((code) => {
    const kind = PROBLEM_KINDS[code];
    return `<tr id="problem-${code}"><td><code>${escapeHtml(problemType(code))}</code></td><td>${kind.status}</td><td><b>${escapeHtml(kind.title)}</b>. ${escapeHtml(kind.description)}</td></tr>`;
  }).join('')}</tbody></table></section>`;
}

/** The whole page: one section per operation, with its parameters and answers, then the problem types. */
export function renderApiDocs(doc: oas31.OpenAPIObject): string {
  const sections = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    (['get', 'post', 'put', 'delete'] as const)
      .filter((m) => item?.[m])
      .map((m) => {
        const op = item![m]!;
        return `<section id="${escapeHtml(path)}"><h2><span class="method">${m.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h2>
<p class="summary">${escapeHtml(op.summary ?? '')}</p><p>${escapeHtml(op.description ?? '')}</p>
${renderParameters(op.parameters)}${renderResponses(op.responses)}</section>`;
      }),
  );
  const toc = Object.keys(doc.paths ?? {})
    .map((p) => `<li><a href="#${escapeHtml(p)}"><code>${escapeHtml(p)}</code></a></li>`)
    .join('');
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} · 接口文档</title>
<style>
body{font:15px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330}
code{font-family:ui-monospace,Menlo,Consolas,monospace}h2{font-size:1.1rem;margin-top:2.2rem;border-top:1px solid #dde2ea;padding-top:1rem}
.method{background:#2456a6;color:#fff;border-radius:4px;padding:0 .4rem;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #dde2ea;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f9}.summary{font-weight:600}.none{color:#667}
</style></head><body>
<h1>${escapeHtml(doc.info.title)} · 接口文档</h1>
<p>${escapeHtml(doc.info.description ?? '')}</p>
<p>机器可读版本 · machine-readable: <a href="/api/openapi.json"><code>/api/openapi.json</code></a> (OpenAPI ${escapeHtml(doc.openapi)})</p>
<p>错误均为 <code>application/problem+json</code>（RFC 9457），见 <a href="#problems">错误类型</a>。</p>
<ul>${toc}<li><a href="#problems">错误类型 · problem types</a></li></ul>
${sections.join('\n')}
${renderProblems()}
</body></html>`;
}
