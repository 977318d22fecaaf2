// Reading PDF, Word and web-page files made in the test: the text a reader sees, in order, with page furniture gone; bad files refused by name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocumentBytes, readDocumentFile } from '../../graph-seed/src/corpus/read-document';
import { makeDocx, makeDocxBomb, makeEncryptedPdf, makeImageOnlyPdf, makePdf, type PdfLine } from '../support/make-documents';

// Made-up text in the style of a county work report (not copied from any document).
const P1 = '过去一年，全县上下坚持稳中求进工作总基调，深入实施乡村振兴战略，';
const P1b = '推动高质量发展取得新成效。';
const P2 = '一、主要工作';
const P3 = '建成兰考县现代农业产业园项目，带动农户增收。';

function tmp(name: string, bytes: Uint8Array | string): string {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pg-doc-')), name);
  fs.writeFileSync(f, bytes);
  return f;
}

const header = (page: number): PdfLine[] => [
  { text: '兰考县人民政府文件', x: 230, y: 800, size: 10 },
  { text: `- ${page} -`, x: 285, y: 30, size: 10 },
];

describe('PDF documents', () => {
  // The first PDF made and read pays for loading pdf.js and the CJK font once (seconds on a busy machine, over the
  // unit tests' 5 s limit there): that is set-up, not the behaviour under test, so it happens here, with its own limit.
  beforeAll(async () => {
    await readDocumentFile(tmp('warm.pdf', await makePdf([[{ text: P2, x: 72, y: 700, size: 12 }]])));
  }, 120_000);

  it('reads pages in order, drops the running header and page numbers, and joins wrapped Chinese lines without spaces', async () => {
    const width = 34; // characters that fill a 12-pt line of 408 pt
    const long = `${P1}${P1b}`;
    const page1: PdfLine[] = [
      ...header(1),
      { text: '政府工作报告', x: 250, y: 740, size: 16 },
      { text: long.slice(0, width), x: 72, y: 700 },
      { text: long.slice(width), x: 72, y: 684 },
      { text: P2, x: 72, y: 660 },
    ];
    const page2: PdfLine[] = [...header(2), { text: P3, x: 96, y: 740 }];
    const pdf = await makePdf([page1, page2], { title: '兰考县政府工作报告' });
    const doc = await readDocumentFile(tmp('report.pdf', pdf));
    expect(doc.format).toBe('pdf');
    expect(doc.title).toBe('兰考县政府工作报告');
    expect(doc.text.split('\n')).toEqual(['政府工作报告', long, P2, P3]);
  });

  it('reads a two-column page column by column, under its full-width title', async () => {
    const left = ['左栏第一行内容说明乡村振兴', '左栏第二行继续说明情况。', '左栏第三段开始。'];
    const right = ['右栏第一行讲述项目建设', '右栏第二行继续讲述。', '右栏第三段结束。'];
    const lines: PdfLine[] = [{ text: '两栏排版的通知全文标题在此处横跨两栏', x: 72, y: 760, size: 14 }];
    left.forEach((t, i) => lines.push({ text: t, x: 60, y: 700 - i * 40 }));
    right.forEach((t, i) => lines.push({ text: t, x: 320, y: 700 - i * 40 }));
    const { text } = await readDocumentBytes(await makePdf([lines]), 'columns.pdf');
    const order = [...left, ...right].map((t) => text.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text.startsWith('两栏排版的通知全文标题在此处横跨两栏')).toBe(true);
  });

  it('refuses a PDF without a text layer, an encrypted PDF and a broken one, each by name', async () => {
    await expect(readDocumentBytes(await makeImageOnlyPdf(), 'scan.pdf')).rejects.toThrow(/scan\.pdf: the PDF has no text layer/);
    await expect(readDocumentBytes(await makeEncryptedPdf(), 'secret.pdf')).rejects.toThrow(/secret\.pdf: the PDF is encrypted/);
    const pdf = await makePdf([[{ text: '正文', x: 72, y: 700 }]]);
    await expect(readDocumentBytes(pdf.subarray(0, 400), 'cut.pdf')).rejects.toThrow(/cut\.pdf: broken PDF/);
    await expect(readDocumentBytes(Buffer.from('not a pdf at all'), 'fake.pdf')).rejects.toThrow(/fake\.pdf: broken PDF/);
  });
});

