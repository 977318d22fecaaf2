// Renders errors as problem+json (RFC 9457): the contract's typology (problems.ts) gives each kind its code, status, title and type URI.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import type { Problem } from '@policygraph/contract/api';
import { InvalidParameterError, PROBLEM_KINDS, PolicyGraphError, problemType, type ParameterIssue, type ProblemCode } from '@policygraph/contract/problems';
import { detailZh, PROBLEM_ZH } from '@policygraph/contract/problem-zh';

/** The problem document of a kind; `detail` says what happened this time. */
export function problemOf(code: ProblemCode, detail: string, instance?: string, errors?: readonly ParameterIssue[]): Problem {
  const kind = PROBLEM_KINDS[code];
  return {
    type: problemType(code),
    title: kind.title,
    status: kind.status,
    detail,
    ...(instance === undefined ? {} : { instance }),
    ...(errors ? { errors: [...errors] } : {}),
  };
}

/**
 * Whether an Accept-Language header ranks Chinese above English (RFC 9110 §12.5.4: by q, then by order; `*`
 * counts for both, so it leaves English). No header is English. Parsed here rather than with Express's
 * `req.acceptsLanguages` so the answers Node gives before Express (a 431) negotiate exactly as the others do.
 */
export function prefersChinese(header: string | undefined): boolean {
  if (!header) return false;
  const best = { zh: { q: 0, at: Infinity }, en: { q: 0, at: Infinity } };
  header.split(',').forEach((item, at) => {
    const [range = '', ...params] = item.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) return;
    for (const lang of ['zh', 'en'] as const) {
      if (range !== lang && !range.startsWith(`${lang}-`) && range !== '*') continue;
      // A specific range outranks `*` at the same q (RFC 4647 lookup prefers the more specific).
      const score = { q, at: range === '*' ? at + 1000 : at };
      if (score.q > best[lang].q || (score.q === best[lang].q && score.at < best[lang].at)) best[lang] = score;
    }
  });
  return best.zh.q > best.en.q || (best.zh.q === best.en.q && best.zh.q > 0 && best.zh.at < best.en.at);
}

/** The problem in the client's language: Chinese title and detail when it prefers Chinese; `type`, `status` and `errors` never change. */
export function localised(problem: Problem, code: ProblemCode, zh: boolean): Problem {
  return zh ? { ...problem, title: PROBLEM_ZH[code].title, detail: detailZh(code, problem.detail ?? '') } : problem;
}

/** Names the query or path parameter an issue is about; a list item's position goes into the message. */
function zodIssueToParameterError(issue: ZodError['issues'][number]): ParameterIssue {
  if (issue.code === 'unrecognized_keys') {
    return { parameter: issue.keys.join(','), message: `unknown parameter${issue.keys.length > 1 ? 's' : ''}` };
  }
  const [head, ...rest] = issue.path;
  if (head === undefined) return { parameter: '(request)', message: issue.message };
  const position = typeof rest[0] === 'number' ? `item ${rest[0] + 1}: ` : '';
  return { parameter: String(head), message: `${position}${issue.message}` };
}

/** Status codes of errors from Express's own layers (a malformed path, a refused body) mapped to our kinds. */
const FRAMEWORK_KINDS: Partial<Record<number, ProblemCode>> = {
  400: 'bad-request',
  404: 'unknown-endpoint',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  431: 'request-too-large',
};

/** The error as a typed one: zod issues become invalid-parameter, Express's 4xx keep their status, anything else is internal. */
export function asPolicyGraphError(err: unknown): PolicyGraphError {
  if (err instanceof PolicyGraphError) return err;
  if (err instanceof ZodError) {
    const errors = err.issues.map(zodIssueToParameterError);
    return new PolicyGraphError('invalid-parameter', errors.map((e) => `${e.parameter}: ${e.message}`).join('; '), { errors });
  }
  // Express could not percent-decode a path segment (`/api/entities/%E5`): the same answer as a bad query value.
  if (err instanceof URIError) return new InvalidParameterError('(path)', 'is not valid percent-encoded UTF-8 (%XX bytes of UTF-8 text)');
  const status = (err as { status?: number; statusCode?: number } | undefined)?.status ?? (err as { statusCode?: number } | undefined)?.statusCode;
  const code = typeof status === 'number' ? FRAMEWORK_KINDS[status] : undefined;
  // Express's messages for these (a path that fails to decode…) are safe and say what is wrong.
  if (code) return new PolicyGraphError(code, (err as Error).message, { cause: err });
  return new PolicyGraphError('internal', 'An unexpected error occurred; it has been logged.', { cause: err });
}

/** Renders any error as application/problem+json; never leaks stack traces or query text. */
export const problemHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const typed = asPolicyGraphError(err);
  if (typed.code === 'internal') {
    // The request logger (pino-http) attaches req.log; without it (tests, scripts) stderr is the log.
    const log = (req as { log?: { error(obj: object, msg: string): void } }).log;
    if (log) log.error({ err }, 'unexpected error');
    else console.error(`[${req.method} ${req.originalUrl}]`, err);
  }
  // A validator set for the answer it would have given does not describe this error.
  res.removeHeader('ETag');
  res.removeHeader('X-Cache');
  // The explorer in Chinese asks for Chinese (Accept-Language); `type` and `errors` stay as they are for programs.
  const zh = prefersChinese(req.get('Accept-Language'));
  const problem = localised(problemOf(typed.code, typed.message, req.originalUrl, typed.options.errors), typed.code, zh);
  res.vary('Accept-Language');
  if (zh) res.set('Content-Language', 'zh-CN');
  res
    .status(problem.status)
    .set(typed.options.headers ?? {})
    .type('application/problem+json')
    .send(JSON.stringify(problem));
};

/** 404 for any API path no route claims. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new PolicyGraphError('unknown-endpoint', `No API endpoint at ${req.method} ${req.path}`));
};
