// The HTTP server around the app: errors Node answers before Express sees the request are problem+json too, and logged.
import http, { type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { ProblemCode } from '@policygraph/contract/problems';
import { localised, prefersChinese, problemOf } from './errors';
import type { AnswerReplay } from './routes/answer-replay';

/** What Node's parser reports (llhttp `HPE_*` codes), as the kind we answer with and what to tell the client. */
function classify(code: string | undefined): { kind: ProblemCode; detail: string } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return { kind: 'request-too-large', detail: 'The request line and headers are longer than the server reads (16 KB); shorten the URL.' };
  }
  if (code === 'HPE_INVALID_METHOD')
    return { kind: 'bad-request', detail: 'The request method is not one HTTP defines; the API answers GET, HEAD and OPTIONS.' };
  return {
    kind: 'bad-request',
    detail: 'The request could not be parsed (a malformed request line or header, or raw non-ASCII bytes in the URL: percent-encode them).',
  };
}

/**
 * Answers Node's `clientError` (a request the HTTP parser refused: URL over 16 KB, raw bytes in the
 * request line, an unknown method) with a problem+json and a log line, instead of Node's bare 400 with
 * no body. The connection is closed after it: the parser has lost its place in the stream.
 */
export function answerClientErrors(server: Server, logger?: Logger): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const code = err.code;
    logger?.warn({ err: { code, message: err.message } }, 'request refused by the HTTP parser');
    // A reset or a half-closed socket has nobody to answer; a timed-out one gets Node's own 408 rules.
    if (code === 'ECONNRESET' || !socket.writable || (socket as { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    const { kind, detail } = classify(code);
    // The parser gave up on the request, but the bytes it read are there: Accept-Language may be among them.
    const raw = (err as { rawPacket?: Buffer }).rawPacket?.toString('latin1') ?? '';
    const zh = prefersChinese(/\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(raw)?.[1]);
    const problem = localised(problemOf(kind, detail), kind, zh);
    const body = JSON.stringify(problem);
    socket.end(
      `HTTP/1.1 ${problem.status} ${http.STATUS_CODES[problem.status] ?? 'Bad Request'}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        (zh ? 'Content-Language: zh-CN\r\n' : '') +
        'Vary: Accept-Language\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        'Cache-Control: no-store\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}

/** Listens with the app on host:port; resolves once listening (port 0 picks a free one). */
export function listen(app: Express, port: number, host: string, logger?: Logger): Promise<Server> {
  const replay = app.locals.answerReplay as AnswerReplay | undefined;
  // A repeated graph answer is replayed before Express (routes/answer-replay.ts); anything else goes to the app.
  const server = http.createServer(replay ? (req, res) => replay.serve(req, res) || app(req, res) : app);
  answerClientErrors(server, logger);
  return new Promise<Server>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
