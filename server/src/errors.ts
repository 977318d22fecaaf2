// The one error module: API errors with a code and an HTTP status, and the middleware that renders them as problem+json.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import type { Problem } from '@policygraph/contract/api';

/** Base of every error the API answers with on purpose. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Partial<Problem> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends ApiError {
  constructor(what: string) {
    super(404, 'not-found', what);
  }
}

export class BadRequestError extends ApiError {
  constructor(parameter: string, message: string) {
    super(400, 'bad-request', `${parameter}: ${message}`, { errors: [{ parameter, message }] });
  }
}

/** Neo4j unreachable or persistently busy: the client should retry after a while. */
export class ServiceUnavailableError extends ApiError {
  constructor(message: string, retryAfterSeconds = 5) {
    super(503, 'service-unavailable', message, {}, { 'Retry-After': String(retryAfterSeconds) });
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Neo4j errors the driver marks retriable (connection lost, leader switch, deadlock) mean "try later", not "broken". */
function isRetriableNeo4j(err: unknown): boolean {
  const e = err as { retriable?: boolean; retryable?: boolean; code?: string; name?: string };
  if (e?.retryable === true || e?.retriable === true) return true;
  const code = e?.code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError');
}

/** Names the query or path parameter an issue is about; a list item's position goes into the message. */
function zodIssueToParameterError(issue: ZodError['issues'][number]): { parameter: string; message: string } {
  if (issue.code === 'unrecognized_keys') {
    return { parameter: issue.keys.join(','), message: `unknown parameter${issue.keys.length > 1 ? 's' : ''}` };
  }
  const [head, ...rest] = issue.path;
  if (head === undefined) return { parameter: '(request)', message: issue.message };
  const position = typeof rest[0] === 'number' ? `item ${rest[0] + 1}: ` : '';
  return { parameter: String(head), message: `${position}${issue.message}` };
}

function toProblem(err: unknown, instance: string): { problem: Problem; headers: Record<string, string> } {
  if (err instanceof ZodError) {
    const errors = err.issues.map(zodIssueToParameterError);
    return {
      problem: {
        type: 'about:blank',
        title: TITLES[400]!,
        status: 400,
        detail: errors.map((e) => `${e.parameter}: ${e.message}`).join('; '),
        instance,
        errors,
      },
      headers: {},
    };
  }
  if (err instanceof ApiError) {
    return {
      problem: { type: 'about:blank', title: TITLES[err.status] ?? 'Error', status: err.status, detail: err.message, instance, ...err.extra },
      headers: err.headers,
    };
  }
  const status = (err as { status?: number; statusCode?: number })?.status ?? (err as { statusCode?: number })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // body-parser and friends: their messages are safe and say what is wrong.
    return { problem: { type: 'about:blank', title: TITLES[status] ?? 'Bad Request', status, detail: (err as Error).message, instance }, headers: {} };
  }
  if (isRetriableNeo4j(err)) {
    return {
      problem: { type: 'about:blank', title: TITLES[503]!, status: 503, detail: 'The graph database is unavailable right now; retry shortly.', instance },
      headers: { 'Retry-After': '5' },
    };
  }
  return {
    problem: { type: 'about:blank', title: TITLES[500]!, status: 500, detail: 'An unexpected error occurred; it has been logged.', instance },
    headers: {},
  };
}

/** Renders any error as application/problem+json; never leaks stack traces or query text. */
export const problemHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const { problem, headers } = toProblem(err, req.originalUrl);
  if (problem.status >= 500 && problem.status !== 503) {
    // The request logger (pino-http) attaches req.log; without it (tests, scripts) stderr is the log.
    const log = (req as { log?: { error(obj: object, msg: string): void } }).log;
    if (log) log.error({ err }, 'unexpected error');
    else console.error(`[${req.method} ${req.originalUrl}]`, err);
  }
  // A validator set for the answer it would have given does not describe this error.
  res.removeHeader('ETag');
  res.status(problem.status).set(headers).type('application/problem+json').send(JSON.stringify(problem));
};

/** 404 for any API path no route claims. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No API endpoint at ${req.method} ${req.path}`));
};
