// A Word .docx as a document: checked as a zip within a size limit first, then mammoth's HTML with headings as lines.
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { htmlToText } from './html-text';
import { DocumentReadError, type DocumentText } from './read-text';

/** How much a .docx may expand to, unpacked: a zip bomb would otherwise fill memory before mammoth finishes. */
export const MAX_DOCX_EXPANDED_BYTES = 200 * 2 ** 20;

/**
 * Reads the zip's central directory without inflating anything (fflate's filter sees each entry's stated
 * size and we decline them all), so a bomb is refused on what it declares, before any byte is expanded.
 */
function checkZip(bytes: Uint8Array, name: string, maxExpanded: number): void {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocumentReadError(`${name}: not a Word .docx file (not a zip archive)`);
  let total = 0;
  let hasDocument = false;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        if (entry.name === 'word/document.xml') hasDocument = true;
        return false;
      },
    });
  } catch (err) {
    throw new DocumentReadError(`${name}: not a Word .docx file (broken zip archive: ${(err as Error).message})`);
  }
  if (total > maxExpanded) {
    throw new DocumentReadError(
      `${name}: the .docx expands to ${(total / 2 ** 20).toFixed(0)} MB, over the ${(maxExpanded / 2 ** 20).toFixed(0)} MB limit (a zip bomb?)`,
    );
  }
  if (!hasDocument) throw new DocumentReadError(`${name}: not a Word .docx file (the zip has no word/document.xml)`);
}

/** Text of a .docx: paragraphs one per line; Word's heading styles become lines of their own, which the structure detector reads as headings. */
export async function readWordDocument(bytes: Uint8Array, name: string, maxExpanded = MAX_DOCX_EXPANDED_BYTES): Promise<DocumentText & { title?: string }> {
  checkZip(bytes, name, maxExpanded);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch (err) {
    throw new DocumentReadError(`${name}: the Word file cannot be read (${(err as Error).message.split('\n')[0]})`);
  }
  const text = htmlToText(html);
  if (!text.trim()) throw new DocumentReadError(`${name}: the Word file has no text`);
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();
  return { text, encoding: 'docx', ...(heading ? { title: heading } : {}) };
}
