// The one error typology: every kind of failure the API answers with on purpose, its stable code, HTTP status and problem type URI; zod-free.

/**
 * Every problem kind, by its stable code. The code is what a client branches on (it is the last segment
 * of the problem+json `type`), so a code is never renamed once shipped; add a kind rather than reuse one.
 */
export const PROBLEM_KINDS = {
  'invalid-parameter': { status: 400, title: 'Invalid parameter' },
  'bad-request': { status: 400, title: 'Bad request' },
  'not-found': { status: 404, title: 'Not found' },
  'unknown-endpoint': { status: 404, title: 'Unknown endpoint' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  unauthorized: { status: 401, title: 'Editor token required' },
  'upload-not-found': { status: 404, title: 'Upload not found' },
  'payload-too-large': { status: 413, title: 'File too large' },
  'unreadable-document': { status: 422, title: 'Document cannot be read' },
  'precondition-required': { status: 428, title: 'If-Match required' },
  'version-conflict': { status: 409, title: 'Graph changed meanwhile' },
  'load-failed': { status: 422, title: 'Load refused' },
  'request-too-large': { status: 431, title: 'Request header fields too large' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
  'store-unavailable': { status: 503, title: 'Graph database unavailable' },
  'store-timeout': { status: 503, title: 'Query timed out' },
  'script-unavailable': { status: 503, title: 'Script unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEM_KINDS;
export const PROBLEM_CODES = Object.keys(PROBLEM_KINDS) as ProblemCode[];

/**
 * Where problem type URIs live. Absolute, as RFC 9457 recommends: a relative type would change meaning
 * when the API is served under another prefix. It is an identifier; each kind is described at
 * `/api/docs#problem-<code>` of the server that sent it.
 */
export const PROBLEM_TYPE_BASE = 'https://policygraph.dev/problems/';

/** The problem+json `type` of a kind. */
export const problemType = (code: ProblemCode): string => `${PROBLEM_TYPE_BASE}${code}`;

/** The code a problem `type` carries, or undefined for a type that is not one of ours (a proxy's, `about:blank`). */
export function problemCode(type: string | undefined): ProblemCode | undefined {
  if (!type?.startsWith(PROBLEM_TYPE_BASE)) return undefined;
  const code = type.slice(PROBLEM_TYPE_BASE.length);
  return code in PROBLEM_KINDS ? (code as ProblemCode) : undefined;
}

/** One parameter at fault and why, as `errors` lists them. */
export interface ParameterIssue {
  readonly parameter: string;
  readonly message: string;
}

/** Base of every error PolicyGraph raises on purpose: a stable code, its HTTP status, and headers the answer needs. */
export class PolicyGraphError extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly options: { readonly errors?: readonly ParameterIssue[]; readonly headers?: Readonly<Record<string, string>>; readonly cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.status = PROBLEM_KINDS[code].status;
  }
}

export class NotFoundError extends PolicyGraphError {
  constructor(what: string) {
    super('not-found', what);
  }
}

/** One or more parameters at fault; the message names each. */
export class InvalidParameterError extends PolicyGraphError {
  constructor(parameter: string, message: string);
  constructor(issues: readonly ParameterIssue[]);
  constructor(a: string | readonly ParameterIssue[], message?: string) {
    const errors = typeof a === 'string' ? [{ parameter: a, message: message ?? 'is invalid' }] : a;
    super('invalid-parameter', errors.map((e) => `${e.parameter}: ${e.message}`).join('; '), { errors });
  }
}

/** The store (Neo4j) cannot be reached: the caller should retry later. The loader stops on it rather than blame a document. */
export class StoreUnavailableError extends PolicyGraphError {
  constructor(message = 'The graph database is unavailable right now; retry shortly.', cause?: unknown, retryAfterSeconds = 5) {
    super('store-unavailable', message, { headers: { 'Retry-After': String(retryAfterSeconds) }, cause });
  }
}

/** A query ran past its timeout and was stopped by the store. */
export class StoreTimeoutError extends PolicyGraphError {
  constructor(message = 'The query took too long and was stopped; narrow it (lower depth or limit) or retry.', cause?: unknown) {
    super('store-timeout', message, { headers: { 'Retry-After': '2' }, cause });
  }
}

/** True when the store is unreachable (by code, so it holds across module copies): stop, do not blame the input. */
export const isStoreUnavailable = (err: unknown): boolean => (err as { code?: unknown } | undefined)?.code === 'store-unavailable';
