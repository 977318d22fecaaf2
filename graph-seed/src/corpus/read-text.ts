// Reads a document file as text: detects UTF-8 vs GB18030/GBK, refuses binary or empty files with a one-line reason.
import fs from 'node:fs';
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DocumentText {
  text: string;
  /** 'utf-8' or 'gb18030' (GBK and GB2312 are subsets of GB18030 and decode the same). */
  encoding: string;
}

/**
 * Largest document accepted, in bytes (MAX_DOCUMENT_MB, default 10). A government report is well under 1 MB;
 * a file of tens of MB is almost always a mistake (a dump, a log) and would hold one transaction for minutes.
 */
export function maxDocumentBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.MAX_DOCUMENT_MB ?? 10);
  return (Number.isFinite(mb) && mb > 0 ? mb : 10) * 2 ** 20;
}

/** Error whose message is the one-line reason a file cannot be read as a document. */
export class DocumentReadError extends Error {
  override name = 'DocumentReadError';
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** True when the bytes decode as strict UTF-8 (no invalid sequences). */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of control characters (other than tab, newline, CR, form feed) in the first few KB: binaries are full of them. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.02;
}

/** Decodes bytes of a document: UTF-8 when valid, otherwise GB18030 when chardet or the byte pattern says Chinese. */
export function decodeDocumentBytes(bytes: Uint8Array, name = 'input'): DocumentText {
  if (bytes.length === 0) throw new DocumentReadError(`${name}: the file is empty`);
  // UTF-16 is full of zero bytes, so its byte-order mark must be honoured before the binary check.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf16-le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf16-be' : null;
  if (utf16) {
    const text = iconv.decode(Buffer.from(bytes.subarray(2)), utf16);
    if (text.trim() === '') throw new DocumentReadError(`${name}: the file is empty (only white space)`);
    return { text, encoding: utf16 === 'utf16-le' ? 'utf-16le' : 'utf-16be' };
  }
  if (looksBinary(bytes)) throw new DocumentReadError(`${name}: not a text file (binary content)`);
  let body = bytes;
  if (bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b)) body = bytes.subarray(3);
  let result: DocumentText;
  if (isValidUtf8(body)) {
    result = { text: Buffer.from(body).toString('utf8'), encoding: 'utf-8' };
  } else {
    const guess = (chardet.detect(body) ?? '').toLowerCase();
    // GB18030 is a superset of GBK/GB2312; a file that is not UTF-8 in a Chinese corpus is almost always one of them.
    if (guess.startsWith('utf-16')) {
      result = { text: iconv.decode(Buffer.from(body), guess.includes('be') ? 'utf16-be' : 'utf16-le'), encoding: guess };
    } else if (
      guess === '' ||
      guess.startsWith('gb') ||
      guess.startsWith('big5') ||
      guess.startsWith('iso-8859') ||
      guess.startsWith('windows') ||
      guess.startsWith('euc') ||
      guess.startsWith('shift')
    ) {
      const encoding = guess.startsWith('big5') ? 'big5' : 'gb18030';
      result = { text: iconv.decode(Buffer.from(body), encoding), encoding };
    } else {
      result = { text: iconv.decode(Buffer.from(body), 'gb18030'), encoding: 'gb18030' };
    }
  }
  if (result.text.replace(/^\uFEFF/, '').trim() === '') throw new DocumentReadError(`${name}: the file is empty (only white space)`);
  return result;
}

/**
 * The bytes of FILE, refused by name with a one-line reason when it is missing, unreadable, a folder or over the
 * size limit. One home for these checks, shared by plain text and the PDF/Word/web readers.
 */
export function readFileBytes(file: string, maxBytes = maxDocumentBytes()): Buffer {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new DocumentReadError(`${file}: is a directory, not a document`);
    if (stat.size > maxBytes) {
      throw new DocumentReadError(
        `${file}: too large (${(stat.size / 2 ** 20).toFixed(1)} MB; the limit is ${(maxBytes / 2 ** 20).toFixed(0)} MB per document — split it, or raise MAX_DOCUMENT_MB)`,
      );
    }
    return fs.readFileSync(file);
  } catch (err) {
    if (err instanceof DocumentReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new DocumentReadError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? (err as Error).message})`);
  }
}

/** Reads FILE as a document's text. Throws DocumentReadError with a one-line reason for a missing, empty or binary file. */
export function readDocumentText(file: string, maxBytes = maxDocumentBytes()): DocumentText {
  return decodeDocumentBytes(readFileBytes(file, maxBytes), file);
}