describe('Word documents', () => {
  it('keeps Word headings as lines of their own and paragraphs one per line', async () => {
    const docx = makeDocx([{ text: '关于推进乡村振兴的实施意见', heading: 1 }, { text: P2, heading: 2 }, { text: `${P1}${P1b}` }, { text: P3 }]);
    const doc = await readDocumentFile(tmp('plan.docx', docx));
    expect(doc).toMatchObject({ format: 'docx', title: '关于推进乡村振兴的实施意见' });
    expect(doc.text.split('\n')).toEqual(['关于推进乡村振兴的实施意见', P2, `${P1}${P1b}`, P3]);
  });

  it('refuses a .docx that is not a zip, one without a document, and one that expands past the limit', async () => {
    await expect(readDocumentBytes(Buffer.from('plain text pretending'), 'a.docx')).rejects.toThrow(/a\.docx: not a Word \.docx file \(not a zip/);
    await expect(readDocumentBytes(makeDocxBomb(1).subarray(0, 60), 'b.docx')).rejects.toThrow(/b\.docx: not a Word \.docx file/);
    await expect(readDocumentBytes(makeDocxBomb(300), 'bomb.docx')).rejects.toThrow(/bomb\.docx: the \.docx expands to 300 MB, over the 200 MB limit/);
  });
});

describe('web pages', () => {
  const page = (charset: string) => `<!doctype html><html><head><meta charset="${charset}"><title>县政府网站</title></head><body>
    <nav><a href="/">首页</a> <a href="/news">新闻中心</a> <a href="/gov">政务公开</a></nav>
    <div class="share">分享到：微信 微博 QQ空间</div>
    <article><h1>兰考县召开乡村振兴推进会</h1>
      <p>${P1}
      ${P1b}</p><p>${P3}</p><p>会议要求，各乡镇要对标对表，确保各项任务落地见效，以实际行动推动乡村全面振兴。</p></article>
    <footer>版权所有：兰考县人民政府 备案号：豫ICP备00000000号 网站标识码0000000000</footer></body></html>`;

  it('keeps the article only, without navigation, share buttons or footer, and joins wrapped Chinese without a space', async () => {
    const doc = await readDocumentFile(tmp('news.html', page('utf-8')));
    expect(doc.format).toBe('html');
    expect(doc.text).toContain(`${P1}${P1b}`);
    expect(doc.text).toContain(P3);
    for (const junk of ['首页', '分享到', '版权所有', '备案号']) expect(doc.text).not.toContain(junk);
  });

  it("titles a page by its headline, not the site name Chinese sites append after '_' or '｜'", async () => {
    const titled = (title: string, h1: string) =>
      page('utf-8')
        .replace('<title>县政府网站</title>', `<title>${title}</title>`)
        .replace(/<h1>[^<]*<\/h1>/, `<h1>${h1}</h1>`);
    const read = async (title: string, h1: string) => (await readDocumentFile(tmp('t.html', titled(title, h1)))).title;
    expect(await read('兰考县召开乡村振兴推进会_兰考县人民政府网', '兰考县召开乡村振兴推进会')).toBe('兰考县召开乡村振兴推进会');
    expect(await read('兰考县人民政府网｜兰考县召开乡村振兴推进会', '兰考县召开乡村振兴推进会')).toBe('兰考县召开乡村振兴推进会');
    // No heading repeats the title: the longest part is the headline.
    expect(await read('我县召开乡村振兴推进会议_政务要闻_某县政府', '会议纪要')).toBe('我县召开乡村振兴推进会议');
    expect(await read('关于印发《数字乡村建设方案》的通知', '通知')).toBe('关于印发《数字乡村建设方案》的通知');
  });

  it('decodes a GB2312 page by its <meta charset>', async () => {
    const doc = await readDocumentFile(tmp('gb.htm', iconv.encode(page('gb2312'), 'gbk')));
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toContain(P3);
  });
});

describe('text files and refusals', () => {
  it('reads UTF-16 with a byte-order mark and GB18030 as before', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(P3, 'utf16-le')]);
    expect(await readDocumentFile(tmp('u16.txt', le))).toMatchObject({ text: P3, encoding: 'utf-16le', format: 'text' });
    expect(await readDocumentFile(tmp('gb.txt', iconv.encode(P3, 'gb18030')))).toMatchObject({ text: P3, encoding: 'gb18030' });
  });

  it('refuses an unsupported type, an empty file, a binary one and one over MAX_DOCUMENT_MB, each by name', async () => {
    await expect(readDocumentBytes(Buffer.from('x'), 'old.doc')).rejects.toThrow(/old\.doc: unsupported type \(\.doc\)/);
    await expect(readDocumentBytes(Buffer.alloc(0), 'e.pdf')).rejects.toThrow(/e\.pdf: the file is empty/);
    await expect(readDocumentBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'x.txt')).rejects.toThrow(/x\.txt: not a text file/);
    await expect(readDocumentBytes(Buffer.alloc(2048, 0x41), 'big.txt', 1024)).rejects.toThrow(/big\.txt: too large/);
  });
});
