// Builds real PDF, .docx and HTML files in tests: a Chinese PDF with pdf-lib and the system CJK font, a .docx zipped by fflate.
import fs from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ensureCjkFont } from './chromium';

/**
 * The first font of a TrueType collection as a standalone .ttf: pdf-lib embeds single fonts only, and Debian's
 * fonts-wqy-microhei ships a .ttc. Tables are copied and the directory's offsets rewritten to the new file.
 */
export function firstFontOfCollection(ttc: Buffer): Buffer {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') return ttc;
  const base = ttc.readUInt32BE(12);
  const numTables = ttc.readUInt16BE(base + 4);
  const headerLength = 12 + numTables * 16;
  const tables: { tag: string; checksum: number; offset: number; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const r = base + 12 + i * 16;
    tables.push({
      tag: ttc.toString('latin1', r, r + 4),
      checksum: ttc.readUInt32BE(r + 4),
      offset: ttc.readUInt32BE(r + 8),
      length: ttc.readUInt32BE(r + 12),
    });
  }
  const size = headerLength + tables.reduce((n, t) => n + Math.ceil(t.length / 4) * 4, 0);
  const out = Buffer.alloc(size);
  ttc.copy(out, 0, base, base + 12);
  let at = headerLength;
  tables.forEach((t, i) => {
    const r = 12 + i * 16;
    out.write(t.tag, r, 'latin1');
    out.writeUInt32BE(t.checksum, r + 4);
    out.writeUInt32BE(at, r + 8);
    out.writeUInt32BE(t.length, r + 12);
    ttc.copy(out, at, t.offset, t.offset + t.length);
    at += Math.ceil(t.length / 4) * 4;
  });
  return out;
}

let fontBytes: Buffer | undefined;
const cjkFont = () => (fontBytes ??= firstFontOfCollection(fs.readFileSync(ensureCjkFont())));

/** A text block to draw: lines at (x, y) from the page's bottom-left, in points. */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/** A PDF whose pages hold the given lines, drawn with the CJK font (a real text layer, as a word processor writes). */
export async function makePdf(pages: PdfLine[][], options: { title?: string } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(cjkFont(), { subset: true });
  if (options.title) pdf.setTitle(options.title);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    for (const l of lines) page.drawText(l.text, { x: l.x, y: l.y, size: l.size ?? 12, font });
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** A PDF with pages but no text (what a scanner writes, minus the image). */
export async function makeImageOnlyPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 400, height: 600, borderWidth: 2 });
  await pdf.embedFont(StandardFonts.Helvetica);
  return Buffer.from(await pdf.save());
}

/**
 * A password-protected PDF: the standard security handler's dictionary in the trailer with O/U values no
 * empty password opens, which is what a reader meets in an encrypted file.
 */
export async function makeEncryptedPdf(): Promise<Buffer> {
  const plain = (await makePdf([[{ text: '机密文件', x: 72, y: 760 }]])).toString('latin1');
  const hex = (c: string) => `<${c.repeat(64)}>`;
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /O ${hex('a')} /U ${hex('b')} /P -4 >> /ID [${hex('1').slice(0, 34)}> ${hex('1').slice(0, 34)}>]`;
  return Buffer.from(
    plain.replace(/trailer\s*<</, (m) => `${m}\n${encrypt}\n`),
    'latin1',
  );
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A paragraph of a .docx: plain, or with Word's built-in heading style. */
export interface DocxParagraph {
  text: string;
  heading?: 1 | 2 | 3;
}

/** A minimal valid .docx (what Word writes, less styles and settings) zipped with fflate. */
export function makeDocx(paragraphs: DocxParagraph[]): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs
    .map(
      (p) => `<w:p>${p.heading ? `<w:pPr><w:pStyle w:val="Heading${p.heading}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(p.text)}</w:t></w:r></w:p>`,
    )
    .join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W_NS}><w:body>${body}</w:body></w:document>`),
  };
  return Buffer.from(zipSync(files));
}

/**
 * A zip bomb's shape without spending the test's time on it: 1 MB of deflated zeros whose headers declare
 * `expandedMb` uncompressed (a real bomb declares the truth; either way the stated size is what is checked).
 */
export function makeDocxBomb(expandedMb: number): Buffer {
  const zip = Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(2 ** 20), '[Content_Types].xml': strToU8('<Types/>') }, { level: 9 }));
  const size = expandedMb * 2 ** 20;
  for (let at = 0; at < zip.length - 4; at++) {
    const sig = zip.readUInt32LE(at);
    if (sig === 0x04034b50 && zip.readUInt32LE(at + 22) === 2 ** 20) zip.writeUInt32LE(size, at + 22);
    if (sig === 0x02014b50 && zip.readUInt32LE(at + 24) === 2 ** 20) zip.writeUInt32LE(size, at + 24);
  }
  return zip;
}

/** A one-column A4 PDF of paragraphs, wrapped at 34 characters a line as a word processor would, with page numbers. */
export async function pdfOfParagraphs(paragraphs: string[], options: { title?: string } = {}): Promise<Buffer> {
  const pages: PdfLine[][] = [[]];
  let y = 780;
  for (const p of paragraphs) {
    for (let i = 0; i < p.length; i += 34) {
      if (y < 90) {
        pages.push([]);
        y = 780;
      }
      pages.at(-1)!.push({ text: p.slice(i, i + 34), x: 72, y });
      y -= 18;
    }
    y -= 6;
  }
  pages.forEach((lines, i) => lines.push({ text: String(i + 1), x: 290, y: 40, size: 10 }));
  return makePdf(pages, options);
}
