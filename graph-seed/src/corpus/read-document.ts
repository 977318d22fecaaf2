// Reads any supported document (PDF, Word .docx, web page, text) as the text the graph and the reader share, by file type.
import path from 'node:path';
import { readPdf } from './pdf-document';
import { decodeDocumentBytes, DocumentReadError, maxDocumentBytes, readFileBytes, type DocumentText } from './read-text';
import { readWebPage } from './web-page';
import { readWordDocument } from './word-document';

/** The formats a document can come in; `text` covers UTF-8, UTF-16 with BOM and GB18030/GBK files. */
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'text';

/** A document's text with its format and, when the file names one (PDF Title, first Word heading, page title), a title. */
export interface ReadDocument extends DocumentText {
  format: DocumentFormat;
  title?: string;
}

/** Extensions read as each format; anything not listed and not refused below is tried as text. */
const FORMATS: Record<string, DocumentFormat> = { '.pdf': 'pdf', '.docx': 'docx', '.html': 'html', '.htm': 'html', '.xhtml': 'html' };

/** Types people will try that we cannot read: refused by name rather than decoded into noise. */
const UNSUPPORTED = new Set(
  '.doc .dot .rtf .odt .wps .xls .xlsx .ppt .pptx .odp .ods .epub .zip .rar .7z .gz .tar .png .jpg .jpeg .gif .bmp .tif .tiff .webp .mp3 .mp4 .exe'.split(' '),
);

/** The accepted file types, for messages and the upload form's `accept`. */
export const SUPPORTED_EXTENSIONS = ['.pdf', '.docx', '.html', '.htm', '.txt', '.md'] as const;

/** The format FILE's name says it is; throws DocumentReadError for a type that is not supported. */
export function formatOf(name: string): DocumentFormat {
  const ext = path.extname(name).toLowerCase();
  if (UNSUPPORTED.has(ext)) {
    throw new DocumentReadError(`${name}: unsupported type (${ext}); load PDF, Word .docx, web pages (.html) or text files`);
  }
  return FORMATS[ext] ?? 'text';
}

/**
 * Decodes a document's bytes by the type its name says: PDF text layer, .docx through mammoth, a web page's
 * article, or text. Every refusal is a DocumentReadError whose message names the file and what is wrong.
 */
export async function readDocumentBytes(bytes: Uint8Array, name: string, maxBytes = maxDocumentBytes()): Promise<ReadDocument> {
  const format = formatOf(name);
  if (bytes.length === 0) throw new DocumentReadError(`${name}: the file is empty`);
  if (bytes.length > maxBytes) {
    throw new DocumentReadError(
      `${name}: too large (${(bytes.length / 2 ** 20).toFixed(1)} MB; the limit is ${(maxBytes / 2 ** 20).toFixed(0)} MB per document — split it, or raise MAX_DOCUMENT_MB)`,
    );
  }
  switch (format) {
    case 'pdf':
      if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF-') < 0) throw new DocumentReadError(`${name}: broken PDF (no PDF header)`);
      return { ...(await readPdf(bytes, name)), format };
    case 'docx':
      return { ...(await readWordDocument(bytes, name)), format };
    case 'html':
      return { ...readWebPage(bytes, name), format };
    default:
      return { ...decodeDocumentBytes(bytes, name), format };
  }
}

/** Reads FILE as a document (any supported format); a missing, oversized, unreadable or unsupported file is a DocumentReadError. */
export async function readDocumentFile(file: string, maxBytes = maxDocumentBytes()): Promise<ReadDocument> {
  formatOf(file);
  const bytes = readFileBytes(file, maxBytes);
  return readDocumentBytes(bytes, file, maxBytes);
}
