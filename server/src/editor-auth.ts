// Editor tokens: who may write. Generated on first start like the Neo4j password, or EDITOR_TOKEN; checked as a bearer header.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { ConfigError } from './config';
import { PolicyGraphError } from '@policygraph/contract/problems';

/** One token and the name its writes are recorded under. */
export interface EditorToken {
  readonly name: string;
  readonly secret: string;
}

/**
 * The editor tokens: EDITOR_TOKEN (`secret`, or `name:secret` entries separated by commas) when set, else the
 * token in FILE, generated (32 random bytes, base64url, mode 600) when the file does not exist yet.
 */
export function editorTokens(env: string | undefined, file: string): EditorToken[] {
  if (env) {
    return env.split(',').map((entry, i) => {
      const at = entry.indexOf(':');
      const [name, secret] = at > 0 ? [entry.slice(0, at).trim(), entry.slice(at + 1).trim()] : ['editor', entry.trim()];
      if (secret.length < 16) throw new ConfigError(`EDITOR_TOKEN entry ${i + 1}: the secret must be at least 16 characters`);
      return { name, secret };
    });
  }
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // wx: never overwrite a token another process wrote meanwhile.
    try {
      fs.writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return [{ name: 'editor', secret: fs.readFileSync(file, 'utf8').trim() }];
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Requires `Authorization: Bearer <token>`; the editor's name goes to `res.locals.editor`. A header, not a
 * cookie, so a page on another site cannot make the browser write for the user (no CSRF). Compared through
 * SHA-256 digests with timingSafeEqual, so neither the length nor the content leaks through timing.
 */
export function requireEditor(tokens: readonly EditorToken[]): RequestHandler {
  const known = tokens.map((t) => ({ name: t.name, digest: digest(t.secret) }));
  return (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const given = m ? digest(m[1]!) : null;
    const who = given ? known.find((k) => timingSafeEqual(k.digest, given)) : undefined;
    if (!who) {
      const detail = m ? 'The editor token is not valid.' : 'Writing needs the editor token as an `Authorization: Bearer …` header.';
      const refuse = () => next(new PolicyGraphError('unauthorized', detail, { headers: { 'WWW-Authenticate': 'Bearer realm="policygraph-editor"' } }));
      // The body is read and dropped before answering: a client still sending a file would otherwise see its
      // connection reset instead of the 401. Nothing of it is kept.
      if (req.complete) refuse();
      else {
        req.once('end', refuse);
        req.once('error', refuse);
        req.resume();
      }
      return;
    }
    res.locals.editor = who.name;
    next();
  };
}
